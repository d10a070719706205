/**
 * A tactic's funding against its request, and its claims against its funding, decided where the
 * rules decide them (rules/comparedAmounts.ts): in the tactic's partner's own currency.
 *
 * Converted into the plan currency, a request and its funding meet at different dates' rates: a
 * tactic that asked 4,000.00 EUR and was funded 4,000.00 EUR reads as $4,400.00 asked and
 * $4,320.00 funded after a rate change. F03 is right to stay silent, and the lists and figures
 * built on the same comparison (the Funding view's tactics short of funding, the funds at risk
 * and Unclaimed after window) must agree with it: the decision is made in euros, and only the
 * amount that is short or unclaimed is valued in the plan currency, at the rate the converted
 * amounts themselves imply (the request's for a shortfall, the funding's for what is unclaimed).
 * A plan whose partners all work in the plan currency compares its plan-currency sums.
 */
import { roundHalfAwayFromZero } from "../../model/money";
import type { Cents } from "../../model/money";
import { isPresent } from "../store/activityColumns";
import { CLAIM_SUBMITTED, isCountedCode } from "../store/codes";
import type { PlanData } from "../store/planData";
import type { Links } from "./links";
import { NOWHERE } from "./rowLookup";
import { addCountedClaims, addFunding, claimedAmount } from "./tacticSums";

/** Per tactic, in its partner's own currency: its MDF requested and the sums `Links` holds in the plan currency. */
export interface OwnTacticSums {
  /** MDF requested, NaN when absent (the own-currency copy's column itself). */
  readonly requested: Float64Array;
  /** Funded(t). */
  readonly funded: Float64Array;
  /** Counted claim values. */
  readonly counted: Float64Array;
  /** What its Submitted, Approved and Paid claims claimed. */
  readonly liveClaimed: Float64Array;
  /** Per partner position: 1 when the partner works in another currency than the plan's. */
  readonly foreign: Uint8Array;
}

/** The own-currency sums of a plan holding own-currency copies (`PlanData.own`), else undefined. */
export function ownTacticSums(data: PlanData, links: Omit<Links, "own">): OwnTacticSums | undefined {
  const own = data.own;
  if (own === undefined) return undefined;
  const n = data.tactics.size;
  const funded = new Float64Array(n);
  addFunding(data, links, own.allocationAmount, funded);
  const counted = new Float64Array(n);
  addCountedClaims(data, links, own.amountApproved, own.amountClaimed, counted);
  const liveClaimed = new Float64Array(n);
  const { claims } = data;
  for (let c = 0; c < claims.size; c++) {
    const t = links.claimTactic[c];
    const status = claims.status[c];
    if (t !== NOWHERE && (isCountedCode(status) || status === CLAIM_SUBMITTED)) liveClaimed[t] += claimedAmount(own.amountClaimed, own.amountApproved, c);
  }
  const plan = data.settings.currency.code;
  const foreign = Uint8Array.from(data.partners, (p) => (p.currency !== "" && p.currency !== plan ? 1 : 0));
  return { requested: own.mdfRequested, funded, counted, liveClaimed, foreign };
}

/** The own-currency sums when tactic `t`'s partner works in another currency, else undefined. */
function ownOf(links: Links, t: number): OwnTacticSums | undefined {
  const own = links.own;
  const partner = links.tacticPartner[t];
  return own !== undefined && partner !== NOWHERE && own.foreign[partner] === 1 ? own : undefined;
}

/**
 * `part` of `whole` (own currency, 0 < part) valued in the plan currency, where `whole` is worth
 * `wholeInPlan`: rounded half away from zero, exactly (past 2^53 the product is taken in
 * integers), and at least a cent, so a shortfall the partner's currency sees is never valued at
 * nothing.
 */
function valued(part: number, whole: number, wholeInPlan: number): Cents {
  const product = part * wholeInPlan;
  const cents = Number.isSafeInteger(product) ? roundHalfAwayFromZero(product / whole) : exactQuotient(part, wholeInPlan, whole);
  return Math.max(1, cents);
}

/** round(a * b / c) half away from zero, in integers (a, b, c whole cents, c > 0). */
function exactQuotient(a: number, b: number, c: number): number {
  const product = BigInt(Math.round(a)) * BigInt(Math.round(b));
  const divisor = BigInt(Math.round(c));
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  const rounded = (2n * magnitude + divisor) / (2n * divisor);
  return Number(negative ? -rounded : rounded);
}

/**
 * How far tactic `t`'s funding falls short of its MDF requested, in plan cents (0 when it does
 * not). Decided in the partner's currency; the shortfall there is valued at the request's rate.
 */
export function shortfallAt(data: PlanData, links: Links, t: number): Cents {
  const requested = data.tactics.mdfRequested[t];
  const planRequested = isPresent(requested) ? requested : 0;
  const planShort = Math.max(0, planRequested - links.funded[t]);
  const own = ownOf(links, t);
  if (own === undefined) return planShort;
  const ownRequested = own.requested[t];
  const asked = isPresent(ownRequested) ? ownRequested : 0;
  const short = asked - own.funded[t];
  if (short <= 0) return 0;
  // Nothing asked in the partner's currency to value the shortfall by: the plan's difference.
  return asked > 0 ? valued(short, asked, planRequested) : planShort;
}

/**
 * The part of tactic `t`'s funding its Submitted, Approved and Paid claims have not claimed, in
 * plan cents, never below 0. Decided in the partner's currency; what is left there is valued
 * at the funding's rate.
 */
export function unclaimedAt(links: Links, t: number): Cents {
  const planLeft = Math.max(0, links.funded[t] - links.liveClaimed[t]);
  const own = ownOf(links, t);
  if (own === undefined) return planLeft;
  const funded = own.funded[t];
  const left = funded - own.liveClaimed[t];
  if (left <= 0) return 0;
  // Funding worth nothing in the plan currency (its conversion failed) leaves nothing to value.
  return funded > 0 && links.funded[t] > 0 ? valued(left, funded, links.funded[t]) : planLeft;
}
