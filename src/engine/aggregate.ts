/**
 * Sums every metric per partner, per initiative, per partner x initiative, per tactic type and
 * in total, in one pass over each table. A row whose partner is not in the Partners table counts
 * nowhere (SPEC section 4); rows tied to a tactic take its initiative and type.
 */
import { pairKey } from "../model/ids";
import { TACTIC_TYPES } from "../model/schema";
import type { TacticType } from "../model/schema";
import type { Sums } from "./figures";
import { emptySums } from "./figures";
import type { Links } from "./links";
import { claimValueAt, isOverdueAt, NOWHERE } from "./links";
import { isPresent, NO_CODE } from "./store/activityColumns";
import { CLAIM_PAID, isCountedCode, isMoneyMetric, METRIC_DEALS, METRIC_LEADS, METRIC_OPPORTUNITIES, METRIC_PIPELINE, METRIC_REVENUE } from "./store/codes";
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

/** The most partner x initiative slots kept in an array. */
const MAX_PAIR_ARRAY = 1 << 20;

/**
 * The sums while rows are added, addressed by position: partners and initiatives by their row
 * in their table, tactic types by code, so each row finds its groups without a text key.
 */
class GroupTable {
  readonly total = emptySums();
  readonly partners: Sums[];
  readonly initiatives: Sums[];
  /** Partner x initiative sums at `p * initiatives + i`, created on first use (most pairs stay empty). */
  readonly pairs = new Map<number, Sums>();
  /**
   * The same sums by slot in an array, when the slots are few enough for one: a row then finds
   * its pair without hashing. Plans with very many partners and initiatives use the Map alone.
   */
  private readonly pairArray: (Sums | undefined)[] | null;
  /** By tactic type code, created on first use: only types with rows appear. */
  readonly types: (Sums | undefined)[] = [];
  /** The groups `select` chose, in `selected[0..count)`: at most total, partner, initiative, pair, type. */
  readonly selected: Sums[];

  constructor(partnerCount: number, initiativeCount: number) {
    this.partners = Array.from({ length: partnerCount }, emptySums);
    this.initiatives = Array.from({ length: initiativeCount }, emptySums);
    const slots = partnerCount * initiativeCount;
    this.pairArray = slots <= MAX_PAIR_ARRAY ? new Array<Sums | undefined>(slots).fill(undefined) : null;
    this.selected = [this.total, this.total, this.total, this.total, this.total];
  }

  /**
   * Selects the groups a row counts in (positions, NOWHERE or NO_CODE) into `selected` and
   * returns how many there are. Callers add to `selected[0..count)`; nothing is allocated.
   */
  select(partner: number, initiative: number, type: number): number {
    const selected = this.selected;
    let count = 1;
    if (partner !== NOWHERE) selected[count++] = this.partners[partner];
    if (initiative !== NOWHERE) {
      selected[count++] = this.initiatives[initiative];
      if (partner !== NOWHERE) selected[count++] = this.pair(partner * this.initiatives.length + initiative);
    }
    if (type !== NO_CODE) selected[count++] = this.types[type] ??= emptySums();
    return count;
  }

  private pair(slot: number): Sums {
    let s = this.pairArray ? this.pairArray[slot] : this.pairs.get(slot);
    if (!s) {
      s = emptySums();
      this.pairs.set(slot, s);
      if (this.pairArray) this.pairArray[slot] = s;
    }
    return s;
  }
}

/** Adds an outcome's amount to the sum of its metric. */
function addOutcome(s: Sums, metric: number, amount: number): void {
  if (metric === METRIC_REVENUE) s.revenue += amount;
  else if (metric === METRIC_PIPELINE) s.pipeline += amount;
  else if (metric === METRIC_OPPORTUNITIES) s.opportunities += amount;
  else if (metric === METRIC_LEADS) s.leads += amount;
  else if (metric === METRIC_DEALS) s.deals += amount;
}

/** Sums every metric over the plan. */
export function aggregate(data: PlanData, links: Links): GroupSums {
  const table = new GroupTable(data.partners.length, data.initiatives.length);
  addBudgetsAndForecasts(data, links, table);
  addTactics(data, links, table);
  addAllocations(data, links, table);
  addClaims(data, links, table);
  addOutcomes(data, links, table);
  return keyedSums(data, table);
}

