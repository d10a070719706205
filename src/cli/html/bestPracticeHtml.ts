/**
 * The HTML report's "What works best" section: tactic types and partner x type ranked by ROI and
 * by cost per opportunity, each with its tactics, spend and revenue, a mark where too few tactics
 * stand behind a figure, and the money tied to no tactic as its own line. Built for the report's
 * partner filter, so a one-partner report keeps the section.
 */
import { bestTrusted } from "../../engine/bestPractice";
import type { BestPractice, PracticeRow } from "../../engine/bestPractice";
import type { Currency } from "../../model/money";
import { formatMoney } from "../../model/money";
import { displayValue, UNDEFINED_TEXT } from "../report/display";
import { escapeHtml } from "./escape";
import { textTableHtml } from "./textTable";
import type { TextColumn } from "./textTable";

/** The mark next to a tactics count too small to trust. */
export const TOO_FEW_MARK = "*";

const COLUMNS: readonly TextColumn[] = [
  { header: "Tactics", numeric: true },
  { header: "Spend", numeric: true },
  { header: "Revenue", numeric: true },
  { header: "ROI", numeric: true },
  { header: "ROI rank", numeric: true },
  { header: "Cost per opportunity", numeric: true },
  { header: "Cost rank", numeric: true },
];

function figureCells(r: Pick<PracticeRow, "tactics" | "spend" | "revenue" | "roi" | "roiRank" | "costPerOpportunity" | "costRank" | "tooFew">, currency: Currency): string[] {
  const money = (c: number | null): string => (c === null ? UNDEFINED_TEXT : formatMoney(c, currency));
  const rank = (n: number | null): string => (n === null ? UNDEFINED_TEXT : String(n));
  return [`${r.tactics}${r.tooFew ? ` ${TOO_FEW_MARK}` : ""}`, money(r.spend), money(r.revenue), displayValue(r.roi, "percent", currency), rank(r.roiRank), money(r.costPerOpportunity), rank(r.costRank)];
}

/** The section's HTML (a heading, the summary, the two ranked tables and the notes). */
export function bestPracticeHtml(practice: BestPractice, currency: Currency): string {
  const u = practice.unattributed;
  // The money tied to no tactic type closes the ranking, so the table adds up to the totals.
  const unattributed = ["Not tied to any tactic type", "", formatMoney(u.spend, currency), formatMoney(u.revenue, currency), "", "", "", ""];
  const types = textTableHtml(
    "Tactic types ranked by ROI",
    [{ header: "Tactic type" }, ...COLUMNS],
    practice.types.map((r) => [r.type, ...figureCells(r, currency)]),
    [unattributed],
  );
  const pairs = textTableHtml(
    "Partner and tactic type ranked by ROI",
    [{ header: "Partner" }, { header: "Tactic type" }, ...COLUMNS],
    practice.partnerTypes.map((r) => [r.partnerName || (r.partnerId ?? ""), r.type, ...figureCells(r, currency)]),
  );
  const best = bestTrusted(practice.types);
  const summary = best
    ? `${best.type} returns the most per MDF dollar: ROI ${displayValue(best.roi, "percent", currency)} over ${best.tactics} tactic${best.tactics === 1 ? "" : "s"}${best.tooFew ? " (too few to trust)" : ""}.`
    : "No tactic type has claims counted yet.";
  const notes = [
    `${TOO_FEW_MARK} fewer than ${practice.minTactics} tactics stand behind the figure: too few to trust.`,
    `Not tied to any tactic type: revenue ${formatMoney(u.revenue, currency)}, spend ${formatMoney(u.spend, currency)} and ${u.opportunities} opportunities recorded without a tactic of a known type. They count in the totals but in no type.`,
  ];
  return [
    `<h2 id="best-practice">What works best</h2>`,
    `<p>${escapeHtml(summary)}</p>`,
    types,
    ...notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`),
    pairs,
  ].join("\n");
}
