/**
 * A reconciled total as people read it, the same in every host: money with the plan currency's
 * decimals ("2,400.10", "-1,001.00"; none for yen), counts as typed (whole, or up to two decimals).
 */
import { currency } from "../../../model/money";
import type { ReconciledTotal } from "./importTypes";

const COUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
/** Money formats by the number of decimals: Intl formats cost far more to build than to use. */
const MONEY = [0, 1, 2].map((digits) => new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));

/** `value` (currency units or a count, as in `ReconciledTotal`) in the convention of the plan currency `code`. */
export function totalText(value: number, kind: ReconciledTotal["kind"], code: string): string {
  if (kind === "count") return COUNT.format(value);
  return MONEY[Math.min(currency(code).exponent, 2)].format(value);
}
