/**
 * Money as integer cents. Every amount in the plan is kept in minor units of the plan currency
 * so that sums are exact; conversion from cell values rounds half away from zero, the rule
 * Excel's ROUND uses and SPEC section 3 names.
 */

import { CentsFormat } from "./centsFormat";

/** An amount in minor units (cents). Always an integer. */
export type Cents = number;

/** A currency: ISO 4217 code and the number of minor-unit digits. */
export interface Currency {
  readonly code: string;
  readonly exponent: number;
}

/** Currencies whose minor unit is not two digits. Everything else uses two. */
const EXPONENTS: Readonly<Record<string, number>> = { JPY: 0, KRW: 0, CLP: 0, ISK: 0, VND: 0, KWD: 3, BHD: 3, OMR: 3, JOD: 3, TND: 3 };

/** The minor-unit digits of an upper-case ISO code (`currency(code).exponent` without its clean-up, for loops). */
export function exponentOf(code: string): number {
  return Object.prototype.hasOwnProperty.call(EXPONENTS, code) ? EXPONENTS[code] : 2;
}

/**
 * The plan currency for an ISO code. Amounts are still held in hundredths: the plan works in
 * cents whatever the currency; the exponent drives display, and an amount of a currency with
 * three decimals converts into another from its fils (`exchange.ts` `convertMinor`).
 */
export function currency(code: string): Currency {
  const upper = code.trim().toUpperCase();
  return { code: upper, exponent: Object.prototype.hasOwnProperty.call(EXPONENTS, upper) ? EXPONENTS[upper] : 2 };
}

/**
 * Cents in the smallest unit of a currency: 1 for a currency with cents, 100 for one without a
 * minor unit (JPY, KRW...). Conversions into it round to that unit. A currency with three
 * decimals (KWD) is held to the cent, as every amount is: its amounts are converted into another
 * currency from their fils (`exchange.ts` `convertMinor`), not from that cent.
 */
export function minorUnitStep(code: string): number {
  return 10 ** (2 - Math.min(currency(code).exponent, 2));
}

/** True when `code` looks like an ISO 4217 code (three letters). */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Za-z]{3}$/.test(code.trim());
}

/** Rounds half away from zero: 0.5 -> 1, -0.5 -> -1 (Excel's ROUND). */
export function roundHalfAwayFromZero(value: number): number {
  return value < 0 ? -Math.round(-value) : Math.round(value);
}

/**
 * Converts an amount in currency units to cents, rounding half away from zero.
 * Binary floating point stores 1.005 as 1.00499..., so values that are not already whole cents
 * are rounded at Excel's 15 significant digits first: the cents the user sees are the cents kept.
 */
export function unitsToCents(units: number): Cents {
  const scaled = units * 100;
  const nearest = Math.round(scaled);
  if (Math.abs(scaled - nearest) < 1e-6) return nearest === 0 ? 0 : nearest;
  return centsAtExcelPrecision(units);
}

