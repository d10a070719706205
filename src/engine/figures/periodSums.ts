/**
 * The route that cuts a plan's sums into periods (SPEC section 9): the period of each row,
 * handed to `aggregate`, which sums each row into the whole plan and its period in one pass. A
 * tactic belongs to the period holding its Start, and its requests, alignment, claims (Spend,
 * Paid, Pending, open claims) and overdue state go with it; an allocation goes with its tactic,
 * a lump sum (or one whose tactic is not in the plan) by its Authorized on, none when that is
 * blank; an outcome by its Date; a Joint Plan forecast to the quarter its Period names. Budgets
 * have no period. A row outside every period counts in none, and so does a row dated outside the
 * plan period (Period start..Period end) though inside a period that overlaps it: a first quarter
 * starting before Period start takes only the plan's own rows, so quarters and months agree and
 * a row before the plan counts in no period whatever the fiscal year's start.
 */
import type { Granularity, Period } from "../../model/fiscalCalendar";
import { periodIndexOf } from "../../model/fiscalCalendar";
import type { Links } from "../link/links";
import { NOWHERE } from "../link/links";
import type { PlanData } from "../store/planData";
import type { PeriodRoute } from "./aggregate";

/** The days a plan's rows count in its periods: its Period start..Period end, both included. */
export interface PlanWindow {
  readonly start: number;
  readonly end: number;
}

/** The position of the period holding `day` when the plan period holds it too, else -1. */
function periodOfDay(periods: readonly Period[], window: PlanWindow, day: number): number {
  return day >= window.start && day <= window.end ? periodIndexOf(periods, day) : -1;
}

/** Per row of a date column: the position of the period holding its day, or -1. */
function periodsOfDays(days: Float32Array, size: number, periods: readonly Period[], window: PlanWindow): Int32Array {
  const out = new Int32Array(size);
  for (let i = 0; i < size; i++) out[i] = periodOfDay(periods, window, days[i]);
  return out;
}

/** The period of every row among `periods` (in order and back to back, as `periodsOf` makes them). */
export function periodRoute(data: PlanData, links: Links, periods: readonly Period[], granularity: Granularity, window: PlanWindow): PeriodRoute {
  const tactic = periodsOfDays(data.tactics.start, data.tactics.size, periods, window);
  const a = data.allocations;
  const allocation = new Int32Array(a.size);
  for (let i = 0; i < a.size; i++) {
    const t = links.allocationTactic[i];
    allocation[i] = t === NOWHERE ? periodOfDay(periods, window, a.authorizedOn[i]) : tactic[t];
  }
  // Joint Plan rows name quarters; a month has no forecast of its own.
  const quarterAt = new Map(periods.map((p, position) => [p.label, position]));
  const jointPlan = Int32Array.from(data.jointPlan, (j) => (granularity === "quarter" && j.period !== "" ? (quarterAt.get(j.period) ?? -1) : -1));
  return { periods: periods.length, tactic, allocation, outcome: periodsOfDays(data.outcomes.date, data.outcomes.size, periods, window), jointPlan };
}
