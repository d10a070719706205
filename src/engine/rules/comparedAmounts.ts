/**
 * The amounts the funding, claim and budget rules compare (P05, P06, F02, F03, F05, C02, C03,
 * C08), in the currency where a partner's own numbers meet: the partner's (see
 * store/ownAmounts.ts). Converted into the plan currency on different dates, a tactic funded
 * exactly what it asked in euros reads as funded above or below it once a rate changes; in
 * euros it is funded exactly. A plan whose partners all work in the plan currency compares its
 * plan-currency columns and links as they are.
 *
 * A finding of these rules gives its amounts (and its message) in the partner's currency, and
 * names that currency when it is not the plan's.
 */
import { currency, moneyFormat } from "../../model/money";
import type { Cents } from "../../model/money";
import { NOWHERE } from "../link/links";
import type { Links } from "../link/links";
import type { PlanData } from "../store/planData";

/** Compared amounts: per row of their table, per tactic, or per partner position. */
export interface ComparedAmounts {
  /** Per tactic. */
  readonly totalCost: Float64Array;
  readonly mdfRequested: Float64Array;
  /** Per allocation. */
  readonly allocationAmount: Float64Array;
  /** Per claim. */
  readonly amountClaimed: Float64Array;
  readonly amountApproved: Float64Array;
  /** Per tactic: Funded(t) and its counted claims (see links.ts). */
  readonly funded: Float64Array;
  readonly counted: Float64Array;
  /** Per partner position: the MDF budget, NaN when blank. */
  budget(partner: number): number;
  /** The currency of the partner at a position when it is not the plan's (undefined: the plan's, or NOWHERE). */
  currencyOf(partner: number): string | undefined;
  /** Formats cents in the currency of the partner at a position (NOWHERE: the plan's). */
  money(cents: Cents, partner: number): string;
}

/** The compared amounts of a plan; `planMoney` formats cents in the plan currency. */
export function comparedAmounts(data: PlanData, links: Links, planMoney: (cents: Cents) => string): ComparedAmounts {
  const { tactics: t, allocations: a, claims: c, partners, own } = data;
  const ownSums = links.own;
  if (own === undefined || ownSums === undefined) {
    return {
      totalCost: t.totalCost,
      mdfRequested: t.mdfRequested,
      allocationAmount: a.amount,
      amountClaimed: c.amountClaimed,
      amountApproved: c.amountApproved,
      funded: links.funded,
      counted: links.counted,
      budget: (p) => partners[p].mdfBudget ?? NaN,
      currencyOf: () => undefined,
      money: (cents) => planMoney(cents),
    };
  }
  const plan = data.settings.currency.code;
  const foreign = partners.map((p) => (p.currency !== "" && p.currency !== plan ? p.currency : undefined));
  const formats = foreign.map((code) => (code === undefined ? planMoney : moneyFormat(currency(code))));
  return {
    ...own,
    funded: ownSums.funded,
    counted: ownSums.counted,
    budget: (p) => own.mdfBudget[p],
    currencyOf: (p) => (p === NOWHERE ? undefined : foreign[p]),
    money: (cents, p) => (p === NOWHERE ? planMoney(cents) : formats[p](cents)),
  };
}
