/**
 * Per-tactic sums of allocations and claims, over whichever amounts are given: the plan's
 * columns (links.ts) or the partners' own-currency copies (tacticBalance.ts,
 * rules/comparedAmounts.ts), so both add up by the same rules.
 */
import { isPresent } from "../store/activityColumns";
import { isCountedCode } from "../store/codes";
import { NO_ID } from "../store/idDomain";
import type { PlanData } from "../store/planData";
import type { Links } from "./links";
import { NOWHERE } from "./rowLookup";

/**
 * Funded(t): allocations tied to a tactic whose partner (in the Partners table) is the
 * allocation's, summed into `funded` (per tactic) from `amounts` (per allocation: the plan's,
 * or the partners' own, see rules/comparedAmounts.ts).
 */
export function addFunding(data: PlanData, links: Links, amounts: Float64Array, funded: Float64Array): void {
  const { allocations, tactics, ids } = data;
  for (let a = 0; a < allocations.size; a++) {
    const t = links.allocationTactic[a];
    const amount = amounts[a];
    const partner = allocations.partner[a];
    if (t === NOWHERE || !isPresent(amount) || partner === NO_ID || links.tacticPartner[t] === NOWHERE) continue;
    if (ids.partners.key(partner) === ids.partners.key(tactics.partner[t])) funded[t] += amount;
  }
}

/** Sums into `counted` (per tactic) the value of each counted claim (`claimValue` of the amounts given). */
export function addCountedClaims(data: PlanData, links: Links, approved: Float64Array, claimed: Float64Array, counted: Float64Array): void {
  const { claims } = data;
  for (let c = 0; c < claims.size; c++) {
    const t = links.claimTactic[c];
    if (t !== NOWHERE && isCountedCode(claims.status[c])) counted[t] += claimValue(approved, claimed, c);
  }
}

/** A counted claim's value: Amount approved, or Amount claimed when that is blank. */
export function claimValueAt(data: PlanData, c: number): number {
  return claimValue(data.claims.amountApproved, data.claims.amountClaimed, c);
}

/** `claimValueAt` over given columns of Amount approved and Amount claimed. */
export function claimValue(approved: Float64Array, claimed: Float64Array, c: number): number {
  const value = approved[c];
  if (isPresent(value)) return value;
  return isPresent(claimed[c]) ? claimed[c] : 0;
}

/**
 * What a claim asked for: Amount claimed, or Amount approved when that is blank. Funds at risk
 * measure what a partner has not claimed, so a claim approved for less than it asked still
 * covers what it asked.
 */
export function claimedAmountAt(data: PlanData, c: number): number {
  return claimedAmount(data.claims.amountClaimed, data.claims.amountApproved, c);
}

/** `claimedAmountAt` over given columns of Amount claimed and Amount approved. */
export function claimedAmount(claimed: Float64Array, approved: Float64Array, c: number): number {
  if (isPresent(claimed[c])) return claimed[c];
  return isPresent(approved[c]) ? approved[c] : 0;
}
