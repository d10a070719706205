/**
 * An amount is read to its own currency's smallest unit, then converted once. Amounts are kept
 * in cents, so for most currencies that unit is the cent they were read to; but
 * - a currency without a minor unit (JPY, KRW, CLP, ISK, VND) counts whole units: ¥1,234.56 is
 *   ¥1,235, rounded once, half away from zero, from what was typed (as $1.005 is $1.01), in every
 *   view, before it converts;
 * - a currency with three decimals (KWD, BHD, OMR, JOD, TND) counts in fils, a tenth of the cent:
 *   its amount converts from the fils as typed, not from the cent it was read to (1.235 KWD at
 *   3.25 is 4.01375 USD, $4.01; from 1.24 KWD it would be $4.03). Kept in the dinar itself, it
 *   stays the cent it was read to (one rounding).
 */
import type { Ratio } from "../../model/exchange";
import { convertCents, convertMinor, SAME_CURRENCY } from "../../model/exchange";
import { decimalToMinor, exponentOf, numberDigits, roundHalfAwayFromZero, unitsToCents } from "../../model/money";
import type { Cents, DecimalDigits } from "../../model/money";

/**
 * An amount of currency `code` read as `cents` (with `digits`, when it had digits below the
 * cent) converted by `by`, rounded once.
 */
export function convertAmount(cents: Cents, digits: DecimalDigits | undefined, code: string, by: Ratio): Cents {
  const exponent = exponentOf(code);
  if (exponent < 2) return convertCents(inWholeUnits(cents, digits, exponent), by);
  if (exponent > 2 && digits !== undefined && by !== SAME_CURRENCY) {
    const minor = decimalToMinor(digits.negative, digits.integer, digits.fraction, exponent);
    if (minor !== undefined) return convertMinor(minor, exponent, by);
  }
  return convertCents(cents, by);
}

/**
 * The decimals an amount of currency `code` is counted to when figures are made in `target`, as
 * `convertAmount` counts it: a currency without a minor unit its whole units, one with three
 * decimals its fils when it converts into another (kept in itself, the cent it is held to),
 * every other the cent.
 */
export function countedDecimals(code: string, target: string): number {
  const exponent = exponentOf(code);
  return exponent < 2 || (exponent > 2 && code !== target) ? exponent : 2;
}

/** An amount typed in currency units (an outcome's Value) of currency `code`, converted by `by` into cents, rounded once. */
export function convertUnits(units: number, code: string, by: Ratio): Cents {
  return exponentOf(code) === 2 ? convertCents(unitsToCents(units), by) : convertAmount(unitsToCents(units), numberDigits(units), code, by);
}

/**
 * `cents` of a currency with `exponent` below 2 (0: yen) in its whole units, still as cents:
 * rounded once, half away from zero, from `digits` when the cell had digits below the cent
 * (¥1,234.495 is ¥1,234, where its cents, 123,450, would give ¥1,235).
 */
export function inWholeUnits(cents: Cents, digits: DecimalDigits | undefined, exponent: number): Cents {
  const step = 10 ** (2 - exponent);
  if (cents % step === 0) return cents;
  const minor = digits === undefined ? undefined : decimalToMinor(digits.negative, digits.integer, digits.fraction, exponent);
  const whole = minor ?? roundHalfAwayFromZero(cents / step);
  return whole === 0 ? 0 : whole * step;
}

/** An amount in units (an outcome's Value) of a currency with `exponent` below 2, in its whole units (¥1,234.56: 1,235). */
export function unitsInWholeUnits(units: number, exponent: number): number {
  const digits = numberDigits(units);
  const minor = decimalToMinor(digits.negative, digits.integer, digits.fraction, exponent);
  return minor === undefined ? units : minor / 10 ** exponent;
}
