/**
 * P09: a Joint Plan pair forecast both for the whole plan (a row without a Period) and by period
 * (rows naming quarters). The whole plan's Forecast adds every row, so an annual figure next to
 * its own quarterly breakdown counts twice; the rows stand as written, with a warning.
 */
import { pairKey } from "../../model/ids";
import type { JointPlanEntry } from "../../model/plan";
import type { RuleContext } from "./ruleContext";
import { T } from "./ruleContext";

function hasForecast(entry: JointPlanEntry): boolean {
  return entry.forecastRevenue !== undefined || entry.forecastPipeline !== undefined || entry.forecastOpportunities !== undefined;
}

/** The column a P09 finding points at: the row's first forecast. */
function forecastColumn(entry: JointPlanEntry): string {
  if (entry.forecastRevenue !== undefined) return "forecastRevenue";
  return entry.forecastPipeline !== undefined ? "forecastPipeline" : "forecastOpportunities";
}

/** Checks P09. */
export function checkForecastGranularity(ctx: RuleContext): void {
  const whole = new Map<string, JointPlanEntry[]>();
  const byPeriod = new Map<string, number[]>();
  for (const entry of ctx.data.jointPlan) {
    if (!entry.partnerId || !entry.initiativeId || !hasForecast(entry)) continue;
    const key = pairKey(entry.partnerId.key, entry.initiativeId.key);
    if (entry.period === "") whole.set(key, [...(whole.get(key) ?? []), entry]);
    else byPeriod.set(key, [...(byPeriod.get(key) ?? []), entry.row]);
  }
  for (const [key, entries] of whole) {
    const periodRows = byPeriod.get(key);
    if (periodRows === undefined) continue;
    for (const entry of entries) {
      const rows = periodRows.length === 1 ? `row ${periodRows[0]}` : `rows ${periodRows.join(", ")}`;
      ctx.sink.add(
        "P09",
        T.jointPlan,
        entry.row,
        forecastColumn(entry),
        `${entry.partnerId?.text} / ${entry.initiativeId?.text} is forecast for the whole plan here and by period on ${rows}: the whole plan's Forecast adds them all; keep one or the other`,
        entry.partnerId?.text ?? null,
      );
    }
  }
}
