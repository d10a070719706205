/**
 * What an import says of the facts the tracker has no column for: which plan cells stay blank
 * or take a default, in new tactics only, since tactics the plan already has keep their own
 * values where the tracker is silent.
 */
import type { ResultField, TrackerField } from "./fields";
import { RESULT_FIELDS } from "./fields";
import type { BuildContext } from "./buildRows";
import type { ReviewList } from "./reviewList";

/** Adds to `review` (and `notes`) a remark per fact the plan needs that no column of the tracker (`mapped`) holds. */
export function reportMissingColumns(mapped: ReadonlySet<TrackerField>, context: BuildContext, review: ReviewList, notes: string[]): void {
  const has = (f: TrackerField) => mapped.has(f);
  const kept = context.existing.tactics.length > 0 ? " (tactics the plan already has keep their own)" : "";
  const missing = (what: string, then: string) => review.add("missingFact", `The tracker has no ${what} column: ${then}${what === "partner" ? "" : kept}`);
  if (!has("partner") && !has("partnerId")) missing("partner", "no activity can be imported");
  if (!has("start") && !has("end")) missing("date", "every tactic's Start and End are left blank");
  if (!has("totalCost")) missing("total cost", "every tactic's Total cost is left blank");
  if (!has("requested")) missing("MDF requested", "every tactic's MDF requested is left blank");
  if (!has("tacticType")) missing("activity type", "each tactic's type is taken from its activity name where it names one, else Other");
  if (!has("initiative") && !has("initiativeId")) missing("initiative, solution or program", `every activity is under one initiative, "${context.initiativeName}"`);
  if (has("start") && !has("end")) missing("end date", "every tactic's End is left blank");
  if (has("end") && !has("start")) missing("start date", "every tactic's Start is left blank");
  const results = (Object.keys(RESULT_FIELDS) as ResultField[]).some(has);
  if (results && !has("outcomeDate")) notes.push("Results are dated at their activity's End, or its Start when it has no End (the tracker has no results date).");
}
