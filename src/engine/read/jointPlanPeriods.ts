/**
 * The Joint Plan's `Period` column (SPEC section 9): a row may name the fiscal quarter its
 * forecasts are for. A label is matched trimmed and in any case against the plan's quarters and
 * kept in the plan's spelling; one that names no quarter of the plan is reported (V05) and kept
 * as written, so the row still counts in the whole-plan figures but in no quarter's.
 */
import { periodKey, periodsOf } from "../../model/fiscalCalendar";
import type { JointPlanEntry, Settings } from "../../model/plan";
import { requireTableSpec } from "../../model/schema";
import type { FindingSink } from "../findings/findingSink";

const SPEC = requireTableSpec("JmpJointPlan");

/** The rows with their Period in the plan's spelling; unknown labels reported. */
export function withPlanPeriods(rows: JointPlanEntry[], settings: Settings, sink: FindingSink): JointPlanEntry[] {
  if (!rows.some((r) => r.period !== "")) return rows;
  const { periodStart, periodEnd, fiscalYearStart } = settings;
  const quarters = periodStart !== undefined && periodEnd !== undefined ? (periodsOf(periodStart, periodEnd, fiscalYearStart, "quarter") ?? []) : [];
  const labels = new Set(quarters.map((q) => q.label));
  const range = quarters.length === 0 ? "the plan period is not set" : `the plan's quarters are ${quarters[0].label} to ${quarters[quarters.length - 1].label}`;
  return rows.map((row) => {
    if (row.period === "") return row;
    const label = periodKey(row.period);
    if (labels.has(label)) return label === row.period ? row : { ...row, period: label };
    sink.add("V05", SPEC, row.row, "period", `Period "${row.period}" is not a quarter of the plan (${range}); the row counts in no quarter`, row.partnerId?.text);
    return row;
  });
}
