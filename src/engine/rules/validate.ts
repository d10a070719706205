/**
 * Validate: every rule of SPEC section 5, set 1 (and P08 and P09 of section 9), over parsed plan data
 * and its links.
 */
import type { FindingSink } from "../findings/findingSink";
import type { Links } from "../link/links";
import { checkClaims } from "./claimRules";
import { checkExactSums } from "./exactSums";
import { checkForecastGranularity } from "./forecastRules";
import { checkFunding } from "./fundingRules";
import { checkOutcomes } from "./outcomeRules";
import { checkPlan } from "./planRules";
import { checkReferences } from "./referenceRules";
import { ruleContext } from "./ruleContext";
import type { PlanData } from "../store/planData";

/** Runs the reference, plan, funding, claim and outcome rules and the exact-sums check, adding findings to `sink`. */
export function validate(data: PlanData, links: Links, sink: FindingSink): void {
  const ctx = ruleContext(data, links, sink);
  checkReferences(ctx);
  checkPlan(ctx);
  checkForecastGranularity(ctx);
  checkFunding(ctx);
  checkClaims(ctx);
  checkOutcomes(ctx);
  checkExactSums(ctx);
}
