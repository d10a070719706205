/**
 * Links the rows of a parsed plan once, so every rule and sum is an array access, never a scan
 * inside a scan or a text lookup per row: which partner, initiative and tactic each row points
 * at (as positions in their tables), and the per-tactic facts the rules and metrics share —
 * funding, counted and paid claims, whether a live claim exists.
 */
import type { Initiative, Partner } from "../../model/plan";
import { isPresent } from "../store/activityColumns";
import { unitsToCents } from "../../model/money";
import { CLAIM_PAID, CLAIM_SUBMITTED, isApprovedCode, isCountedCode, isMoneyMetric } from "../store/codes";
import type { IdDomain } from "../store/idDomain";
import { NO_ID } from "../store/idDomain";
import { PairMarks } from "../store/pairMarks";
import type { PlanData } from "../store/planData";
import { NOWHERE, RowLookup } from "./rowLookup";
import { ownTacticSums } from "./tacticBalance";
import type { OwnTacticSums } from "./tacticBalance";
import { addFunding, claimedAmountAt, claimValueAt } from "./tacticSums";

export { NOWHERE, RowLookup } from "./rowLookup";
export { addCountedClaims, addFunding, claimedAmountAt, claimValue, claimValueAt } from "./tacticSums";

/** Positions and per-tactic facts of a plan. Positions index the tables of `PlanData`. */
export interface Links {
  /** The Partners and Initiatives tables by ID: the one way to find a partner or an initiative. */
  readonly partners: RowLookup<Partner>;
  readonly initiatives: RowLookup<Initiative>;
  /** Per Joint Plan row: its partner's and initiative's positions (NOWHERE when blank or not in their table). */
  readonly jointPlanPartner: Int32Array;
  readonly jointPlanInitiative: Int32Array;
  /** Agreed pairs of the Joint Plan whose partner and initiative both exist: `pairSlot`. */
  readonly jointPairs: PairMarks;
  /** Per tactic: its partner's and initiative's positions (NOWHERE when not in their table). */
  readonly tacticPartner: Int32Array;
  readonly tacticInitiative: Int32Array;
  /** Per tactic: 1 when Approved or Completed. */
  readonly approved: Uint8Array;
  /** Per tactic: Funded(t), allocations tied to it from its own partner, in cents. */
  readonly funded: Float64Array;
  /** Per tactic: the sum of counted claim values, and of Paid ones. */
  readonly counted: Float64Array;
  readonly paid: Float64Array;
  /** Per tactic: 1 when at least one counted claim exists. */
  readonly hasCountedClaim: Uint8Array;
  /** Per tactic: 1 when a claim is Submitted, Approved or Paid (so it is not overdue). */
  readonly hasLiveClaim: Uint8Array;
  /** Per tactic: what its Submitted, Approved and Paid claims claimed (`claimedAmountAt`), in cents. */
  readonly liveClaimed: Float64Array;
  /** Per allocation, claim and outcome: the position of its tactic, or NOWHERE. */
  readonly allocationTactic: Int32Array;
  readonly claimTactic: Int32Array;
  readonly outcomeTactic: Int32Array;
  /**
   * Per tactic, Funded(t) and its claims in the partner's own currency, where funding is
   * compared (tacticBalance.ts); only in a plan with a partner in another currency.
   */
  readonly own?: OwnTacticSums;
}

/** The slot of a (partner, initiative) pair of positions. */
export function pairSlot(partner: number, initiative: number, initiativeCount: number): number {
  return partner * initiativeCount + initiative;
}

/** Per spelling of a domain: the position of the row with its key, or NOWHERE, given positions by key index. */
function bySpelling(domain: IdDomain, byKey: Int32Array): Int32Array {
  return byKey.map((_, spelling) => byKey[domain.key(spelling)]);
}

/** The row every reference of a column of spellings points at in a small table. */
function rowsOf<T extends Partner | Initiative>(spellings: Int32Array, size: number, table: RowLookup<T>): Int32Array {
  const out = new Int32Array(size);
  for (let i = 0; i < size; i++) out[i] = table.positionOf(spellings[i]);
  return out;
}

/** The tactic every reference of a column of spellings points at, given tactic positions by spelling. */
function tacticsOf(spellings: Int32Array, size: number, tacticAt: Int32Array): Int32Array {
  const out = new Int32Array(size);
  for (let i = 0; i < size; i++) out[i] = spellings[i] === NO_ID ? NOWHERE : tacticAt[spellings[i]];
  return out;
}

