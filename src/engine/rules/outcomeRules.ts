/**
 * O01: outcomes are credited to the plan only when they fall inside its period.
 */
import { isoFromDay } from "../../model/dates";
import type { RuleContext } from "./ruleContext";
import { T } from "./ruleContext";

/** Checks O01. */
export function checkOutcomes(ctx: RuleContext): void {
  const { periodStart, periodEnd } = ctx.plan.settings;
  for (const o of ctx.plan.outcomes) {
    if (o.date === undefined) continue;
    if ((periodStart !== undefined && o.date < periodStart) || (periodEnd !== undefined && o.date > periodEnd)) {
      ctx.sink.add("O01", T.outcomes, o.row, "date", `Outcome ${o.id?.text ?? `row ${o.row}`} is dated ${isoFromDay(o.date)}, outside the plan period`, o.partnerId?.text ?? null);
    }
  }
}
