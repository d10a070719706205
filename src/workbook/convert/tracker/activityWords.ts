/**
 * An activity's statuses and type in the plan's words (SPEC section 9): the tactic status from
 * the tracker's status word, else Approved when an amount was approved and Submitted when not;
 * the claim status Paid when there is a payment date, else the claim status word, else
 * Submitted; the type from the plan's list, a new type added to it. What was read by
 * similarity, or not understood, is listed for review.
 *
 * Trackers often keep one status for an activity and its claim, under either heading. A word
 * only an activity has ("Completed", "Cancelled") in the claim status column is never made a
 * claim status: it is the tactic's status when the tactic has none of its own, and listed. A
 * word only a claim has ("Paid") in the activity status column is listed with what the tactic
 * took from it. A status never makes a claim: only a claimed amount does.
 */
import type { Cents } from "../../../model/money";
import type { TacticStatus } from "../../../model/schema";
import type { ActivityRow } from "./activityRow";
import { nameKey } from "./existingPlan";
import type { TrackerField } from "./fields";
import type { ReviewList } from "./reviewList";
import { TacticTypeMapper } from "./tacticTypes";
import { fitsOnlyClaims, fitsOnlyTactics } from "./statusColumn";
import { claimStatusOf, tacticStatusOf } from "./valueWords";

/** Reads the words of activity rows; one per import. */
export class ActivityWords {
  private readonly types: TacticTypeMapper;
  private readonly newTypes = new Map<string, string>();

  constructor(
    planTypes: readonly string[],
    /** The fields the tracker has a column for. */
    private readonly mapped: ReadonlySet<TrackerField>,
    private readonly review: ReviewList,
  ) {
    this.types = new TacticTypeMapper(planTypes);
  }

  /** The types the import adds to the plan's list, as the tracker spells them. */
  addedTypes(): string[] {
    return [...this.newTypes.values()];
  }

  /**
   * The tactic's status. `inPlan` when the plan already has the tactic: a status the tracker does
   * not say (the fallback) is then undefined, so the plan's own is kept.
   */
  tacticStatus(activity: ActivityRow, authorized: Cents | undefined, inPlan = false): TacticStatus | undefined {
    const fallback: TacticStatus = authorized !== undefined && authorized > 0 ? "Approved" : "Submitted";
    const otherwise = inPlan ? undefined : fallback;
    const text = activity.text("tacticStatus");
    const fromClaims = this.activityWordOfClaims(activity, text === "");
    if (text === "") return fromClaims ?? otherwise;
    const match = tacticStatusOf(text);
    if (!match) {
      const then = inPlan ? "the plan's Status is kept" : `read as ${fallback} (${fallback === "Approved" ? "it has an approved amount" : "it has no approved amount"})`;
      this.review.add("valueMapped", `Status "${text}" is not understood: ${then}`, activity.row);
      return otherwise;
    }
    if (fitsOnlyClaims(text)) this.review.add("valueMapped", `Status "${text}" is a claim's status, not an activity's: the tactic is read as ${match.value}`, activity.row);
    else if (match.how === "similar") this.review.add("valueMapped", `Status "${text}" read as ${match.value}`, activity.row);
    return match.value;
  }

  /**
   * The activity's status the claim status column holds on this row ("Cancelled"), listed for
   * review; `take` when the tactic has no status of its own to keep instead.
   */
  private activityWordOfClaims(activity: ActivityRow, take: boolean): TacticStatus | undefined {
    const text = activity.text("claimStatus");
    if (text === "" || !fitsOnlyTactics(text)) return undefined;
    const value = tacticStatusOf(text)?.value;
    const then = take ? `read as the tactic's Status (${value})` : "the tactic keeps its own Status";
    this.review.add("valueMapped", `Claim status "${text}" is an activity's status, not a claim's: ${then}`, activity.row);
    return take ? value : undefined;
  }

  /**
   * The claim's status. `inPlan` when the plan already has the claim: a status the tracker does
   * not say (Submitted by default) is then undefined, so the plan's own is kept.
   */
  claimStatus(activity: ActivityRow, inPlan = false): string | undefined {
    if (activity.day("paidOn") !== undefined) return "Paid";
    const otherwise = inPlan ? undefined : "Submitted";
    const then = inPlan ? "the plan's status is kept" : "the claim is read as Submitted";
    const text = activity.text("claimStatus");
    if (text === "") return otherwise;
    if (fitsOnlyTactics(text)) {
      this.review.add("valueMapped", `Claim status "${text}" says nothing of the claim: ${then}`, activity.row);
      return otherwise;
    }
    const match = claimStatusOf(text);
    if (!match) {
      this.review.add("valueMapped", `Claim status "${text}" is not understood: ${inPlan ? "the plan's status is kept" : "read as Submitted"}`, activity.row);
      return otherwise;
    }
    if (match.how === "similar") this.review.add("valueMapped", `Claim status "${text}" read as ${match.value}`, activity.row);
    if (match.value === "Paid" && !activity.has("paidOn")) {
      const where = this.mapped.has("paidOn") ? "its payment date is blank" : "the tracker has no payment date column";
      this.review.add("missingFact", `A claim marked paid has no payment date (${where}): Paid on is left blank`, activity.row);
    }
    return match.value;
  }

  /**
   * The tactic's type: the plan's, or a new one; "Other" when the tracker has no type column and
   * the activity names none, but undefined then when the plan already has the tactic (`inPlan`),
   * so the plan's own type is kept.
   */
  tacticType(activity: ActivityRow, inPlan = false): string | undefined {
    if (!this.mapped.has("tacticType")) {
      if (inPlan) return undefined;
      const guess = this.types.map(activity.text("activity"));
      return guess && guess.how !== "new" ? guess.type : "Other";
    }
    const text = activity.text("tacticType");
    const match = this.types.map(text);
    if (!match) return "";
    if (match.how === "similar") this.review.add("valueMapped", `Type "${text}" read as ${match.type}`, activity.row);
    if (match.how === "new" && !this.newTypes.has(nameKey(match.type))) this.newTypes.set(nameKey(match.type), match.type);
    return match.how === "new" ? (this.newTypes.get(nameKey(match.type)) as string) : match.type;
  }

}
