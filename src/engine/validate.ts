/**
 * Validate: every rule of SPEC section 5, set 1 (and P08 of section 9), over parsed plan data
 * and its links.
 */
import type { FindingSink } from "./findingSink";
import type { Links } from "./links";
import { checkClaims } from "./rules/claimRules";
import { checkExactSums } from "./rules/exactSums";
import { checkFunding } from "./rules/fundingRules";
import { checkOutcomes } from "./rules/outcomeRules";
import { checkPlan } from "./rules/planRules";
import { checkReferences } from "./rules/referenceRules";
import { ruleContext } from "./rules/ruleContext";
import type { PlanData } from "./store/planData";

/** Runs the reference, plan, funding, claim and outcome rules and the exact-sums check, adding findings to `sink`. */
export function validate(data: PlanData, links: Links, sink: FindingSink): void {
  const ctx = ruleContext(data, links, sink);
  checkReferences(ctx);
  checkPlan(ctx);
  checkFunding(ctx);
  checkClaims(ctx);
  checkOutcomes(ctx);
  checkExactSums(ctx);
}
