/**
 * Funds at risk (SPEC section 9, issue 17): an approved tactic's funding that its partner has
 * not claimed once the tactic's End plus the claim window has passed at As of. The one place
 * the rule is written: the figure (Unclaimed after window) and the Claims view's list use it.
 */
import type { Cents } from "../../model/money";
import { isPresent } from "../store/activityColumns";

/** The claim facts of one tactic the rule reads. */
export interface UnclaimedInput {
  readonly approved: boolean;
  /** The tactic's End day; undefined or NaN when it has none. */
  readonly end: number | undefined;
  /**
   * Funded(t) less what its Submitted, Approved and Paid claims claimed, never below 0, in cents
   * (`unclaimedAt`: decided in the partner's currency).
   */
  readonly unclaimed: Cents;
}

/**
 * Funding left unclaimed after the claim window: Funded(t) less what its live claims claimed
 * (never below 0), for an approved tactic whose End + window is before As of; otherwise 0.
 * On the day the window closes (End + window = As of) a claim is still on time: nothing is at risk.
 */
export function unclaimedAfterWindow(t: UnclaimedInput, settings: { readonly asOf: number; readonly claimWindowDays: number }): Cents {
  if (!t.approved || t.end === undefined || !isPresent(t.end) || t.end + settings.claimWindowDays >= settings.asOf) return 0;
  return t.unclaimed;
}
