/**
 * Sums every metric per partner, per initiative, per partner x initiative, per tactic type and
 * in total, in one pass over each table (claims through their tactics' sums, which linking
 * made). A row whose partner is not in the Partners table counts nowhere (SPEC section 4);
 * rows tied to a tactic take its initiative and type.
 */
import { pairKey } from "../model/ids";
import { TACTIC_TYPES } from "../model/schema";
import type { TacticType } from "../model/schema";
import type { Sums } from "./figures";
import type { Links } from "./links";
import { isOverdueAt, NOWHERE, outcomeCentsAt, positionOf } from "./links";
import { isPresent, NO_CODE } from "./store/activityColumns";
import { isMoneyMetric, METRIC_LEADS, METRIC_OPPORTUNITIES, METRIC_PIPELINE, METRIC_REVENUE } from "./store/codes";
import { NO_ID } from "./store/idDomain";
import type { PlanData } from "./store/planData";

/** The sums of every group. Keys are ID keys; pairs use `pairKey`. */
export interface GroupSums {
  readonly total: Sums;
  readonly partners: Map<string, Sums>;
  readonly initiatives: Map<string, Sums>;
  readonly pairs: Map<string, Sums>;
  readonly types: Map<TacticType, Sums>;
}

/** Where each metric sits in a group's block of the sums array. */
const enum Metric {
  Budget,
  Requested,
  Authorized,
  Aligned,
  Spend,
  Paid,
  Revenue,
  Pipeline,
  Opportunities,
  Leads,
  Deals,
  Forecast,
  OverdueClaims,
  ApprovedTactics,
  ClaimedTactics,
}
const METRICS = Metric.ClaimedTactics + 1;

/** The most partner x initiative slots given an array of group numbers (else a Map). */
const MAX_PAIR_ARRAY = 1 << 20;

/**
 * The sums while rows are added: one block of METRICS numbers per group in one typed array —
 * the total, each partner and initiative by position, each tactic type by code, and each
 * partner x initiative pair that rows use, numbered on first use. A row selects its groups once
 * and adds each amount to them: to its pair (or, without an initiative, to its partner) and to
 * its tactic type. Partners, initiatives and the total are then summed from the pairs once, by
 * `settle`, rather than per row: a row touches two blocks instead of five. (Every amount is
 * whole cents or a count, and sums are exact up to 2^53, some 90 trillion in currency units,
 * so the order of the additions cannot change them; past that no order is exact.)
 */
class GroupTable {
  private sums: Float64Array;
  private groups: number;
  private readonly partnerBase = 1;
  private readonly initiativeBase: number;
  private readonly typeBase: number;
  /** Group of each pair slot (`p * initiatives + i`), 0 while unused; a Map for huge plans. */
  private readonly pairGroups: Int32Array | Map<number, number>;
  /** Pair slots in the order first used. */
  readonly pairOrder: number[] = [];
  /** Tactic type codes that rows used. */
  readonly typesUsed: Uint8Array;
  /** Block offsets of the groups `select` chose, in `selected[0..count)`. */
  private readonly selected = new Int32Array(3);
  private settled = false;

  /** `expectedPairs`: about how many partner x initiative pairs rows will use (room is made up front). */
  constructor(
    partnerCount: number,
    private readonly initiativeCount: number,
    typeCount: number,
    expectedPairs: number,
  ) {
    this.initiativeBase = this.partnerBase + partnerCount;
    this.typeBase = this.initiativeBase + initiativeCount;
    this.groups = this.typeBase + typeCount;
    this.typesUsed = new Uint8Array(typeCount);
    this.sums = new Float64Array((this.groups + expectedPairs) * METRICS);
    const slots = partnerCount * initiativeCount;
    this.pairGroups = slots <= MAX_PAIR_ARRAY ? new Int32Array(slots) : new Map();
  }

  /** Selects the groups a row counts in (positions, NOWHERE or NO_CODE); returns how many. */
  select(partner: number, initiative: number, type: number): number {
    const selected = this.selected;
    let count = 0;
    if (partner !== NOWHERE) {
      selected[count++] = (initiative === NOWHERE ? this.partnerBase + partner : this.pairGroup(partner * this.initiativeCount + initiative)) * METRICS;
    } else {
      // No partner: nothing to settle from, so the total and the initiative take the row directly.
      selected[count++] = 0;
      if (initiative !== NOWHERE) selected[count++] = (this.initiativeBase + initiative) * METRICS;
    }
    if (type !== NO_CODE) {
      selected[count++] = (this.typeBase + type) * METRICS;
      this.typesUsed[type] = 1;
    }
    return count;
  }

  /** Adds `amount` to a metric of the `count` groups selected last. */
  add(count: number, metric: Metric, amount: number): void {
    for (let k = 0; k < count; k++) this.sums[this.selected[k] + metric] += amount;
  }

  /**
   * Adds each pair into its partner and initiative, and each partner into the total. Called
   * once, after the last row and before the first sums are read.
   */
  settle(): void {
    if (this.settled) return;
    this.settled = true;
    const s = this.sums;
    for (const slot of this.pairOrder) {
      const pair = this.pairGroupOf(slot) * METRICS;
      const partner = (this.partnerBase + Math.floor(slot / this.initiativeCount)) * METRICS;
      const initiative = (this.initiativeBase + (slot % this.initiativeCount)) * METRICS;
      for (let m = 0; m < METRICS; m++) {
        s[partner + m] += s[pair + m];
        s[initiative + m] += s[pair + m];
      }
    }
    for (let p = this.partnerBase; p < this.initiativeBase; p++) for (let m = 0; m < METRICS; m++) s[m] += s[p * METRICS + m];
  }

