/**
 * Sums every metric per partner, per initiative, per partner x initiative, per tactic type and
 * in total, in one pass over each table. A row whose partner is not in the Partners table counts
 * nowhere (SPEC section 4); rows tied to a tactic take its initiative and type.
 */
import { pairKey } from "../model/ids";
import type { Cents } from "../model/money";
import type { Initiative, Maybe, Plan } from "../model/plan";
import { claimValue, isCounted } from "../model/plan";
import type { OutcomeMetric, TacticType } from "../model/schema";
import type { Sums } from "./figures";
import { emptySums } from "./figures";
import type { PlanIndex } from "./planIndex";
import { isOverdue } from "./planIndex";

/** The sums of every group. Keys are ID keys; pairs use `pairKey`. */
export interface GroupSums {
  readonly total: Sums;
  readonly partners: Map<string, Sums>;
  readonly initiatives: Map<string, Sums>;
  readonly pairs: Map<string, Sums>;
  readonly types: Map<TacticType, Sums>;
}

/** No partner or no initiative: the row counts in neither group. */
const NONE = -1;

/**
 * The sums while rows are added, addressed by position: partners and initiatives in index order,
 * so each row resolves its IDs once and no text key is built per row.
 */
class GroupTable {
  readonly total = emptySums();
  readonly partners: Sums[];
  readonly initiatives: Sums[];
  /** Partner x initiative sums at `p * initiatives + i`, created on first use (most pairs stay empty). */
  readonly pairs = new Map<number, Sums>();
  /** Created on first use too: only types with rows appear. */
  readonly types = new Map<TacticType, Sums>();
  private readonly list: Sums[] = [];

  constructor(partnerCount: number, initiativeCount: number) {
    this.partners = Array.from({ length: partnerCount }, emptySums);
    this.initiatives = Array.from({ length: initiativeCount }, emptySums);
  }

  /** Selects the groups a row counts in (positions or NONE); returns them for adding. */
  of(partner: number, initiative: number, type: Maybe<TacticType>): readonly Sums[] {
    const list = this.list;
    list.length = 0;
    list.push(this.total);
    if (partner !== NONE) list.push(this.partners[partner]);
    if (initiative !== NONE) {
      list.push(this.initiatives[initiative]);
      if (partner !== NONE) list.push(lazy(this.pairs, partner * this.initiatives.length + initiative));
    }
    if (type) list.push(lazy(this.types, type));
    return list;
  }
}

/** The sums under a key, created on first use. */
function lazy<K>(map: Map<K, Sums>, key: K): Sums {
  let s = map.get(key);
  if (!s) {
    s = emptySums();
    map.set(key, s);
  }
  return s;
}

/** Adds an outcome's amount to the sum of its metric. */
function addOutcome(s: Sums, metric: OutcomeMetric, amount: number): void {
  switch (metric) {
    case "Revenue":
      s.revenue += amount;
      break;
    case "Pipeline":
      s.pipeline += amount;
      break;
    case "Opportunities":
      s.opportunities += amount;
      break;
    case "Leads":
      s.leads += amount;
      break;
    case "Deals":
      s.deals += amount;
      break;
  }
}

/** Position of each key in index order. */
function positions(keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((key, position) => [key, position]));
}

/** Sums every metric over the plan. */
export function aggregate(plan: Plan, index: PlanIndex): GroupSums {
  const partnerKeys = [...index.partners.keys()];
  const initiativeKeys = [...index.initiatives.keys()];
  const partnerAt = positions(partnerKeys);
  const initiativeAt = positions(initiativeKeys);
  const partnerOf = (key: Maybe<string>): number => (key === undefined ? NONE : (partnerAt.get(key) ?? NONE));
  const initiativeOf = (i: Maybe<Initiative>): number => (i ? (initiativeAt.get(i.id.key) ?? NONE) : NONE);
  const table = new GroupTable(partnerKeys.length, initiativeKeys.length);

  partnerKeys.forEach((key, position) => {
    const budget = index.partners.get(key)?.mdfBudget;
    if (budget === undefined) return;
    for (const s of table.of(position, NONE, undefined)) s.budget += budget;
  });
  for (const j of plan.jointPlan) {
    const partner = partnerOf(j.partnerId?.key);
    if (partner === NONE || j.forecastRevenue === undefined) continue;
    const initiative = j.initiativeId ? (initiativeAt.get(j.initiativeId.key) ?? NONE) : NONE;
    for (const s of table.of(partner, initiative, undefined)) s.forecast += j.forecastRevenue;
  }
  const { asOf, claimWindowDays } = plan.settings;
  for (const facts of index.tacticFacts) {
    if (!facts.partner || !facts.approved) continue;
    const requested: Cents = facts.tactic.mdfRequested ?? 0;
    const aligned = Math.min(facts.funded, requested);
    const claimed = facts.hasCountedClaim ? 1 : 0;
    const overdue = isOverdue(facts, asOf, claimWindowDays) ? 1 : 0;
    for (const s of table.of(partnerOf(facts.partner.id.key), initiativeOf(facts.initiative), facts.tactic.tacticType)) {
      s.requested += requested;
      s.aligned += aligned;
      s.approvedTactics += 1;
      s.claimedTactics += claimed;
      s.overdueClaims += overdue;
    }
  }
  plan.allocations.forEach((a, position) => {
    const partner = partnerOf(a.partnerId?.key);
    if (partner === NONE || a.amount === undefined) return;
    const facts = index.allocationTactics[position];
    for (const s of table.of(partner, initiativeOf(facts?.initiative), facts?.tactic.tacticType)) s.authorized += a.amount;
  });
  plan.claims.forEach((c, position) => {
    if (!isCounted(c.status)) return;
    const facts = index.claimTactics[position];
    if (!facts?.partner) return;
    const value = claimValue(c);
    const paid = c.status === "Paid" ? value : 0;
    for (const s of table.of(partnerOf(facts.partner.id.key), initiativeOf(facts.initiative), facts.tactic.tacticType)) {
      s.spend += value;
      s.paid += paid;
    }
  });
  plan.outcomes.forEach((o, position) => {
    const partner = partnerOf(o.partnerId?.key);
    const metric = o.metric;
    if (partner === NONE || !metric || o.value === undefined) return;
    const facts = index.outcomeTactics[position];
    const initiative = o.initiativeId ? (initiativeAt.get(o.initiativeId.key) ?? NONE) : initiativeOf(facts?.initiative);
    const amount = metric === "Revenue" || metric === "Pipeline" ? (o.valueCents ?? 0) : o.value;
    for (const s of table.of(partner, initiative, facts?.tactic.tacticType)) addOutcome(s, metric, amount);
  });
  return keyedSums(table, partnerKeys, initiativeKeys);
}

/** The positional sums under today's text keys, pairs in the order they were first used. */
function keyedSums(table: GroupTable, partnerKeys: readonly string[], initiativeKeys: readonly string[]): GroupSums {
  const n = initiativeKeys.length;
  const pairs = new Map<string, Sums>();
  for (const [slot, s] of table.pairs) pairs.set(pairKey(partnerKeys[Math.floor(slot / n)], initiativeKeys[slot % n]), s);
  return {
    total: table.total,
    partners: new Map(partnerKeys.map((key, p) => [key, table.partners[p]])),
    initiatives: new Map(initiativeKeys.map((key, i) => [key, table.initiatives[i]])),
    pairs,
    types: table.types,
  };
}