/** The rare case of `unitsToCents`, kept apart so that the common case stays small. */
function centsAtExcelPrecision(units: number): Cents {
  const shown = Number(Math.abs(units).toPrecision(15)) * 100;
  const rounded = Math.round(Number(shown.toPrecision(15)));
  // -0.001 rounds to zero cents, not -0 (which would show as "-$0.00").
  return units < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * Parses decimal digits exactly into cents (no floating point): `"1200.505"` -> 120051.
 * `integer` and `fraction` hold only digits; returns undefined when the result is not safe.
 */
export function decimalToCents(negative: boolean, integer: string, fraction: string): Cents | undefined {
  return decimalToMinor(negative, integer, fraction, 2);
}

/**
 * Parses decimal digits exactly into units of 10^-`exponent`, rounding once, half away from
 * zero: `("1", "2345", 3)` -> 1235 (fils), `("1234", "56", 0)` -> 1235 (yen). Undefined when the
 * result is not safe.
 */
export function decimalToMinor(negative: boolean, integer: string, fraction: string, exponent: number): number | undefined {
  const whole = integer === "" ? 0 : Number(integer);
  const padded = (fraction + "0".repeat(exponent + 1)).slice(0, exponent + 1);
  const scaled = whole * 10 ** (exponent + 1) + Number(padded);
  if (!Number.isSafeInteger(scaled)) return undefined;
  let minor = Math.floor(scaled / 10);
  const rest = scaled % 10;
  // Half away from zero: the first digit past the unit decides; digits after it cannot turn a 4 into a 5.
  if (rest >= 5) minor += 1;
  if (minor === 0) return 0;
  return negative ? -minor : minor;
}

/** An amount's decimal digits: its sign, integer digits and fraction digits (no grouping, no trailing zeros). */
export interface DecimalDigits {
  readonly negative: boolean;
  readonly integer: string;
  readonly fraction: string;
}

/**
 * The digits a number shows at Excel's 15 significant digits: 1.2345 -> "1" and "2345",
 * 0.1 + 0.2 -> "0" and "3" (so a sum's binary noise is no digit).
 */
export function numberDigits(units: number): DecimalDigits {
  const [mantissa, exponentText] = Math.abs(units).toExponential(14).split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  const integer = exponent >= 0 ? digits.slice(0, exponent + 1).padEnd(exponent + 1, "0") : "0";
  const fraction = exponent >= 0 ? digits.slice(exponent + 1) : "0".repeat(-exponent - 1) + digits;
  return { negative: units < 0, integer, fraction: fraction.replace(/0+$/, "") };
}

/** True when decimal digits go below the cent ("1.235"): reading them to the cent lost something. */
export function belowTheCent(fraction: string): boolean {
  return fraction.replace(/0+$/, "").length > 2;
}

/** Cents as currency units for JSON output: at most two decimals, exact. */
export function centsToUnits(cents: Cents): number {
  return cents / 100;
}

/**
 * Formats cents for people: `formatMoney(123456, usd)` -> "$1,234.56".
 * Uses Intl so the symbol and grouping follow the currency.
 */
export function formatMoney(cents: Cents, cur: Currency, locale = "en-US"): string {
  const format = moneyFormatter(cur, locale);
  return format ? format.format(cents) : plainMoney(cents, cur);
}

/** `formatMoney` for many amounts in one currency: its formatter is looked up once. */
export function moneyFormat(cur: Currency, locale = "en-US"): (cents: Cents) => string {
  const format = moneyFormatter(cur, locale);
  return format ? (cents) => format.format(cents) : (cents) => plainMoney(cents, cur);
}

/** Amounts in a currency Intl does not know: "1234.50 XYZ". */
function plainMoney(cents: Cents, cur: Currency): string {
  return `${(cents / 100).toFixed(2)} ${cur.code}`;
}

/** Building an Intl formatter costs far more than using one: keep one per currency and locale. */
const FORMATTERS = new Map<string, CentsFormat | null>();

function moneyFormatter(cur: Currency, locale: string): CentsFormat | null {
  const key = `${locale}|${cur.code}|${cur.exponent}`;
  let format = FORMATTERS.get(key);
  if (format === undefined) {
    try {
      format = CentsFormat.of(
        new Intl.NumberFormat(locale, {
          style: "currency",
          currency: cur.code,
          minimumFractionDigits: Math.min(cur.exponent, 2),
          maximumFractionDigits: Math.min(cur.exponent, 2),
        }),
      );
    } catch {
      format = null;
    }
    FORMATTERS.set(key, format);
  }
  return format;
}

/** The Excel number format for amounts of a currency, e.g. `"$"#,##0.00` style for USD. */
export function excelMoneyFormat(cur: Currency): string {
  const decimals = Math.min(cur.exponent, 2);
  const digits = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  const symbols: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹", AUD: "A$", CAD: "C$" };
  const symbol = symbols[cur.code];
  return symbol ? `"${symbol}"${digits};-"${symbol}"${digits}` : `${digits} "${cur.code}"`;
}