  /** The sums of the total. */
  total(): Sums {
    return this.sumsOf(0);
  }

  /** The sums of a partner by position. */
  partner(position: number): Sums {
    return this.sumsOf(this.partnerBase + position);
  }

  /** The sums of an initiative by position. */
  initiative(position: number): Sums {
    return this.sumsOf(this.initiativeBase + position);
  }

  /** The sums of a tactic type by code. */
  type(code: number): Sums {
    return this.sumsOf(this.typeBase + code);
  }

  /** The sums of a pair slot that rows used. */
  pair(slot: number): Sums {
    return this.sumsOf(this.pairGroupOf(slot));
  }

  /** The group of a pair slot, 0 while unused. */
  private pairGroupOf(slot: number): number {
    const groups = this.pairGroups;
    return groups instanceof Map ? (groups.get(slot) ?? 0) : groups[slot];
  }

  private pairGroup(slot: number): number {
    const known = this.pairGroupOf(slot);
    return known !== 0 ? known : this.newPair(slot);
  }

  private newPair(slot: number): number {
    const group = this.groups++;
    if ((group + 1) * METRICS > this.sums.length) {
      const grown = new Float64Array(Math.ceil(this.sums.length * 1.5));
      grown.set(this.sums);
      this.sums = grown;
    }
    if (this.pairGroups instanceof Map) this.pairGroups.set(slot, group);
    else this.pairGroups[slot] = group;
    this.pairOrder.push(slot);
    return group;
  }

  private sumsOf(group: number): Sums {
    this.settle();
    const s = this.sums;
    const at = group * METRICS;
    return {
      budget: s[at + Metric.Budget],
      requested: s[at + Metric.Requested],
      authorized: s[at + Metric.Authorized],
      aligned: s[at + Metric.Aligned],
      spend: s[at + Metric.Spend],
      paid: s[at + Metric.Paid],
      revenue: s[at + Metric.Revenue],
      pipeline: s[at + Metric.Pipeline],
      opportunities: s[at + Metric.Opportunities],
      leads: s[at + Metric.Leads],
      deals: s[at + Metric.Deals],
      forecast: s[at + Metric.Forecast],
      overdueClaims: s[at + Metric.OverdueClaims],
      approvedTactics: s[at + Metric.ApprovedTactics],
      claimedTactics: s[at + Metric.ClaimedTactics],
    };
  }
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
  const table = new GroupTable(data.partners.length, data.initiatives.length, TACTIC_TYPES.length, Math.ceil(data.jointPlan.length * 1.5) + 64);
  addBudgetsAndForecasts(data, links, table);
  addTactics(data, links, table);
  addAllocations(data, links, table);
  addOutcomes(data, links, table);
  return keyedSums(data, table);
}

function addBudgetsAndForecasts(data: PlanData, links: Links, table: GroupTable): void {
  data.partners.forEach((p, position) => {
    if (p.id.key === "" || p.mdfBudget === undefined) return;
    table.add(table.select(position, NOWHERE, NO_CODE), Metric.Budget, p.mdfBudget);
  });
  for (const j of data.jointPlan) {
    const partner = j.partnerId ? (links.partnerByKey.get(j.partnerId.key) ?? NOWHERE) : NOWHERE;
    if (partner === NOWHERE || j.forecastRevenue === undefined) continue;
    const initiative = j.initiativeId ? (links.initiativeByKey.get(j.initiativeId.key) ?? NOWHERE) : NOWHERE;
    table.add(table.select(partner, initiative, NO_CODE), Metric.Forecast, j.forecastRevenue);
  }
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
  }
}

function addAllocations(data: PlanData, links: Links, table: GroupTable): void {
  const a = data.allocations;
  for (let i = 0; i < a.size; i++) {
    const partner = positionOf(links.partnerAt, a.partner[i]);
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
    const partner = positionOf(links.partnerAt, o.partner[i]);
    const metric = o.metric[i];
    if (partner === NOWHERE || metric === NO_CODE || !isPresent(o.value[i])) continue;
    const t = links.outcomeTactic[i];
    // An outcome's own initiative wins; a blank one takes its tactic's.
    const initiative = o.initiative[i] !== NO_ID ? links.initiativeAt[o.initiative[i]] : t === NOWHERE ? NOWHERE : links.tacticInitiative[t];
    const amount = isMoneyMetric(metric) ? outcomeCentsAt(data, i) : o.value[i];
    table.add(table.select(partner, initiative, t === NOWHERE ? NO_CODE : data.tactics.tacticType[t]), outcomeMetric(metric), amount);
  }
}

/** The positional sums under the ID keys, pairs in the order they were first used. */
function keyedSums(data: PlanData, table: GroupTable): GroupSums {
  const n = data.initiatives.length;
  const pairs = new Map<string, Sums>();
  for (const slot of table.pairOrder) pairs.set(pairKey(data.partners[Math.floor(slot / n)].id.key, data.initiatives[slot % n].id.key), table.pair(slot));
  const types = new Map<TacticType, Sums>();
  table.typesUsed.forEach((used, code) => {
    if (used) types.set(TACTIC_TYPES[code], table.type(code));
  });
  const keyed = <R extends { readonly id: { readonly key: string } }>(rows: readonly R[], sums: (position: number) => Sums): Map<string, Sums> =>
    new Map(rows.flatMap((r, position) => (r.id.key === "" ? [] : [[r.id.key, sums(position)] as const])));
  return {
    total: table.total(),
    partners: keyed(data.partners, (p) => table.partner(p)),
    initiatives: keyed(data.initiatives, (i) => table.initiative(i)),
    pairs,
    types,
  };
}
