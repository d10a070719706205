/**
 * Claims name no partner: their partner is their tactic's. Findings read before the tactics
 * were indexed get that partner here, so filtering findings by partner includes claim problems.
 */
import type { Finding } from "../model/findings";
import type { Plan } from "../model/plan";
import type { PlanIndex } from "./planIndex";

/** Findings on Claims rows without a partner get the partner of the claim's tactic. */
export function attributeClaimFindings(findings: readonly Finding[], plan: Plan, index: PlanIndex): Finding[] {
  const partnerByRow = new Map<number, string>();
  for (const c of plan.claims) {
    const partner = c.tacticId ? index.tactics.get(c.tacticId.key)?.tactic.partnerId?.text : undefined;
    if (partner) partnerByRow.set(c.row, partner);
  }
  return findings.map((f) => {
    if (f.table !== "JmpClaims" || f.partner !== null || f.row === null) return f;
    const partner = partnerByRow.get(f.row);
    return partner ? { ...f, partner } : f;
  });
}
