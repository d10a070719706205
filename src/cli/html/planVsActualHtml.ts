/**
 * The HTML report's "Plan vs actual" section: each initiative's Target against the actual of its
 * Metric (attainment, charted against the 100 % line), and each tactic's expected revenue and
 * pipeline against what it produced, with its claims. Both follow the report's filter.
 */
import type { InitiativeTarget, TacticResult } from "../../engine/planVsActual";
import { formatMetricAmount } from "../../model/metricAmount";
import { formatMoney } from "../../model/money";
import type { Currency } from "../../model/money";
import { displayValue, UNDEFINED_TEXT } from "../report/display";
import { renderBarChart } from "./barChart";
import { escapeHtml } from "./escape";
import { textTableHtml } from "./textTable";

/** Tactics listed in the page at most; the rest are counted (the CSV export has them all). */
export const MAX_LISTED_TACTICS = 500;

function attainmentChart(targets: readonly InitiativeTarget[], currency: Currency): string {
  const measured = targets.filter((t) => t.attainment !== null);
  if (measured.length === 0) return `<p class="empty">No initiative has a target yet.</p>`;
  const chart = {
    kind: "percent" as const,
    currency: currency.code,
    categories: measured.map((t) => t.name || t.id),
    series: [{ name: "Attainment", values: measured.map((t) => t.attainment) }],
    reference: { value: 1, label: "target" },
  };
  // Drawn at a page's and a phone's width, like the report's other charts.
  return `<figure><h3>Progress to target by initiative</h3><p class="note">Attainment = actual of the initiative's Metric / its Target.</p><div class="wide">${renderBarChart(chart, 640)}</div><div class="narrow">${renderBarChart(chart, 360)}</div></figure>`;
}

/** The section's HTML for the targets and tactics of the report's selection. */
export function planVsActualHtml(targets: readonly InitiativeTarget[], tactics: readonly TacticResult[], currency: Currency): string {
  const amount = (t: InitiativeTarget, v: number | null): string => formatMetricAmount(t.metric, v, currency) ?? UNDEFINED_TEXT;
  const money = (c: number | null): string => (c === null ? UNDEFINED_TEXT : formatMoney(c, currency));
  const pct = (r: number | null): string => displayValue(r, "percent", currency);
  const targetTable = textTableHtml(
    "Targets by initiative",
    [{ header: "Initiative ID" }, { header: "Initiative" }, { header: "Metric" }, { header: "Target", numeric: true }, { header: "Actual", numeric: true }, { header: "Attainment", numeric: true }],
    targets.map((t) => [t.id, t.name, t.metric, amount(t, t.target), amount(t, t.actual), pct(t.attainment)]),
  );
  const tacticTable = textTableHtml(
    "Plan vs actual by tactic",
    [
      { header: "Tactic ID" },
      { header: "Partner ID" },
      { header: "Initiative ID" },
      { header: "Tactic type" },
      { header: "Status" },
      { header: "Expected revenue", numeric: true },
      { header: "Revenue", numeric: true },
      { header: "Of expected", numeric: true },
      { header: "Expected pipeline", numeric: true },
      { header: "Pipeline", numeric: true },
      { header: "Of expected", numeric: true },
      { header: "Claims", numeric: true },
      { header: "Spend", numeric: true },
    ],
    tactics.slice(0, MAX_LISTED_TACTICS).map((t) => [
      t.id,
      t.partnerId,
      t.initiativeId,
      t.type,
      t.status,
      money(t.expectedRevenue),
      money(t.revenue),
      pct(t.revenueAttainment),
      money(t.expectedPipeline),
      money(t.pipeline),
      pct(t.pipelineAttainment),
      String(t.claims),
      money(t.spend),
    ]),
  );
  const more = tactics.length > MAX_LISTED_TACTICS ? [`<p class="note">${tactics.length - MAX_LISTED_TACTICS} more tactics are not listed here: <code>jmp report --csv DIR</code> writes them all to tactics.csv.</p>`] : [];
  return [
    `<h2 id="plan-vs-actual">Plan vs actual</h2>`,
    `<section class="charts">${attainmentChart(targets, currency)}</section>`,
    targetTable,
    `<p class="note">${escapeHtml("Targets are typed in their Metric's unit: money for Revenue and Pipeline, a count otherwise.")}</p>`,
    tacticTable,
    ...more,
  ].join("\n");
}
