/**
 * Enum values the rules and sums test, as the codes the columns store (their position in the
 * schema's lists), named once here.
 */
import { CLAIM_STATUSES, OUTCOME_METRICS, TACTIC_STATUSES } from "../../model/schema";
import type { ClaimStatus, OutcomeMetric, TacticStatus } from "../../model/schema";

const tacticStatus = (s: TacticStatus): number => TACTIC_STATUSES.indexOf(s);
const claimStatus = (s: ClaimStatus): number => CLAIM_STATUSES.indexOf(s);
const metric = (m: OutcomeMetric): number => OUTCOME_METRICS.indexOf(m);

export const TACTIC_DRAFT = tacticStatus("Draft");
export const TACTIC_SUBMITTED = tacticStatus("Submitted");
export const TACTIC_APPROVED = tacticStatus("Approved");
export const TACTIC_COMPLETED = tacticStatus("Completed");
export const CLAIM_SUBMITTED = claimStatus("Submitted");
export const CLAIM_APPROVED = claimStatus("Approved");
export const CLAIM_PAID = claimStatus("Paid");
export const METRIC_REVENUE = metric("Revenue");
export const METRIC_PIPELINE = metric("Pipeline");
export const METRIC_OPPORTUNITIES = metric("Opportunities");
export const METRIC_LEADS = metric("Leads");

/** An approved tactic has Status Approved or Completed (SPEC section 3). */
export function isApprovedCode(status: number): boolean {
  return status === TACTIC_APPROVED || status === TACTIC_COMPLETED;
}

/** A counted claim has Status Approved or Paid (SPEC section 3). */
export function isCountedCode(status: number): boolean {
  return status === CLAIM_APPROVED || status === CLAIM_PAID;
}

/** Revenue and Pipeline outcomes are money; the other metrics are counts. */
export function isMoneyMetric(code: number): boolean {
  return code === METRIC_REVENUE || code === METRIC_PIPELINE;
}