function addBudgetsAndForecasts(data: PlanData, links: Links, table: GroupTable): void {
  data.partners.forEach((p, position) => {
    if (p.id.key === "" || p.mdfBudget === undefined) return;
    const count = table.select(position, NOWHERE, NO_CODE);
    for (let k = 0; k < count; k++) {
      const s = table.selected[k];
      s.budget += p.mdfBudget;
    }
  });
  for (const j of data.jointPlan) {
    const partner = j.partnerId ? (links.partnerByKey.get(j.partnerId.key) ?? NOWHERE) : NOWHERE;
    if (partner === NOWHERE || j.forecastRevenue === undefined) continue;
    const initiative = j.initiativeId ? (links.initiativeByKey.get(j.initiativeId.key) ?? NOWHERE) : NOWHERE;
    const count = table.select(partner, initiative, NO_CODE);
    for (let k = 0; k < count; k++) {
      const s = table.selected[k];
      s.forecast += j.forecastRevenue;
    }
  }
}

function addTactics(data: PlanData, links: Links, table: GroupTable): void {
  const t = data.tactics;
  for (let i = 0; i < t.size; i++) {
    const partner = links.tacticPartner[i];
    if (partner === NOWHERE || links.approved[i] === 0) continue;
    const requested = isPresent(t.mdfRequested[i]) ? t.mdfRequested[i] : 0;
    const aligned = Math.min(links.funded[i], requested);
    const claimed = links.hasCountedClaim[i];
    const overdue = isOverdueAt(data, links, i) ? 1 : 0;
    const count = table.select(partner, links.tacticInitiative[i], t.tacticType[i]);
    for (let k = 0; k < count; k++) {
      const s = table.selected[k];
      s.requested += requested;
      s.aligned += aligned;
      s.approvedTactics += 1;
      s.claimedTactics += claimed;
      s.overdueClaims += overdue;
    }
  }
}

function addAllocations(data: PlanData, links: Links, table: GroupTable): void {
  const a = data.allocations;
  for (let i = 0; i < a.size; i++) {
    const partner = links.allocationPartner[i];
    const amount = a.amount[i];
    if (partner === NOWHERE || !isPresent(amount)) continue;
    const t = links.allocationTactic[i];
    const initiative = t === NOWHERE ? NOWHERE : links.tacticInitiative[t];
    const type = t === NOWHERE ? NO_CODE : data.tactics.tacticType[t];
    const count = table.select(partner, initiative, type);
    for (let k = 0; k < count; k++) {
      const s = table.selected[k];
      s.authorized += amount;
    }
  }
}

function addClaims(data: PlanData, links: Links, table: GroupTable): void {
  const c = data.claims;
  for (let i = 0; i < c.size; i++) {
    if (!isCountedCode(c.status[i])) continue;
    const t = links.claimTactic[i];
    if (t === NOWHERE || links.tacticPartner[t] === NOWHERE) continue;
    const value = claimValueAt(data, i);
    const paid = c.status[i] === CLAIM_PAID ? value : 0;
    const count = table.select(links.tacticPartner[t], links.tacticInitiative[t], data.tactics.tacticType[t]);
    for (let k = 0; k < count; k++) {
      const s = table.selected[k];
      s.spend += value;
      s.paid += paid;
    }
  }
}

function addOutcomes(data: PlanData, links: Links, table: GroupTable): void {
  const o = data.outcomes;
  for (let i = 0; i < o.size; i++) {
    const partner = links.outcomePartner[i];
    const metric = o.metric[i];
    if (partner === NOWHERE || metric === NO_CODE || !isPresent(o.value[i])) continue;
    const t = links.outcomeTactic[i];
    // An outcome's own initiative wins; a blank one takes its tactic's.
    const initiative = o.initiative[i] !== NO_ID ? links.outcomeInitiative[i] : t === NOWHERE ? NOWHERE : links.tacticInitiative[t];
    const amount = isMoneyMetric(metric) ? (isPresent(o.valueCents[i]) ? o.valueCents[i] : 0) : o.value[i];
    const count = table.select(partner, initiative, t === NOWHERE ? NO_CODE : data.tactics.tacticType[t]);
    for (let k = 0; k < count; k++) {
      const s = table.selected[k];
      addOutcome(s, metric, amount);
    }
  }
}

/** The positional sums under the ID keys, pairs in the order they were first used. */
function keyedSums(data: PlanData, table: GroupTable): GroupSums {
  const n = data.initiatives.length;
  const pairs = new Map<string, Sums>();
  for (const [slot, s] of table.pairs) pairs.set(pairKey(data.partners[Math.floor(slot / n)].id.key, data.initiatives[slot % n].id.key), s);
  const types = new Map<TacticType, Sums>();
  table.types.forEach((s, code) => {
    if (s) types.set(TACTIC_TYPES[code], s);
  });
  const keyed = <R extends { readonly id: { readonly key: string } }>(rows: readonly R[], sums: readonly Sums[]): Map<string, Sums> =>
    new Map(rows.map((r, position) => [r.id.key, sums[position]] as const).filter(([key]) => key !== ""));
  return { total: table.total, partners: keyed(data.partners, table.partners), initiatives: keyed(data.initiatives, table.initiatives), pairs, types };
}
