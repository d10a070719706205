/**
 * Which currency an amount typed as text is in, and how an amount in another currency than its
 * row's is written into the plan so the engine reads it in that currency: as text naming it
 * ("USD 4000.00"), in the plan's number convention. A number cell always means the row's
 * currency (its partner's), so text is the only way a cell can name another. A partner pack's
 * merge and the pane's row form write typed amounts through here.
 */
import { currencyOfMark } from "../../model/currencyCodes";
import { decimalToMinor, exponentOf } from "../../model/money";
import type { NumberConvention } from "../../model/numberFormat";
import type { NumericText } from "./numericText";

/**
 * The currency of `amount` on a row whose amounts are in `rowCurrency`: the one its mark names
 * (a shared symbol such as `$` meaning the row's currency when it may, else the plan's), the
 * row's when it names none; undefined for a mark that names no currency.
 */
export function currencyOfAmount(amount: NumericText, rowCurrency: string, planCurrency: string): string | undefined {
  return amount.currencyMark === "" ? rowCurrency : currencyOfMark(amount.currencyMark, rowCurrency, planCurrency);
}

/** `amount` as text naming `currency`, written the way the plan reads text: "USD 4000.00", under de-DE "USD 4000,00". */
export function currencyNamedText(amount: NumericText, currency: string, plan: NumberConvention): string {
  const digits = amount.fraction === "" ? amount.integer : `${amount.integer}${plan.decimal}${amount.fraction}`;
  return `${currency} ${amount.negative ? "-" : ""}${digits}`;
}

/**
 * `amount` of `currency` as the number written into the plan: to the cent, or to the fils of a
 * currency with three decimals (5.694 KWD stays 5.694, which the plan then converts from the
 * fils, where 5.69 would lose them), rounded once, half away from zero, from what was typed.
 * An amount in yen is written to the cent as typed too; the plan reads it to the whole yen.
 * Undefined when its digits are too many to be exact.
 */
export function typedAmountValue(amount: NumericText, currency: string): number | undefined {
  const digits = Math.max(exponentOf(currency), 2);
  const minor = decimalToMinor(amount.negative, amount.integer, amount.fraction, digits);
  return minor === undefined ? undefined : minor / 10 ** digits;
}
