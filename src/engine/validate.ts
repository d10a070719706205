/**
 * Validate: every rule of SPEC section 5, set 1, over a parsed plan and its index.
 */
import type { Plan } from "../model/plan";
import type { FindingSink } from "./findingSink";
import type { PlanIndex } from "./planIndex";
import { checkClaims } from "./rules/claimRules";
import { checkFunding } from "./rules/fundingRules";
import { checkOutcomes } from "./rules/outcomeRules";
import { checkPlan } from "./rules/planRules";
import { checkReferences } from "./rules/referenceRules";
import { ruleContext } from "./rules/ruleContext";

/** Runs the reference, plan, funding, claim and outcome rules, adding findings to `sink`. */
export function validate(plan: Plan, index: PlanIndex, sink: FindingSink): void {
  const ctx = ruleContext(plan, index, sink);
  checkReferences(ctx);
  checkPlan(ctx);
  checkFunding(ctx);
  checkClaims(ctx);
  checkOutcomes(ctx);
}
