/**
 * The terminal report: a heading, then a table per partner, per initiative and per tactic type,
 * each closed by the totals of the selection, and a findings count. About one period
 * (`--period`), the partners, initiatives and finance are the period's, named under the heading.
 */
import type { Analysis, Figures } from "../../engine";
import type { PeriodFigures } from "../../engine";
import { selectFigures } from "../../engine/reportJson";
import { outsidePeriods } from "../../engine/figures";
import type { ReportFilter, ReportSelection } from "../../engine/reportJson";
import { isoFromDay } from "../../model/dates";
import { countFindings } from "../../model/findings";
import type { Currency } from "../../model/money";
import { dashboardLayout, ownCurrencyValue } from "../../workbook/layout";
import { displayValue, FINANCE_SUMMARY, INITIATIVE_SUMMARY, PARTNER_SUMMARY, PERIOD_FINANCE_SUMMARY, PERIOD_SUMMARY, TYPE_SUMMARY, UNDEFINED_TEXT } from "./display";
import { bestPractice } from "../../engine/bestPractice";
import { selectTargets } from "../../engine/planVsActual";
import { currency as currencyOf, formatMoney } from "../../model/money";
import type { CurrencyView } from "../../engine/read";
import { formatMetricAmount } from "../../model/metricAmount";
import type { OutcomeMetric } from "../../model/schema";
import type { Metric } from "./display";
import { renderTextTable } from "./textTable";
import { focusLine, partnersInOwnCurrencies } from "./periodFocus";
import { noRateNote } from "./noRateNote";
import type { PeriodFocus } from "./periodFocus";
import { findingsPhrase } from "../words";

/** One labelled row of figures. */
interface LabelledFigures {
  readonly labels: readonly string[];
  readonly figures: Figures;
  /** The currency of the row's money, where it is not the table's. */
  readonly currency?: Currency;
  /** That currency has no rate: the row's money cannot be known and reads "no rate". */
  readonly noRate?: boolean;
}

/** A titled figures table as text lines. */
export function figuresTable(title: string, labelHeaders: readonly string[], rows: readonly LabelledFigures[], columns: readonly Metric[], currency: Currency, total?: LabelledFigures): string[] {
  const cells = (r: LabelledFigures): string[] => [...r.labels, ...columns.map((m) => displayValue(ownCurrencyValue(m, r.figures, r.noRate === true), m.format, r.currency ?? currency))];
  return [
    title,
    ...renderTextTable({
      headers: [...labelHeaders, ...columns.map((m) => m.header)],
      right: [...labelHeaders.map(() => false), ...columns.map(() => true)],
      rows: rows.map(cells),
      footer: total ? cells(total) : undefined,
    }),
  ];
}

/** A selection's partners, each with the currency of its figures when they are in its own (`--currency partner`). */
type PartnerRows = readonly (ReportSelection["partners"][number] & { readonly currency?: string; readonly noRate?: boolean })[];

/** The rows of a per-partner table: with a Currency column when the partners are in their own currencies. */
function partnerRows(partners: PartnerRows, currency: Currency): LabelledFigures[] {
  const own = partners.some((p) => p.currency !== undefined);
  return partners.map((p) => ({ labels: own ? [p.id, p.name, p.currency ?? currency.code] : [p.id, p.name], figures: p.figures, currency: p.currency === undefined ? undefined : currencyOf(p.currency), noRate: p.noRate }));
}

/** The label headers of a per-partner table, and its totals row (always in the plan currency). */
function partnerFrame(partners: PartnerRows, currency: Currency, totals: Figures, totalLabel: string): { headers: string[]; total: LabelledFigures } {
  const own = partners.some((p) => p.currency !== undefined);
  return own
    ? { headers: ["ID", "Partner", "Currency"], total: { labels: [totalLabel, "", currency.code], figures: totals } }
    : { headers: ["ID", "Partner"], total: { labels: [totalLabel, ""], figures: totals } };
}

/** The per-partner table with its totals row: the report's core, shared with the demo. */
export function partnerSummary(partners: PartnerRows, totals: Figures, currency: Currency, totalLabel = "Total", title = "Partners"): string[] {
  const { headers, total } = partnerFrame(partners, currency, totals, totalLabel);
  return figuresTable(title, headers, partnerRows(partners, currency), PARTNER_SUMMARY, currency, total);
}

/** What works best: types ranked by ROI, with their tactics, the too-few mark and the unattributed line. */
function bestPracticeLines(analysis: Analysis, filter: ReportFilter, currency: Currency, scope: string): string[] {
  const bp = bestPractice(analysis, filter.partnerKey, filter.initiativeKey);
  const money = (c: number | null) => (c === null ? UNDEFINED_TEXT : formatMoney(c, currency));
  const ratioText = (r: number | null) => displayValue(r, "percent", currency);
  const rows = bp.types.map((t) => [t.type, `${t.tactics}${t.tooFew ? " *" : ""}`, money(t.spend), money(t.revenue), ratioText(t.roi), money(t.costPerOpportunity)]);
  const u = bp.unattributed;
  return [
    `What works best (${scope}tactic types by ROI)`,
    ...renderTextTable({
      headers: ["Type", "Tactics", "Spend", "Revenue", "ROI", "Cost per opportunity"],
      right: [false, true, true, true, true, true],
      rows,
      footer: ["No tactic", "", money(u.spend), money(u.revenue), "", ""],
    }),
    `* fewer than ${bp.minTactics} tactics: too few to trust the figure.`,
  ];
}

