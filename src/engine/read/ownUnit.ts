/**
 * An amount converts once, from its own currency's smallest unit. Amounts are kept in cents, so
 * for most currencies that unit is what was read; a currency with three decimals (KWD, BHD, OMR,
 * JOD, TND) counts in fils, a tenth of the cent: its amount converts from the fils as typed, not
 * from the cent it was read to (1.235 KWD at 3.25 is 4.01375 USD, $4.01; from 1.24 KWD it
 * would be $4.03).
 */
import type { Ratio } from "../../model/exchange";
import { convertCents, convertMinor } from "../../model/exchange";
import { decimalToMinor, exponentOf, numberDigits, unitsToCents } from "../../model/money";
import type { Cents, DecimalDigits } from "../../model/money";

/**
 * An amount of currency `code` read as `cents` (with `digits`, when it had digits below the
 * cent) converted by `by`, rounded once.
 */
export function convertAmount(cents: Cents, digits: DecimalDigits | undefined, code: string, by: Ratio): Cents {
  const exponent = exponentOf(code);
  if (digits !== undefined && exponent > 2) {
    const minor = decimalToMinor(digits.negative, digits.integer, digits.fraction, exponent);
    if (minor !== undefined) return convertMinor(minor, exponent, by);
  }
  return convertCents(cents, by);
}

/** An amount typed in currency units (an outcome's Value) of currency `code`, converted by `by` into cents, rounded once. */
export function convertUnits(units: number, code: string, by: Ratio): Cents {
  return exponentOf(code) > 2 ? convertAmount(unitsToCents(units), numberDigits(units), code, by) : convertCents(unitsToCents(units), by);
}
