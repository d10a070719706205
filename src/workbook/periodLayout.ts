/**
 * The Dashboard's by-quarter table (SPEC section 9): one row per fiscal quarter of the plan,
 * every metric column lined up with the other tables' (a period has no budget, so Budget and
 * Remaining stay blank), then an Outside row with what no quarter holds, so the table adds up to
 * the Total table as the report's does. A plan without a period to cut has no such table.
 */
import type { Analysis } from "../engine";
import { outsidePeriods } from "../engine/figures";
import { isoFromDay } from "../model/dates";
import type { Block } from "./layout";
import { figuresBlock } from "./layout";

/** The header of the quarter's label column (the native chart's axis labels). */
export const QUARTER_LABEL = "Quarter";

/** The Outside row's labels: what it holds, in the Dates column. */
export const OUTSIDE_QUARTERS = ["Outside", "in no quarter"] as const;

/** The by-quarter block, or none when the plan cannot be cut into quarters. */
export function quarterBlocks(analysis: Analysis): Block[] {
  const quarters = analysis.periods("quarter");
  if (!("periods" in quarters)) return [];
  const rows = quarters.periods.map((q) => ({ labels: [q.period.label, `${isoFromDay(q.period.start)} to ${isoFromDay(q.period.end)}`], figures: q.totals }));
  const outside = outsidePeriods(analysis.totals, quarters.periods.map((q) => q.totals));
  const block = figuresBlock("quarters", "By quarter", [QUARTER_LABEL, "Dates"], outside ? [...rows, { labels: OUTSIDE_QUARTERS, figures: outside }] : rows);
  // The chart plots the quarters, not the Outside row.
  return [{ ...block, plottedRows: rows.length }];
}