/** Each initiative's Target against the actual of its Metric (only the selected initiative's under a filter). */
function targetLines(analysis: Analysis, initiativeKey: string | undefined, currency: Currency, title: string): string[] {
  const amount = (metric: OutcomeMetric, v: number | null) => formatMetricAmount(metric, v, currency) ?? UNDEFINED_TEXT;
  return [
    title,
    ...renderTextTable({
      headers: ["ID", "Initiative", "Metric", "Target", "Actual", "Attainment"],
      right: [false, false, false, true, true, true],
      rows: selectTargets(analysis, initiativeKey).map((t) => [t.id, t.name, t.metric, amount(t.metric, t.target), amount(t.metric, t.actual), displayValue(t.attainment, "percent", currency)]),
    }),
  ];
}

/** The periods a report shows, the filter their figures are restricted to, and the one it is about (`--period`). */
export interface ReportPeriods {
  readonly periods: readonly PeriodFigures[];
  readonly filter: ReportFilter;
  readonly focus?: PeriodFocus;
}

/** One row per period, each restricted to the filter; about one period, its totals. */
function periodLines(asked: ReportPeriods, currency: Currency, whole: Figures): string[] {
  const selected = asked.periods.map((p) => ({ period: p.period, ...selectFigures(p, asked.filter) }));
  const rows = selected.map((p) => ({ labels: [p.period.label, isoFromDay(p.period.start), isoFromDay(p.period.end)], figures: p.totals }));
  // Every period listed: what they leave out, so the table adds up to the totals above it.
  const outside = asked.focus ? undefined : outsidePeriods(whole, selected.map((p) => p.totals));
  if (outside) rows.push({ labels: ["Outside", "", ""], figures: outside });
  const lines = ["", ...figuresTable(asked.focus ? `Totals in ${asked.focus.period.label}` : "By period", ["Period", "From", "To"], rows, PERIOD_SUMMARY, currency)];
  if (outside) lines.push("Outside: tactics, lump sums and outcomes dated outside every period or not dated, and forecasts naming no period.");
  return lines;
}

/**
 * The whole terminal report. `scope` describes the filter ("" for the whole plan); `filter` is the
 * one that made `planSelection`, for what works best (a partner's) and the targets (an
 * initiative's); `periods` adds the figures by period, and with a focus (`--period`) the
 * partners, initiatives and finance are that period's instead of the whole plan's.
 */
export function plainReport(analysis: Analysis, planSelection: ReportSelection, scope: string, checkHint: string, filter: ReportFilter = {}, periods?: ReportPeriods, currencyView: CurrencyView = "plan"): string {
  const layout = dashboardLayout(analysis);
  const currency = analysis.plan.settings.currency;
  const totalLabel = scope ? "Selection" : "Total";
  const focus = periods?.focus;
  const selection = focus?.selection ?? planSelection;
  const within = focus ? ` in ${focus.period.label}` : "";
  const lines = [layout.title, layout.subtitle];
  if (focus) lines.push(focusLine(focus));
  if (scope) lines.push(`Selection: ${scope}`);
  const own = currencyView === "partner" ? partnersInOwnCurrencies(analysis, selection.partners, filter, focus) : undefined;
  const partners: PartnerRows = own ?? selection.partners;
  if (currencyView === "partner") lines.push(`Partners in their own currencies; totals in ${currency.code}.`);
  lines.push("", ...partnerSummary(partners, selection.totals, currency, totalLabel, `Partners${within}`));
  const noRate = own && noRateNote(own);
  if (noRate) lines.push(noRate);
  lines.push(`Funds at risk${within} (unclaimed after the ${analysis.plan.settings.claimWindowDays}-day claim window): ${formatMoney(selection.totals.unclaimedAfterWindow, currency)}`);
  lines.push(
    "",
    ...figuresTable(
      `Initiatives${within}`,
      ["ID", "Initiative"],
      selection.initiatives.map((i) => ({ labels: [i.id, i.name], figures: i.figures })),
      INITIATIVE_SUMMARY,
      currency,
      { labels: [totalLabel, ""], figures: selection.totals },
    ),
  );
  const finance = partnerFrame(partners, currency, selection.totals, totalLabel);
  // A period has no budget, so neither Budget nor Remaining: its finance table leaves them out.
  lines.push("", ...figuresTable(`Finance${within}`, finance.headers, partnerRows(partners, currency), focus ? PERIOD_FINANCE_SUMMARY : FINANCE_SUMMARY, currency, finance.total));
  if (periods) lines.push(...periodLines(periods, currency, planSelection.totals));
  if (selection.tacticTypes.length > 0) {
    lines.push("", ...figuresTable("Tactic types", ["Type"], selection.tacticTypes.map((t) => ({ labels: [t.type], figures: t.figures })), TYPE_SUMMARY, currency));
  }
  // What works best, the targets and the findings have no per-period figures: about a period,
  // they say they cover every period (still within the selection a --partner or --initiative made).
  lines.push("", ...bestPracticeLines(analysis, filter, currency, focus ? "all periods, " : ""), "", ...targetLines(analysis, filter.initiativeKey, currency, focus ? "Targets (all periods)" : "Targets"));
  const findings = focus ? "Findings (all periods)" : "Findings";
  lines.push("", selection.findings.length === 0 ? `${findings}: none.` : `${findings}: ${findingsPhrase(countFindings(selection.findings))} (${checkHint}).`);
  return `${lines.join("\n")}\n`;
}
