/**
 * Indexes the plan once by ID so every rule and figure is a lookup, never a scan inside a scan.
 * Also derives the per-tactic facts the rules and metrics share: funding, counted claims,
 * whether any live claim exists.
 */
import { pairKey } from "../model/ids";
import type { Cents } from "../model/money";
import type { Id, Initiative, Maybe, Partner, Plan, Tactic } from "../model/plan";
import { claimValue, isApproved, isCounted } from "../model/plan";

/** Money and claim facts about one tactic. */
export interface TacticFacts {
  readonly tactic: Tactic;
  /** The tactic's partner when it is in the Partners table. */
  readonly partner: Maybe<Partner>;
  /** The tactic's initiative when it is in the Initiatives table. */
  readonly initiative: Maybe<Initiative>;
  readonly approved: boolean;
  /** Funded(t): allocations tied to the tactic, from the tactic's own partner. */
  funded: Cents;
  /** Sum of counted claim values. */
  counted: Cents;
  /** Sum of Paid claim values. */
  paid: Cents;
  /** True when at least one counted claim exists. */
  hasCountedClaim: boolean;
  /** True when a claim is Submitted, Approved or Paid (it is not overdue). */
  hasLiveClaim: boolean;
}

/** Lookups over a plan. */
export interface PlanIndex {
  readonly partners: ReadonlyMap<string, Partner>;
  readonly initiatives: ReadonlyMap<string, Initiative>;
  readonly tactics: ReadonlyMap<string, TacticFacts>;
  /** Facts for every tactic row, in sheet order (tactics without an ID included). */
  readonly tacticFacts: readonly TacticFacts[];
  /** Keys of the agreed (partner, initiative) pairs. */
  readonly jointPairs: ReadonlySet<string>;
  /** The tactic of each allocation, aligned with `plan.allocations` (undefined: no or unknown Tactic ID). */
  readonly allocationTactics: readonly Maybe<TacticFacts>[];
  /** The tactic of each claim, aligned with `plan.claims`. */
  readonly claimTactics: readonly Maybe<TacticFacts>[];
  /** The tactic of each outcome, aligned with `plan.outcomes`. */
  readonly outcomeTactics: readonly Maybe<TacticFacts>[];
}

/** Builds the index in one pass over each table. */
export function indexPlan(plan: Plan): PlanIndex {
  const partners = new Map<string, Partner>();
  for (const p of plan.partners) if (p.id.key !== "") partners.set(p.id.key, p);
  const initiatives = new Map<string, Initiative>();
  for (const i of plan.initiatives) if (i.id.key !== "") initiatives.set(i.id.key, i);
  const jointPairs = new Set<string>();
  for (const j of plan.jointPlan) if (j.partnerId && j.initiativeId) jointPairs.add(pairKey(j.partnerId.key, j.initiativeId.key));

  const tactics = new Map<string, TacticFacts>();
  const tacticFacts: TacticFacts[] = [];
  for (const t of plan.tactics) {
    const facts: TacticFacts = {
      tactic: t,
      partner: t.partnerId ? partners.get(t.partnerId.key) : undefined,
      initiative: t.initiativeId ? initiatives.get(t.initiativeId.key) : undefined,
      approved: isApproved(t.status),
      funded: 0,
      counted: 0,
      paid: 0,
      hasCountedClaim: false,
      hasLiveClaim: false,
    };
    tacticFacts.push(facts);
    if (t.id) tactics.set(t.id.key, facts);
  }
  // Each row's tactic is looked up here once; the rules and sums read it by row position.
  const tacticOf = (row: { readonly tacticId: Maybe<Id> }): Maybe<TacticFacts> => (row.tacticId ? tactics.get(row.tacticId.key) : undefined);
  const allocationTactics = plan.allocations.map(tacticOf);
  const claimTactics = plan.claims.map(tacticOf);
  const outcomeTactics = plan.outcomes.map(tacticOf);
  plan.allocations.forEach((a, position) => {
    const facts = allocationTactics[position];
    if (!facts || a.amount === undefined || !a.partnerId) return;
    if (facts.partner && facts.partner.id.key === a.partnerId.key) facts.funded += a.amount;
  });
  plan.claims.forEach((c, position) => {
    const facts = claimTactics[position];
    if (!facts) return;
    if (c.status === "Submitted" || c.status === "Approved" || c.status === "Paid") facts.hasLiveClaim = true;
    if (isCounted(c.status)) {
      const value = claimValue(c);
      facts.counted += value;
      facts.hasCountedClaim = true;
      if (c.status === "Paid") facts.paid += value;
    }
  });
  return { partners, initiatives, tactics, tacticFacts, jointPairs, allocationTactics, claimTactics, outcomeTactics };
}

/** True when an approved tactic's claim is overdue on `asOf`: End + window passed, no live claim. */
export function isOverdue(facts: TacticFacts, asOf: number, claimWindowDays: number): boolean {
  const end = facts.tactic.end;
  return facts.approved && !facts.hasLiveClaim && end !== undefined && end + claimWindowDays < asOf;
}
