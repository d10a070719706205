/**
 * Sums every metric per partner, per initiative, per partner x initiative, per tactic type and
 * in total, for the whole plan and each of its periods, in one pass over each table (claims
 * through their tactics' sums, which linking made). A row whose partner is not in the Partners table counts nowhere (SPEC section 4);
 * rows tied to a tactic take its initiative and type.
 */
import type { Sums } from "./figures";
import type { Links } from "../link/links";
import { claimValueAt, isOverdueAt, NOWHERE, outcomeCentsAt } from "../link/links";
import { shortfallAt, unclaimedAt } from "../link/tacticBalance";
import { isPresent, NO_CODE } from "../store/activityColumns";
import { CLAIM_APPROVED, CLAIM_SUBMITTED, isMoneyMetric, METRIC_LEADS, METRIC_OPPORTUNITIES, METRIC_PIPELINE, METRIC_REVENUE } from "../store/codes";
import { NO_ID } from "../store/idDomain";
import type { PlanData } from "../store/planData";
import { unclaimedAfterWindow } from "./fundsAtRisk";
import { GroupTable, Metric } from "./groupTable";
import type { GroupLayer } from "./groupTable";
import { PairFigures } from "./pairFigures";

/** The sums of one layer (the whole plan or a period) by ID key; pairs give their figures when asked. */
export interface LayerSums {
  readonly total: Sums;
  readonly partners: Map<string, Sums>;
  readonly initiatives: Map<string, Sums>;
  readonly pairs: PairFigures;
}

/** The whole plan's sums, which also has them by tactic type. */
export interface GroupSums extends LayerSums {
  /** By the type's name as the plan's list spells it. */
  readonly types: Map<string, Sums>;
}

/**
 * The sums of the whole plan and the layers of each period it was cut into (none when not
 * cut), put under their ID keys by `keyedSums` when a host reads the periods.
 */
export interface PlanSums {
  readonly whole: GroupSums;
  readonly periods: readonly GroupLayer[];
}

/** The metric an outcome's amount adds to. */
function outcomeMetric(metric: number): Metric {
  if (metric === METRIC_REVENUE) return Metric.Revenue;
  if (metric === METRIC_PIPELINE) return Metric.Pipeline;
  if (metric === METRIC_OPPORTUNITIES) return Metric.Opportunities;
  if (metric === METRIC_LEADS) return Metric.Leads;
  return Metric.Deals;
}

/**
 * The period of each row of a plan cut into periods (see periodSums.ts): per tactic,
 * allocation, outcome and Joint Plan row, the position of its period, or -1 for none.
 */
export interface PeriodRoute {
  readonly periods: number;
  readonly tactic: Int32Array;
  readonly allocation: Int32Array;
  readonly outcome: Int32Array;
  readonly jointPlan: Int32Array;
}

/** The period of row `i` by a route's column, -1 when the plan is not cut. */
function periodAt(periods: Int32Array | undefined, i: number): number {
  return periods === undefined ? -1 : periods[i];
}

/**
 * Sums every metric over the plan and, given a route, over each of its periods in the same
 * pass: each row is added to the whole plan and to its period at once.
 */
export function aggregate(data: PlanData, links: Links, route?: PeriodRoute): PlanSums {
  const periods = route?.periods ?? 0;
  // Most rows use pairs the Joint Plan agrees, in the whole plan and again in each period (a
  // pair is active in most quarters); stray ones (a quarter more in the synthetic plans) make
  // the table grow, and it gives back what it did not use once summed.
  const expectedPairs = Math.ceil(data.jointPlan.length * 1.25 * (1 + periods)) + 64;
  const table = new GroupTable(data.partners.length, data.initiatives.length, data.tacticTypes.length, expectedPairs, periods);
  addBudgetsAndForecasts(data, links, table, route);
  addTactics(data, links, table, route);
  addAllocations(data, links, table, route);
  addOutcomes(data, links, table, route);
  addOpenClaims(data, links, table, route);
  const types = new Map<string, Sums>();
  table.typesUsed.forEach((used, code) => {
    if (used) types.set(data.tacticTypes[code].name, table.type(code));
  });
  return {
    whole: { ...keyedSums(data, links, table.layer(0)), types },
    periods: Array.from({ length: periods }, (_, k) => table.layer(k + 1)),
  };
}

/** Budgets (the whole plan's: a period has none) and forecasts (a row naming a quarter also counts in it). */
function addBudgetsAndForecasts(data: PlanData, links: Links, table: GroupTable, route: PeriodRoute | undefined): void {
  data.partners.forEach((p, position) => {
      if (p.id.key === "" || p.mdfBudget === undefined) return;
      const groups = table.select(position, NOWHERE, NO_CODE, -1);
      table.add(groups, Metric.Budget, p.mdfBudget);
      // Counted so that a group none of whose partners has a budget set shows none (null), not 0.
      table.add(groups, Metric.BudgetsSet, 1);
      table.add(groups, Metric.BudgetLeft, p.mdfBudget);
  });
  data.jointPlan.forEach((j, row) => {
    const partner = links.jointPlanPartner[row];
    if (partner === NOWHERE || j.forecastRevenue === undefined) return;
    table.add(table.select(partner, links.jointPlanInitiative[row], NO_CODE, periodAt(route?.jointPlan, row)), Metric.Forecast, j.forecastRevenue);
  });
}

/**
 * Approved tactics' requests, alignment and claim state, and every tactic's counted claims
 * (Spend, Paid): summed per claim while linking, so they are added here once per tactic.
 */
