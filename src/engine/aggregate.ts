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

/** The groups one row counts in: its partner, and optionally an initiative and a tactic type. */
class Targets {
  private readonly list: Sums[] = [];

  constructor(private readonly groups: GroupSums) {}

  /** Selects the groups for a row; returns them for adding. */
  of(partnerKey: string, initiative: Maybe<Initiative>, type: Maybe<TacticType>): readonly Sums[] {
    const g = this.groups;
    this.list.length = 0;
    this.list.push(g.total);
    const partner = g.partners.get(partnerKey);
    if (partner) this.list.push(partner);
    if (initiative) {
      const i = g.initiatives.get(initiative.id.key);
      if (i) this.list.push(i);
      if (partner) this.list.push(lazy(g.pairs, pairKey(partnerKey, initiative.id.key)));
    }
    if (type) this.list.push(lazy(g.types, type));
    return this.list;
  }
}

/** The sums under a key, created on first use (pairs and types are sparse). */
function lazy<K>(map: Map<K, Sums>, key: K): Sums {
  let s = map.get(key);
  if (!s) {
    s = emptySums();
    map.set(key, s);
  }
  return s;
}

const OUTCOME_FIELD: Record<OutcomeMetric, "revenue" | "pipeline" | "opportunities" | "leads" | "deals"> = {
  Revenue: "revenue",
  Pipeline: "pipeline",
  Opportunities: "opportunities",
  Leads: "leads",
  Deals: "deals",
};

/** Sums every metric over the plan. */
export function aggregate(plan: Plan, index: PlanIndex): GroupSums {
  const groups: GroupSums = { total: emptySums(), partners: new Map(), initiatives: new Map(), pairs: new Map(), types: new Map() };
  for (const p of index.partners.values()) groups.partners.set(p.id.key, emptySums());
  for (const i of index.initiatives.values()) groups.initiatives.set(i.id.key, emptySums());
  const targets = new Targets(groups);

  for (const p of index.partners.values()) {
    if (p.mdfBudget === undefined) continue;
    for (const s of targets.of(p.id.key, undefined, undefined)) s.budget += p.mdfBudget;
  }
  for (const j of plan.jointPlan) {
    if (!j.partnerId || !index.partners.has(j.partnerId.key) || j.forecastRevenue === undefined) continue;
    const initiative = j.initiativeId ? index.initiatives.get(j.initiativeId.key) : undefined;
    for (const s of targets.of(j.partnerId.key, initiative, undefined)) s.forecast += j.forecastRevenue;
  }
  const { asOf, claimWindowDays } = plan.settings;
  for (const facts of index.tacticFacts) {
    if (!facts.partner || !facts.approved) continue;
    const requested: Cents = facts.tactic.mdfRequested ?? 0;
    const aligned = Math.min(facts.funded, requested);
    const claimed = facts.hasCountedClaim ? 1 : 0;
    const overdue = isOverdue(facts, asOf, claimWindowDays) ? 1 : 0;
    for (const s of targets.of(facts.partner.id.key, facts.initiative, facts.tactic.tacticType)) {
      s.requested += requested;
      s.aligned += aligned;
      s.approvedTactics += 1;
      s.claimedTactics += claimed;
      s.overdueClaims += overdue;
    }
  }
  for (const a of plan.allocations) {
    if (!a.partnerId || a.amount === undefined || !index.partners.has(a.partnerId.key)) continue;
    const facts = a.tacticId ? index.tactics.get(a.tacticId.key) : undefined;
    for (const s of targets.of(a.partnerId.key, facts?.initiative, facts?.tactic.tacticType)) s.authorized += a.amount;
  }
  for (const c of plan.claims) {
    if (!isCounted(c.status) || !c.tacticId) continue;
    const facts = index.tactics.get(c.tacticId.key);
    if (!facts?.partner) continue;
    const value = claimValue(c);
    const paid = c.status === "Paid" ? value : 0;
    for (const s of targets.of(facts.partner.id.key, facts.initiative, facts.tactic.tacticType)) {
      s.spend += value;
      s.paid += paid;
    }
  }
  for (const o of plan.outcomes) {
    if (!o.partnerId || !o.metric || o.value === undefined || !index.partners.has(o.partnerId.key)) continue;
    const facts = o.tacticId ? index.tactics.get(o.tacticId.key) : undefined;
    const initiative = o.initiativeId ? index.initiatives.get(o.initiativeId.key) : facts?.initiative;
    const field = OUTCOME_FIELD[o.metric];
    const amount = field === "revenue" || field === "pipeline" ? (o.valueCents ?? 0) : o.value;
    for (const s of targets.of(o.partnerId.key, initiative, facts?.tactic.tacticType)) s[field] += amount;
  }
  return groups;
}
