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

/**
 * How far apart two totals that do not match are: as `totalText` (no sign), but "less than 1"
 * (or 0.01...) where the difference is smaller than the convention shows, so a difference never
 * reads "0".
 */
export function differenceText(difference: number, kind: ReconciledTotal["kind"], code: string): string {
  const text = totalText(Math.abs(difference), kind, code);
  if (/[1-9]/.test(text)) return text;
  const smallest = kind === "count" ? 0.01 : 10 ** -Math.min(currency(code).exponent, 2);
  return `less than ${totalText(smallest, kind, code)}`;
}
