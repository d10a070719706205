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

/** No row: the ID is blank or not in its table. */
export const NOWHERE = -1;

/** Positions and per-tactic facts of a plan. Positions index the tables of `PlanData`. */
export interface Links {
  /** Partners by ID key, in sheet order (rows without an ID left out). */
  readonly partnersByKey: ReadonlyMap<string, Partner>;
  /** Initiatives by ID key, in sheet order. */
  readonly initiativesByKey: ReadonlyMap<string, Initiative>;
  /** Position of a partner / initiative ID key of the small tables, for the Joint Plan. */
  readonly partnerByKey: ReadonlyMap<string, number>;
  readonly initiativeByKey: ReadonlyMap<string, number>;
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
  /**
   * Per spelling of the partner and initiative ID domains: the position of the row with its key,
   * or NOWHERE (see `positionOf`). Small tables, so looking a row's partner up here costs no
   * more than reading it from an array per row, which would take memory.
   */
  readonly partnerAt: Int32Array;
  readonly initiativeAt: Int32Array;
  /** Per allocation, claim and outcome: the position of its tactic, or NOWHERE. */
  readonly allocationTactic: Int32Array;
  readonly claimTactic: Int32Array;
  readonly outcomeTactic: Int32Array;
}

/** The slot of a (partner, initiative) pair of positions. */
export function pairSlot(partner: number, initiative: number, initiativeCount: number): number {
  return partner * initiativeCount + initiative;
}

/** Per spelling of a domain: the position of the row with its key, or NOWHERE, given positions by key index. */
function bySpelling(domain: IdDomain, byKey: Int32Array): Int32Array {
  return byKey.map((_, spelling) => byKey[domain.key(spelling)]);
}

/** Per spelling of a domain: the position of the row with its key (rows by their key text), or NOWHERE. */
function positionsBySpelling(domain: IdDomain, keys: readonly string[]): Int32Array {
  const byKey = new Int32Array(domain.keyCount).fill(NOWHERE);
  keys.forEach((key, position) => {
    const index = key === "" ? NO_ID : domain.findKey(key);
    if (index !== NO_ID && byKey[index] === NOWHERE) byKey[index] = position;
  });
  return bySpelling(domain, byKey);
}

/** The position a spelling of `at` (`Links.partnerAt`, `Links.initiativeAt`) points at; NOWHERE for NO_ID. */
export function positionOf(at: Int32Array, spelling: number): number {
  return spelling === NO_ID ? NOWHERE : at[spelling];
}

/** The position every reference of a column of spellings points at (see `positionOf`). */
function resolve(spellings: Int32Array, size: number, at: Int32Array): Int32Array {
  const out = new Int32Array(size);
  for (let i = 0; i < size; i++) out[i] = positionOf(at, spellings[i]);
  return out;
}