/** Links a plan in one pass over each table. */
export function link(data: PlanData): Links {
  const { ids, tactics, allocations, claims } = data;
  const partners = new RowLookup(data.partners, ids.partners);
  const initiatives = new RowLookup(data.initiatives, ids.initiatives);
  const tacticByKey = new Int32Array(ids.tactics.keyCount).fill(NOWHERE);
  // Kept tactics hold each key once (repeats were left out while parsing).
  for (let t = 0; t < tactics.size; t++) if (tactics.spelling[t] !== NO_ID) tacticByKey[ids.tactics.key(tactics.spelling[t])] = t;
  const tacticAt = bySpelling(ids.tactics, tacticByKey);

  const jointPlanPartner = Int32Array.from(data.jointPlan, (j) => partners.positionOfId(j.partnerId));
  const jointPlanInitiative = Int32Array.from(data.jointPlan, (j) => initiatives.positionOfId(j.initiativeId));
  const jointPairs = new PairMarks(data.partners.length * data.initiatives.length);
  for (let j = 0; j < data.jointPlan.length; j++) {
    const partner = jointPlanPartner[j];
    const initiative = jointPlanInitiative[j];
    if (partner !== NOWHERE && initiative !== NOWHERE) jointPairs.add(pairSlot(partner, initiative, data.initiatives.length));
  }

  const n = tactics.size;
  const approved = new Uint8Array(n);
  for (let t = 0; t < n; t++) approved[t] = isApprovedCode(tactics.status[t]) ? 1 : 0;
  const links: Links = {
    partners,
    initiatives,
    jointPlanPartner,
    jointPlanInitiative,
    jointPairs,
    tacticPartner: rowsOf(tactics.partner, n, partners),
    tacticInitiative: rowsOf(tactics.initiative, n, initiatives),
    approved,
    funded: new Float64Array(n),
    counted: new Float64Array(n),
    paid: new Float64Array(n),
    hasCountedClaim: new Uint8Array(n),
    hasLiveClaim: new Uint8Array(n),
    liveClaimed: new Float64Array(n),
    allocationTactic: tacticsOf(allocations.tactic, allocations.size, tacticAt),
    claimTactic: tacticsOf(claims.tactic, claims.size, tacticAt),
    outcomeTactic: tacticsOf(data.outcomes.tactic, data.outcomes.size, tacticAt),
  };
  addFunding(data, links, allocations.amount, links.funded);
  addClaims(data, links);
  const own = ownTacticSums(data, links);
  return own === undefined ? links : { ...links, own };
}

/** Counted and paid claim values per tactic, and whether a live claim exists. */
function addClaims(data: PlanData, links: Links): void {
  const { claims } = data;
  for (let c = 0; c < claims.size; c++) {
    const t = links.claimTactic[c];
    if (t === NOWHERE) continue;
    const status = claims.status[c];
    if (status === CLAIM_SUBMITTED || isCountedCode(status)) {
      links.hasLiveClaim[t] = 1;
      links.liveClaimed[t] += claimedAmountAt(data, c);
    }
    if (!isCountedCode(status)) continue;
    const value = claimValueAt(data, c);
    links.counted[t] += value;
    links.hasCountedClaim[t] = 1;
    if (status === CLAIM_PAID) links.paid[t] += value;
  }
}

/** An outcome's value in cents when its metric is money (Revenue, Pipeline) and it has one, else NaN. */
export function outcomeCentsAt(data: PlanData, i: number): number {
  const value = data.outcomes.value[i];
  return isMoneyMetric(data.outcomes.metric[i]) && isPresent(value) ? unitsToCents(value) : NaN;
}

/**
 * The overdue rule (C05, the Overdue claims figure and view), the one place it is written: an
 * approved tactic's claim is overdue on `asOf` when the tactic has no live claim and its End
 * plus the claim window has passed. No End (undefined or NaN): not overdue.
 */
export function isClaimOverdue(approved: boolean, hasLiveClaim: boolean, end: number | undefined, settings: { readonly asOf: number; readonly claimWindowDays: number }): boolean {
  return approved && !hasLiveClaim && end !== undefined && isPresent(end) && end + settings.claimWindowDays < settings.asOf;
}

/** True when tactic `t`'s claim is overdue (see `isClaimOverdue`). */
export function isOverdueAt(data: PlanData, links: Links, t: number): boolean {
  return isClaimOverdue(links.approved[t] === 1, links.hasLiveClaim[t] === 1, data.tactics.end[t], data.settings);
}
