/**
 * The plan's lookups as row records, for hosts and views: partners, initiatives and tactics by
 * ID key, each tactic's money and claim facts, each row's tactic. Built from the engine's links
 * (links.ts); the per-tactic parts only when first asked for.
 */
import { pairKey } from "../../model/ids";
import type { Cents } from "../../model/money";
import type { Initiative, Maybe, Partner, Plan, Tactic } from "../../model/plan";
import { OUTCOME_METRICS } from "../../model/schema";
import type { Links } from "../link/links";
import { isClaimOverdue, NOWHERE, outcomeCentsAt } from "../link/links";
import { shortfallAt, unclaimedAt } from "../link/tacticBalance";
import type { PlanData } from "../store/planData";

/** Money and claim facts about one tactic. */
export interface TacticFacts {
  readonly tactic: Tactic;
  /** The tactic's partner when it is in the Partners table. */
  readonly partner: Maybe<Partner>;
  /** The tactic's initiative when it is in the Initiatives table. */
  readonly initiative: Maybe<Initiative>;
  readonly approved: boolean;
  /** Funded(t): allocations tied to the tactic, from the tactic's own partner. */
  readonly funded: Cents;
  /** Sum of counted claim values. */
  readonly counted: Cents;
  /** Sum of Paid claim values. */
  readonly paid: Cents;
  /** True when at least one counted claim exists. */
  readonly hasCountedClaim: boolean;
  /** True when a claim is Submitted, Approved or Paid (it is not overdue). */
  readonly hasLiveClaim: boolean;
  /** What its Submitted, Approved and Paid claims claimed. */
  readonly liveClaimed: Cents;
  /** How far its funding falls short of its MDF requested (0 when it does not; see `shortfallAt`). */
  readonly shortfall: Cents;
  /** Funding its live claims have not claimed, never below 0 (see `unclaimedAt`). */
  readonly unclaimed: Cents;
  /**
   * When its partner works in another currency: the amounts in that currency, in which the
   * shortfall and what is unclaimed were decided (MDF requested absent: 0).
   */
  readonly own?: OwnTacticFacts;
}

/** A tactic's amounts in its partner's own currency. */
export interface OwnTacticFacts {
  /** ISO 4217 code. */
  readonly currency: string;
  readonly requested: Cents;
  readonly funded: Cents;
  readonly liveClaimed: Cents;
}

/** What each tactic's outcomes and claims add up to, by tactic position (as `tacticFacts`). */
export interface TacticActuals {
  /** Cents of its Revenue and Pipeline outcomes. */
  readonly revenue: Float64Array;
  readonly pipeline: Float64Array;
  /** Its Opportunities outcomes' values. */
  readonly opportunities: Float64Array;
  /** Claims filed against it, whatever their status. */
  readonly claims: Int32Array;
}

/** Lookups over a plan. */
export interface PlanIndex {
  readonly partners: ReadonlyMap<string, Partner>;
  readonly initiatives: ReadonlyMap<string, Initiative>;
  readonly tactics: ReadonlyMap<string, TacticFacts>;
  /** Facts for every tactic row, in sheet order (tactics without an ID included). */
  readonly tacticFacts: readonly TacticFacts[];
  /** Keys of the agreed (partner, initiative) pairs whose partner and initiative are in their tables. */
  readonly jointPairs: ReadonlySet<string>;
  /** The tactic of each allocation, aligned with `plan.allocations` (undefined: no or unknown Tactic ID). */
  readonly allocationTactics: readonly Maybe<TacticFacts>[];
  /** The tactic of each claim, aligned with `plan.claims`. */
  readonly claimTactics: readonly Maybe<TacticFacts>[];
  /** The tactic of each outcome, aligned with `plan.outcomes`. */
  readonly outcomeTactics: readonly Maybe<TacticFacts>[];
  /** Each tactic's outcomes and claims summed from the columns (no row records made). */
  readonly tacticActuals: TacticActuals;
}

