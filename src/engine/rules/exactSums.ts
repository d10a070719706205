/**
 * V11: a money column whose amounts add up past what a sum can hold to the cent. Every amount
 * is a safe integer of cents (V02 refuses the others), and every money column is non-negative,
 * so when a column's total stays within 2^53 - 1 cents (some 90 trillion currency units) every
 * figure adding any of its amounts, in any order and any grouping, is exact. Past it, a sum of
 * doubles silently loses cents; rather than turn figures null or slow every sum down for a
 * plan no business has, the column is named once and its figures stay, marked as inexact.
 *
 * The running total is itself exact while it stays within 2^53 - 1 (sums of safe integers are),
 * and rounding is monotonic, so `total > MAX_SAFE_INTEGER` tells exactly when the limit is passed.
 */
import { OUTCOME_METRICS } from "../../model/schema";
import type { TableSpec } from "../../model/schema";
import { outcomeCentsAt } from "../link/links";
import { isPresent, NO_CODE } from "../store/activityColumns";
import { isMoneyMetric } from "../store/codes";
import type { PlanData } from "../store/planData";
import type { RuleContext } from "./ruleContext";
import { T } from "./ruleContext";

/** The sum of the present values of `at(0..size)`. */
function columnTotal(size: number, at: (i: number) => number): number {
  let total = 0;
  for (let i = 0; i < size; i++) {
    const value = at(i);
    if (isPresent(value)) total += Math.abs(value);
  }
  return total;
}

/** The largest of the outcome Value totals by metric (cents for money metrics, counts otherwise): each metric is its own sum. */
function largestOutcomeTotal(data: PlanData): number {
  const o = data.outcomes;
  const totals = new Array<number>(OUTCOME_METRICS.length).fill(0);
  for (let i = 0; i < o.size; i++) {
    const metric = o.metric[i];
    if (metric === NO_CODE) continue;
    const value = isMoneyMetric(metric) ? outcomeCentsAt(data, i) : o.value[i];
    if (isPresent(value)) totals[metric] += Math.abs(value);
  }
  return Math.max(...totals);
}

const MESSAGE = "add up to more than 2^53 cents (about 90 trillion), past what a sum holds to the cent: figures adding them are kept but may be off by cents";

/** Checks V11 for every money column (and the outcome counts, held to the same bound). */
export function checkExactSums({ data, sink }: RuleContext): void {
  const report = (table: TableSpec, column: string, header: string, total: number) => {
    if (total > Number.MAX_SAFE_INTEGER) sink.add("V11", table, null, column, `The amounts in ${header} ${MESSAGE}`);
  };
  const { tactics: t, allocations: a, claims: c } = data;
  report(T.partners, "mdfBudget", "MDF budget", columnTotal(data.partners.length, (i) => data.partners[i].mdfBudget ?? NaN));
  report(T.jointPlan, "forecastRevenue", "Forecast revenue", columnTotal(data.jointPlan.length, (i) => data.jointPlan[i].forecastRevenue ?? NaN));
  report(T.jointPlan, "forecastPipeline", "Forecast pipeline", columnTotal(data.jointPlan.length, (i) => data.jointPlan[i].forecastPipeline ?? NaN));
  report(T.tactics, "totalCost", "Total cost", columnTotal(t.size, (i) => t.totalCost[i]));
  report(T.tactics, "mdfRequested", "MDF requested", columnTotal(t.size, (i) => t.mdfRequested[i]));
  report(T.tactics, "expectedPipeline", "Expected pipeline", columnTotal(t.size, (i) => t.expectedPipeline[i]));
  report(T.tactics, "expectedRevenue", "Expected revenue", columnTotal(t.size, (i) => t.expectedRevenue[i]));
  report(T.allocations, "amount", "Amount", columnTotal(a.size, (i) => a.amount[i]));
  report(T.claims, "amountClaimed", "Amount claimed", columnTotal(c.size, (i) => c.amountClaimed[i]));
  report(T.claims, "amountApproved", "Amount approved", columnTotal(c.size, (i) => c.amountApproved[i]));
  report(T.outcomes, "value", "Value", largestOutcomeTotal(data));
}