function addTactics(data: PlanData, links: Links, table: GroupTable, route: PeriodRoute | undefined): void {
  const t = data.tactics;
  for (let i = 0; i < t.size; i++) {
    const partner = links.tacticPartner[i];
    const approved = links.approved[i] === 1;
    const claimed = links.hasCountedClaim[i];
    if (partner === NOWHERE || (!approved && claimed === 0)) continue;
    const groups = table.select(partner, links.tacticInitiative[i], t.tacticType[i], periodAt(route?.tactic, i));
    if (claimed === 1) {
      table.add(groups, Metric.Spend, links.counted[i]);
      table.add(groups, Metric.Paid, links.paid[i]);
    }
    if (!approved) continue;
    const requested = isPresent(t.mdfRequested[i]) ? t.mdfRequested[i] : 0;
    table.add(groups, Metric.Requested, requested);
    // The funded part of the request: short only where the partner's own currency says so
    // (tacticBalance.ts), and never above the funding, so Coverage and Alignment stay <= 100 %.
    table.add(groups, Metric.Aligned, Math.min(links.funded[i], requested - shortfallAt(data, links, i)));
    table.add(groups, Metric.ApprovedTactics, 1);
    table.add(groups, Metric.ClaimedTactics, claimed);
    table.add(groups, Metric.OverdueClaims, isOverdueAt(data, links, i) ? 1 : 0);
    table.add(groups, Metric.UnclaimedAfterWindow, unclaimedAfterWindow({ approved, end: t.end[i], unclaimed: unclaimedAt(links, i) }, data.settings));
  }
}

/** Authorized, and what it leaves of its partner's budget (Remaining) where the partner has one. */
function addAllocations(data: PlanData, links: Links, table: GroupTable, route: PeriodRoute | undefined): void {
  const a = data.allocations;
  const budgeted = data.partners.map((p) => p.mdfBudget !== undefined);
  for (let i = 0; i < a.size; i++) {
    const partner = links.partners.positionOf(a.partner[i]);
    const amount = a.amount[i];
    if (partner === NOWHERE || !isPresent(amount)) continue;
    const t = links.allocationTactic[i];
    const initiative = t === NOWHERE ? NOWHERE : links.tacticInitiative[t];
    const type = t === NOWHERE ? NO_CODE : data.tactics.tacticType[t];
    const groups = table.select(partner, initiative, type, periodAt(route?.allocation, i));
    table.add(groups, Metric.Authorized, amount);
    if (budgeted[partner]) table.add(groups, Metric.BudgetLeft, -amount);
  }
}

function addOutcomes(data: PlanData, links: Links, table: GroupTable, route: PeriodRoute | undefined): void {
  const o = data.outcomes;
  for (let i = 0; i < o.size; i++) {
    const partner = links.partners.positionOf(o.partner[i]);
    const metric = o.metric[i];
    if (partner === NOWHERE || metric === NO_CODE || !isPresent(o.value[i])) continue;
    const t = links.outcomeTactic[i];
    // An outcome's own initiative wins; a blank one takes its tactic's.
    const initiative = o.initiative[i] !== NO_ID ? links.initiatives.positionOf(o.initiative[i]) : t === NOWHERE ? NOWHERE : links.tacticInitiative[t];
    const amount = isMoneyMetric(metric) ? outcomeCentsAt(data, i) : o.value[i];
    table.add(table.select(partner, initiative, t === NOWHERE ? NO_CODE : data.tactics.tacticType[t], periodAt(route?.outcome, i)), outcomeMetric(metric), amount);
  }
}

/**
 * Pending (Submitted claims' Amount claimed) and open claims by age: claims Submitted or
 * Approved, each through its tactic, in the age bucket of As of - Submitted on (see
 * `OpenClaimsByAge`). Only open claims are selected, so the pass reads one status per claim.
 */
function addOpenClaims(data: PlanData, links: Links, table: GroupTable, route: PeriodRoute | undefined): void {
  const c = data.claims;
  const asOf = data.settings.asOf;
  for (let i = 0; i < c.size; i++) {
    const status = c.status[i];
    if (status !== CLAIM_SUBMITTED && status !== CLAIM_APPROVED) continue;
    const t = links.claimTactic[i];
    const partner = t === NOWHERE ? NOWHERE : links.tacticPartner[t];
    if (partner === NOWHERE) continue;
    const groups = table.select(partner, links.tacticInitiative[t], data.tactics.tacticType[t], periodAt(route?.tactic, t));
    let amount: number;
    if (status === CLAIM_SUBMITTED) {
      amount = isPresent(c.amountClaimed[i]) ? c.amountClaimed[i] : 0;
      table.add(groups, Metric.Pending, amount);
    } else {
      amount = claimValueAt(data, i);
    }
    const submitted = c.submittedOn[i];
    if (isPresent(submitted)) table.add(groups, ageBucket(asOf - submitted), amount);
  }
}

/** The open-claims bucket of an age in days (a claim dated after As of is 0 days old). */
function ageBucket(days: number): Metric {
  if (days <= 30) return Metric.Open0To30;
  if (days <= 60) return Metric.Open31To60;
  return days <= 90 ? Metric.Open61To90 : Metric.OpenOver90;
}

/** A layer's positional sums under the ID keys. */
export function keyedSums(data: PlanData, links: Links, layer: GroupLayer): LayerSums {
  const keyed = <R extends { readonly id: { readonly key: string } }>(rows: readonly R[], sums: (position: number) => Sums): Map<string, Sums> =>
    new Map(rows.flatMap((r, position) => (r.id.key === "" ? [] : [[r.id.key, sums(position)] as const])));
  return {
    total: layer.total(),
    partners: keyed(data.partners, (p) => layer.partner(p)),
    initiatives: keyed(data.initiatives, (i) => layer.initiative(i)),
    pairs: new PairFigures(layer, links.partners, links.initiatives),
  };
}
