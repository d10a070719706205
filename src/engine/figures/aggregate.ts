/**
 * Sums every metric per partner, per initiative, per partner x initiative, per tactic type and
 * in total, in one pass over each table (claims through their tactics' sums, which linking
 * made). A row whose partner is not in the Partners table counts nowhere (SPEC section 4);
 * rows tied to a tactic take its initiative and type.
 */
import type { Sums } from "./figures";
import type { Links } from "../link/links";
import { isOverdueAt, NOWHERE, outcomeCentsAt } from "../link/links";
import { isPresent, NO_CODE } from "../store/activityColumns";
import { isMoneyMetric, METRIC_LEADS, METRIC_OPPORTUNITIES, METRIC_PIPELINE, METRIC_REVENUE } from "../store/codes";
import { NO_ID } from "../store/idDomain";
import type { PlanData } from "../store/planData";
import { unclaimedAfterWindow } from "./fundsAtRisk";
import { GroupTable, Metric } from "./groupTable";
import { PairFigures } from "./pairFigures";

/** The sums of every group, by ID key; pairs give their figures when asked. */
export interface GroupSums {
  readonly total: Sums;
  readonly partners: Map<string, Sums>;
  readonly initiatives: Map<string, Sums>;
  readonly pairs: PairFigures;
  /** By the type's name as the plan's list spells it. */
  readonly types: Map<string, Sums>;
}

/** The metric an outcome's amount adds to. */
function outcomeMetric(metric: number): Metric {
  if (metric === METRIC_REVENUE) return Metric.Revenue;
  if (metric === METRIC_PIPELINE) return Metric.Pipeline;
  if (metric === METRIC_OPPORTUNITIES) return Metric.Opportunities;
  if (metric === METRIC_LEADS) return Metric.Leads;
  return Metric.Deals;
}

/** Sums every metric over the plan. */
export function aggregate(data: PlanData, links: Links): GroupSums {
  // Most rows use pairs the Joint Plan agrees; stray ones (a third more in the synthetic plans) make the table grow.
  const table = new GroupTable(data.partners.length, data.initiatives.length, data.tacticTypes.length, Math.ceil(data.jointPlan.length * 1.5) + 64);
  addBudgetsAndForecasts(data, links, table);
  addTactics(data, links, table);
  addAllocations(data, links, table);
  addOutcomes(data, links, table);
  return keyedSums(data, links, table);
}

function addBudgetsAndForecasts(data: PlanData, links: Links, table: GroupTable): void {
  data.partners.forEach((p, position) => {
    if (p.id.key === "" || p.mdfBudget === undefined) return;
    const groups = table.select(position, NOWHERE, NO_CODE);
    table.add(groups, Metric.Budget, p.mdfBudget);
    // Counted so that a group none of whose partners has a budget set shows none (null), not 0.
    table.add(groups, Metric.BudgetsSet, 1);
  });
  data.jointPlan.forEach((j, row) => {
    const partner = links.jointPlanPartner[row];
    if (partner === NOWHERE || j.forecastRevenue === undefined) return;
    table.add(table.select(partner, links.jointPlanInitiative[row], NO_CODE), Metric.Forecast, j.forecastRevenue);
  });
}

/**
 * Approved tactics' requests, alignment and claim state, and every tactic's counted claims
 * (Spend, Paid): summed per claim while linking, so they are added here once per tactic.
 */
function addTactics(data: PlanData, links: Links, table: GroupTable): void {
  const t = data.tactics;
  for (let i = 0; i < t.size; i++) {
    const partner = links.tacticPartner[i];
    const approved = links.approved[i] === 1;
    const claimed = links.hasCountedClaim[i];
    if (partner === NOWHERE || (!approved && claimed === 0)) continue;
    const groups = table.select(partner, links.tacticInitiative[i], t.tacticType[i]);
    if (claimed === 1) {
      table.add(groups, Metric.Spend, links.counted[i]);
      table.add(groups, Metric.Paid, links.paid[i]);
    }
    if (!approved) continue;
    const requested = isPresent(t.mdfRequested[i]) ? t.mdfRequested[i] : 0;
    table.add(groups, Metric.Requested, requested);
    table.add(groups, Metric.Aligned, Math.min(links.funded[i], requested));
    table.add(groups, Metric.ApprovedTactics, 1);
    table.add(groups, Metric.ClaimedTactics, claimed);
    table.add(groups, Metric.OverdueClaims, isOverdueAt(data, links, i) ? 1 : 0);
    table.add(groups, Metric.UnclaimedAfterWindow, unclaimedAfterWindow({ approved, end: t.end[i], funded: links.funded[i], claimed: links.liveClaimed[i] }, data.settings));
  }
}

function addAllocations(data: PlanData, links: Links, table: GroupTable): void {
  const a = data.allocations;
  for (let i = 0; i < a.size; i++) {
    const partner = links.partners.positionOf(a.partner[i]);
    const amount = a.amount[i];
    if (partner === NOWHERE || !isPresent(amount)) continue;
    const t = links.allocationTactic[i];
    const initiative = t === NOWHERE ? NOWHERE : links.tacticInitiative[t];
    const type = t === NOWHERE ? NO_CODE : data.tactics.tacticType[t];
    table.add(table.select(partner, initiative, type), Metric.Authorized, amount);
  }
}

function addOutcomes(data: PlanData, links: Links, table: GroupTable): void {
  const o = data.outcomes;
  for (let i = 0; i < o.size; i++) {
    const partner = links.partners.positionOf(o.partner[i]);
    const metric = o.metric[i];
    if (partner === NOWHERE || metric === NO_CODE || !isPresent(o.value[i])) continue;
    const t = links.outcomeTactic[i];
    // An outcome's own initiative wins; a blank one takes its tactic's.
    const initiative = o.initiative[i] !== NO_ID ? links.initiatives.positionOf(o.initiative[i]) : t === NOWHERE ? NOWHERE : links.tacticInitiative[t];
    const amount = isMoneyMetric(metric) ? outcomeCentsAt(data, i) : o.value[i];
    table.add(table.select(partner, initiative, t === NOWHERE ? NO_CODE : data.tactics.tacticType[t]), outcomeMetric(metric), amount);
  }
}

/** The positional sums under the ID keys. */
function keyedSums(data: PlanData, links: Links, table: GroupTable): GroupSums {
  const types = new Map<string, Sums>();
  table.typesUsed.forEach((used, code) => {
    if (used) types.set(data.tacticTypes[code].name, table.type(code));
  });
  const keyed = <R extends { readonly id: { readonly key: string } }>(rows: readonly R[], sums: (position: number) => Sums): Map<string, Sums> =>
    new Map(rows.flatMap((r, position) => (r.id.key === "" ? [] : [[r.id.key, sums(position)] as const])));
  return {
    total: table.total(),
    partners: keyed(data.partners, (p) => table.partner(p)),
    initiatives: keyed(data.initiatives, (i) => table.initiative(i)),
    pairs: new PairFigures(table, links.partners, links.initiatives),
    types,
  };
}
