/**
 * Claims name no partner: their partner is their tactic's. Findings read before the tactics
 * were indexed get that partner here, so filtering findings by partner includes claim problems.
 */
import type { Finding } from "../model/findings";
import type { Claim, Plan } from "../model/plan";
import type { PlanIndex } from "./planIndex";

/** Findings on Claims rows without a partner get the partner of the claim's tactic. */
export function attributeClaimFindings(findings: readonly Finding[], plan: Plan, index: PlanIndex): Finding[] {
  return findings.map((f) => {
    if (f.table !== "JmpClaims" || f.partner !== null || f.row === null) return f;
    const position = claimPosition(plan.claims, f.row);
    const partner = position < 0 ? undefined : index.claimTactics[position]?.tactic.partnerId?.text;
    return partner ? { ...f, partner } : f;
  });
}

/**
 * Position of the claim on a sheet row, or -1 (a blank row or a duplicate left out of the plan).
 * Claims are kept in sheet order, one per row, so a binary search finds it without a row map.
 */
function claimPosition(claims: readonly Claim[], row: number): number {
  let low = 0;
  let high = claims.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = claims[mid].row;
    if (at === row) return mid;
    if (at < row) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
