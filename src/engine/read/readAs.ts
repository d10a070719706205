/**
 * How a V09 finding says what a number typed as text was read as: plain digits without the zeros
 * that change nothing, an amount to its currency's smallest unit, and the currency the text
 * named.
 */
import { decimalToMinor } from "../../model/money";
import type { DecimalDigits } from "../../model/money";
import type { NumericText } from "./numericText";

/**
 * A number read from text as plain digits with a decimal point, never an exponent ("0.0000001",
 * not "1e-7"), without the zeros that change nothing: "£1,000" read under de-DE is shown as 1,
 * not 1.000, which a reader of either writing could take for a thousand; "0,005" under en-US
 * as 5, not 0005.
 */
export function digitsRead(parsed: NumericText): string {
  const integer = parsed.integer.replace(/^0+(?=\d)/, "") || "0";
  const fraction = parsed.fraction.replace(/0+$/, "");
  return `${parsed.negative ? "-" : ""}${integer}${fraction ? `.${fraction}` : ""}`;
}

/**
 * What a number was read as, with the currency its text named: a code after the digits
 * ("28280.04 EUR"), a symbol before them as it is written in English ("$1250.00", "-€5.00"), so
 * the message reads as one amount. The conversion after it counts the amount in that currency,
 * or reports why not (V05, V10) at the same cell.
 */
export function withMark(read: string, parsed: NumericText): string {
  const mark = parsed.currencyMark;
  if (mark === "") return read;
  if (/^[A-Z]{3}$/.test(mark)) return `${read} ${mark}`;
  return read.startsWith("-") ? `-${mark}${read.slice(1)}` : `${mark}${read}`;
}

/**
 * What an amount typed as text is counted as, to `decimals` decimals (2: the cent; 3: the fils
 * of KWD; 0: the whole yen), rounded once, half away from zero, from what was typed, with the
 * currency its text named: "1.235" is 1.24 in dollars, 1.235 in dinars; "¥1,234.56" is ¥1235.
 * Undefined when its digits are too many to be exact.
 */
export function amountRead(parsed: NumericText, decimals: number): string | undefined {
  const minor = decimalToMinor(parsed.negative, parsed.integer, parsed.fraction, decimals);
  return minor === undefined ? undefined : minorRead(minor, decimals, parsed);
}

/** `amountRead` of an amount already counted in units of 10^-`decimals` (`minor`: 124 cents is "1.24"). */
export function minorRead(minor: number, decimals: number, parsed: NumericText): string {
  const { negative, integer, fraction } = minorDigits(minor, decimals);
  const units = fraction === "" ? integer : `${integer}.${fraction}`;
  return withMark(negative ? `-${units}` : units, parsed);
}

/** `minor` units of 10^-`decimals` as decimal digits: 124 cents is "1" and "24", 5 fils "0" and "005". */
function minorDigits(minor: number, decimals: number): DecimalDigits {
  const digits = String(Math.abs(minor)).padStart(decimals + 1, "0");
  const cut = digits.length - decimals;
  return { negative: minor < 0, integer: digits.slice(0, cut), fraction: digits.slice(cut) };
}

/**
 * What an outcome's money Value (Revenue, Pipeline) typed as text is counted as: to `decimals`
 * decimals as `amountRead`, written in plain digits as any Value is, without the zeros that
 * change nothing: "1.235" is 1.24 in dollars, 1.235 in dinars; "1234.56" is 1235 in yen;
 * "1250.50" stays 1250.5. Undefined when its digits are too many to be exact.
 */
export function unitsRead(parsed: NumericText, decimals: number): string | undefined {
  const minor = decimalToMinor(parsed.negative, parsed.integer, parsed.fraction, decimals);
  return minor === undefined ? undefined : withMark(digitsRead({ ...parsed, ...minorDigits(minor, decimals) }), parsed);
}
