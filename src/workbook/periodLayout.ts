/**
 * The Dashboard's by-quarter table (SPEC section 9): one row per fiscal quarter of the plan,
 * every metric column lined up with the other tables' (a period has no budget, so Budget and
 * Remaining stay blank). A plan without a period to cut has no such table.
 */
import type { Analysis } from "../engine";
import { isoFromDay } from "../model/dates";
import type { Block } from "./layout";
import { figuresBlock } from "./layout";

/** The header of the quarter's label column (the native chart's axis labels). */
export const QUARTER_LABEL = "Quarter";

/** The by-quarter block, or none when the plan cannot be cut into quarters. */
export function quarterBlocks(analysis: Analysis): Block[] {
  const quarters = analysis.periods("quarter");
  if (!("periods" in quarters)) return [];
  return [
    figuresBlock(
      "quarters",
      "By quarter",
      [QUARTER_LABEL, "Dates"],
      quarters.periods.map((q) => ({ labels: [q.period.label, `${isoFromDay(q.period.start)} to ${isoFromDay(q.period.end)}`], figures: q.totals })),
    ),
  ];
}
