/**
 * The sums of each period of a plan (SPEC section 9), in one pass over each table like the
 * whole plan's: each row goes to the table of its period. A tactic belongs to the period holding
 * its Start, and its requests, alignment, claims (Spend, Paid, Pending, open claims) and overdue
 * state go with it; an allocation goes with its tactic, a lump sum (or one whose tactic is not in
 * the plan) by its Authorized on, none when that is blank; an outcome by its Date; a Joint Plan
 * forecast to the quarter its Period names. Budgets have no period. A row outside every period
 * counts in none.
 */
import type { Granularity, Period } from "../../model/fiscalCalendar";
import { periodIndexOf } from "../../model/fiscalCalendar";
import type { Links } from "../link/links";
import { NOWHERE } from "../link/links";
import type { PlanData } from "../store/planData";
import type { GroupSums } from "./aggregate";
import { groupTableFor, keyedSums, sumRows } from "./aggregate";

/** Per row of a date column: the position of the period holding its day, or -1. */
function periodsOfDays(days: Float32Array, size: number, periods: readonly Period[]): Int32Array {
  const out = new Int32Array(size);
  for (let i = 0; i < size; i++) out[i] = periodIndexOf(periods, days[i]);
  return out;
}

/** The sums of each of `periods` (in order and back to back, as `periodsOf` makes them). */
export function aggregateByPeriod(data: PlanData, links: Links, periods: readonly Period[], granularity: Granularity): GroupSums[] {
  const tables = periods.map(() => groupTableFor(data, 1 / Math.max(1, periods.length)));
  const tactic = periodsOfDays(data.tactics.start, data.tactics.size, periods);
  const a = data.allocations;
  const allocation = new Int32Array(a.size);
  for (let i = 0; i < a.size; i++) {
    const t = links.allocationTactic[i];
    allocation[i] = t === NOWHERE ? periodIndexOf(periods, a.authorizedOn[i]) : tactic[t];
  }
  // Joint Plan rows name quarters; a month has no forecast of its own.
  const quarterAt = new Map(periods.map((p, position) => [p.label, position]));
  const jointPlan = Int32Array.from(data.jointPlan, (j) => (granularity === "quarter" && j.period !== "" ? (quarterAt.get(j.period) ?? -1) : -1));
  sumRows(data, links, { tables, tactic, allocation, outcome: periodsOfDays(data.outcomes.date, data.outcomes.size, periods), jointPlan, budgets: false });
  return tables.map((table) => keyedSums(data, links, table));
}