/** The index of a plan view; tactic facts and row lookups are built on first access. */
export function planIndex(plan: Plan, data: PlanData, links: Links): PlanIndex {
  let facts: TacticFacts[] | undefined;
  let byKey: Map<string, TacticFacts> | undefined;
  const tacticFacts = (): TacticFacts[] => (facts ??= buildFacts(plan, data, links));
  const tacticsOf = (positions: Int32Array): Maybe<TacticFacts>[] => {
    const all = tacticFacts();
    return Array.from(positions, (t) => (t === NOWHERE ? undefined : all[t]));
  };
  let allocationTactics: Maybe<TacticFacts>[] | undefined;
  let claimTactics: Maybe<TacticFacts>[] | undefined;
  let outcomeTactics: Maybe<TacticFacts>[] | undefined;
  let tacticActuals: TacticActuals | undefined;
  const jointPairs = new Set<string>();
  data.jointPlan.forEach((_, j) => {
    const partner = links.jointPlanPartner[j];
    const initiative = links.jointPlanInitiative[j];
    if (partner !== NOWHERE && initiative !== NOWHERE) jointPairs.add(pairKey(data.partners[partner].id.key, data.initiatives[initiative].id.key));
  });
  return {
    partners: links.partners.byKey,
    initiatives: links.initiatives.byKey,
    get tactics() {
      return (byKey ??= new Map(tacticFacts().flatMap((f) => (f.tactic.id ? [[f.tactic.id.key, f] as const] : []))));
    },
    get tacticFacts() {
      return tacticFacts();
    },
    jointPairs,
    get allocationTactics() {
      return (allocationTactics ??= tacticsOf(links.allocationTactic));
    },
    get claimTactics() {
      return (claimTactics ??= tacticsOf(links.claimTactic));
    },
    get outcomeTactics() {
      return (outcomeTactics ??= tacticsOf(links.outcomeTactic));
    },
    get tacticActuals() {
      return (tacticActuals ??= sumActuals(data, links));
    },
  };
}

const REVENUE = OUTCOME_METRICS.indexOf("Revenue");
const PIPELINE = OUTCOME_METRICS.indexOf("Pipeline");
const OPPORTUNITIES = OUTCOME_METRICS.indexOf("Opportunities");

/** Sums each tactic's outcomes by metric and counts its claims, over the columns. */
function sumActuals(data: PlanData, links: Links): TacticActuals {
  const count = data.tactics.size;
  const actuals = { revenue: new Float64Array(count), pipeline: new Float64Array(count), opportunities: new Float64Array(count), claims: new Int32Array(count) };
  const { metric, value } = data.outcomes;
  for (let i = 0; i < data.outcomes.size; i++) {
    const t = links.outcomeTactic[i];
    if (t === NOWHERE) continue;
    const code = metric[i];
    if (code === REVENUE || code === PIPELINE) {
      const cents = outcomeCentsAt(data, i);
      if (cents === cents) (code === REVENUE ? actuals.revenue : actuals.pipeline)[t] += cents;
    } else if (code === OPPORTUNITIES && value[i] === value[i]) {
      actuals.opportunities[t] += value[i];
    }
  }
  for (let i = 0; i < data.claims.size; i++) {
    const t = links.claimTactic[i];
    if (t !== NOWHERE) actuals.claims[t] += 1;
  }
  return actuals;
}

function buildFacts(plan: Plan, data: PlanData, links: Links): TacticFacts[] {
  return plan.tactics.map((tactic, t) => ({
    tactic,
    partner: links.tacticPartner[t] === NOWHERE ? undefined : data.partners[links.tacticPartner[t]],
    initiative: links.tacticInitiative[t] === NOWHERE ? undefined : data.initiatives[links.tacticInitiative[t]],
    approved: links.approved[t] === 1,
    funded: links.funded[t],
    counted: links.counted[t],
    paid: links.paid[t],
    hasCountedClaim: links.hasCountedClaim[t] === 1,
    hasLiveClaim: links.hasLiveClaim[t] === 1,
    liveClaimed: links.liveClaimed[t],
    shortfall: shortfallAt(data, links, t),
    unclaimed: unclaimedAt(links, t),
    own: ownFacts(data, links, t),
  }));
}

function ownFacts(data: PlanData, links: Links, t: number): OwnTacticFacts | undefined {
  const partner = links.tacticPartner[t];
  if (links.own === undefined || partner === NOWHERE || links.own.foreign[partner] === 0) return undefined;
  const requested = links.own.requested[t];
  return {
    currency: data.partners[partner].currency,
    requested: requested === requested ? requested : 0,
    funded: links.own.funded[t],
    liveClaimed: links.own.liveClaimed[t],
  };
}

/** True when an approved tactic's claim is overdue on `asOf` (the engine's one rule, `isClaimOverdue`). */
export function isOverdue(facts: TacticFacts, asOf: number, claimWindowDays: number): boolean {
  return isClaimOverdue(facts.approved, facts.hasLiveClaim, facts.tactic.end, { asOf, claimWindowDays });
}
