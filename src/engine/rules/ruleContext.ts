/**
 * What every validation rule receives: the plan, its index, the sink and a money formatter in
 * the plan currency for messages.
 */
import { formatMoney } from "../../model/money";
import type { Cents } from "../../model/money";
import type { Plan } from "../../model/plan";
import { requireTableSpec } from "../../model/schema";
import type { FindingSink } from "../findingSink";
import type { PlanIndex } from "../planIndex";

/** Shared inputs of the rules. */
export interface RuleContext {
  readonly plan: Plan;
  readonly index: PlanIndex;
  readonly sink: FindingSink;
  /** Formats cents in the plan currency. */
  readonly money: (cents: Cents) => string;
}

/** Builds the context for one validation run. */
export function ruleContext(plan: Plan, index: PlanIndex, sink: FindingSink): RuleContext {
  const formatter = new Map<Cents, string>();
  return {
    plan,
    index,
    sink,
    money: (cents) => {
      let shown = formatter.get(cents);
      if (shown === undefined) {
        shown = formatMoney(cents, plan.settings.currency);
        if (formatter.size < 10_000) formatter.set(cents, shown);
      }
      return shown;
    },
  };
}

/** The table specs the rules report against. */
export const T = {
  settings: requireTableSpec("JmpSettings"),
  initiatives: requireTableSpec("JmpInitiatives"),
  partners: requireTableSpec("JmpPartners"),
  jointPlan: requireTableSpec("JmpJointPlan"),
  tactics: requireTableSpec("JmpTactics"),
  allocations: requireTableSpec("JmpAllocations"),
  claims: requireTableSpec("JmpClaims"),
  outcomes: requireTableSpec("JmpOutcomes"),
} as const;