/** Links a plan in one pass over each table. */
export function link(data: PlanData): Links {
  const { ids, tactics, allocations, claims } = data;
  const partnersByKey = new Map<string, Partner>();
  for (const p of data.partners) if (p.id.key !== "") partnersByKey.set(p.id.key, p);
  const initiativesByKey = new Map<string, Initiative>();
  for (const i of data.initiatives) if (i.id.key !== "") initiativesByKey.set(i.id.key, i);
  // Both tables hold each key once (duplicates were dropped while parsing).
  const partnerByKey = new Map(data.partners.map((p, position) => [p.id.key, position] as const).filter(([key]) => key !== ""));
  const initiativeByKey = new Map(data.initiatives.map((i, position) => [i.id.key, position] as const).filter(([key]) => key !== ""));
  const partnerAt = positionsBySpelling(ids.partners, data.partners.map((p) => p.id.key));
  const initiativeAt = positionsBySpelling(ids.initiatives, data.initiatives.map((i) => i.id.key));
  const tacticByKey = new Int32Array(ids.tactics.keyCount).fill(NOWHERE);
  // Kept tactics hold each key once (repeats were left out while parsing).
  for (let t = 0; t < tactics.size; t++) if (tactics.spelling[t] !== NO_ID) tacticByKey[ids.tactics.key(tactics.spelling[t])] = t;
  const tacticAt = bySpelling(ids.tactics, tacticByKey);

  const jointPairs = new PairMarks(data.partners.length * data.initiatives.length);
  for (const j of data.jointPlan) {
    const partner = j.partnerId ? partnerByKey.get(j.partnerId.key) : undefined;
    const initiative = j.initiativeId ? initiativeByKey.get(j.initiativeId.key) : undefined;
    if (partner !== undefined && initiative !== undefined) jointPairs.add(pairSlot(partner, initiative, data.initiatives.length));
  }

  const n = tactics.size;
  const approved = new Uint8Array(n);
  for (let t = 0; t < n; t++) approved[t] = isApprovedCode(tactics.status[t]) ? 1 : 0;
  const links: Links = {
    partnersByKey,
    initiativesByKey,
    partnerByKey,
    initiativeByKey,
    jointPairs,
    tacticPartner: resolve(tactics.partner, n, partnerAt),
    tacticInitiative: resolve(tactics.initiative, n, initiativeAt),
    approved,
    funded: new Float64Array(n),
    counted: new Float64Array(n),
    paid: new Float64Array(n),
    hasCountedClaim: new Uint8Array(n),
    hasLiveClaim: new Uint8Array(n),
    partnerAt,
    initiativeAt,
    allocationTactic: resolve(allocations.tactic, allocations.size, tacticAt),
    claimTactic: resolve(claims.tactic, claims.size, tacticAt),
    outcomeTactic: resolve(data.outcomes.tactic, data.outcomes.size, tacticAt),
  };
  addFunding(data, links);
  addClaims(data, links);
  return links;
}

/** Funded(t): allocations tied to a tactic whose partner (in the Partners table) is the allocation's. */
function addFunding(data: PlanData, links: Links): void {
  const { allocations, tactics, ids } = data;
  for (let a = 0; a < allocations.size; a++) {
    const t = links.allocationTactic[a];
    const amount = allocations.amount[a];
    const partner = allocations.partner[a];
    if (t === NOWHERE || !isPresent(amount) || partner === NO_ID || links.tacticPartner[t] === NOWHERE) continue;
    if (ids.partners.key(partner) === ids.partners.key(tactics.partner[t])) links.funded[t] += amount;
  }
}

/** Counted and paid claim values per tactic, and whether a live claim exists. */
function addClaims(data: PlanData, links: Links): void {
  const { claims } = data;
  for (let c = 0; c < claims.size; c++) {
    const t = links.claimTactic[c];
    if (t === NOWHERE) continue;
    const status = claims.status[c];
    if (status === CLAIM_SUBMITTED || isCountedCode(status)) links.hasLiveClaim[t] = 1;
    if (!isCountedCode(status)) continue;
    const value = claimValueAt(data, c);
    links.counted[t] += value;
    links.hasCountedClaim[t] = 1;
    if (status === CLAIM_PAID) links.paid[t] += value;
  }
}

/** A counted claim's value: Amount approved, or Amount claimed when that is blank. */
export function claimValueAt(data: PlanData, c: number): number {
  const approved = data.claims.amountApproved[c];
  if (isPresent(approved)) return approved;
  const claimed = data.claims.amountClaimed[c];
  return isPresent(claimed) ? claimed : 0;
}

/** An outcome's value in cents when its metric is money (Revenue, Pipeline) and it has one, else NaN. */
export function outcomeCentsAt(data: PlanData, i: number): number {
  const value = data.outcomes.value[i];
  return isMoneyMetric(data.outcomes.metric[i]) && isPresent(value) ? unitsToCents(value) : NaN;
}

/** True when an approved tactic's claim is overdue on `asOf`: End + window passed, no live claim. */
export function isOverdueAt(data: PlanData, links: Links, t: number): boolean {
  const { asOf, claimWindowDays } = data.settings;
  const end = data.tactics.end[t];
  return links.approved[t] === 1 && links.hasLiveClaim[t] === 0 && isPresent(end) && end + claimWindowDays < asOf;
}
