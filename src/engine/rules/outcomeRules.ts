/**
 * O01: outcomes are credited to the plan only when they fall inside its period.
 */
import { isoFromDay } from "../../model/dates";
import type { RuleContext } from "./ruleContext";
import { nameOf, T, textOf } from "./ruleContext";

/** Checks O01. */
export function checkOutcomes({ data, sink }: RuleContext): void {
  const { periodStart, periodEnd } = data.settings;
  const { outcomes: o, ids } = data;
  for (let i = 0; i < o.size; i++) {
    const date = o.date[i];
    // An absent date (NaN) fails both comparisons.
    if ((periodStart !== undefined && date < periodStart) || (periodEnd !== undefined && date > periodEnd)) {
      const row = o.row[i];
      sink.add("O01", T.outcomes, row, "date", `Outcome ${nameOf(o.idText[i], row)} is dated ${isoFromDay(date)}, outside the plan period`, textOf(ids.partners, o.partner[i]));
    }
  }
}
