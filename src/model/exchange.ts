/**
 * Exact currency conversion. A rate is a decimal (plan-currency units per unit of another
 * currency) held as an integer over a power of ten, so converting cents is integer arithmetic:
 * `cents x numerator / denominator`, rounded once, half away from zero. Sums are made of
 * converted amounts and are never rounded again.
 */
import type { Cents } from "./money";

/** A rate as a decimal: `units / 10^scale`. */
export interface DecimalRate {
  /** The rate's digits as a whole number (safe integer). */
  readonly units: number;
  /** How many of those digits are decimals. */
  readonly scale: number;
}

/** Significant digits a rate keeps: Excel's 15. */
const RATE_DIGITS = 15;

/**
 * The decimal a positive number shows at Excel's 15 significant digits (1.0834 -> 10834 / 10^4),
 * so the rate converted with is the rate the user sees; undefined for 0, a negative or a
 * non-finite number.
 */
export function decimalRate(rate: number): DecimalRate | undefined {
  if (!(rate > 0) || !Number.isFinite(rate)) return undefined;
  const [mantissa, exponentText = "0"] = rate.toExponential(RATE_DIGITS - 1).split("e");
  const digits = mantissa.replace(".", "").replace(/0+$/, "") || "0";
  // mantissa d.ddd x 10^e: the digits are an integer over 10^(digits - 1 - e).
  let scale = digits.length - 1 - Number(exponentText);
  let units = Number(digits);
  if (scale < 0) {
    units *= 10 ** -scale;
    scale = 0;
  }
  return Number.isSafeInteger(units) ? { units, scale } : undefined;
}

/** The rate as a number (for display). */
export function rateValue(rate: DecimalRate): number {
  return rate.units / 10 ** rate.scale;
}

/**
 * A fraction of whole numbers that conversions multiply cents by, in BigInt (always exact) and
 * as doubles (used while they and the product are safe integers: the usual case, and fast).
 */
export interface Ratio {
  readonly numerator: bigint;
  /** The fraction's denominator times `step`: the division rounds to whole steps. */
  readonly denominator: bigint;
  /** The same as doubles; NaN when not a safe integer. */
  readonly fastNumerator: number;
  readonly fastDenominator: number;
  /**
   * Cents in the target currency's smallest unit: 1, or 100 for a currency without a minor
   * unit (yen). A conversion rounds once, to that unit, so a yen figure is whole yen.
   */
  readonly step: number;
}

function ratio(numerator: bigint, denominator: bigint, step = 1): Ratio {
  const safe = (n: bigint): number => (n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : NaN);
  const stepped = denominator * BigInt(step);
  return { numerator, denominator: stepped, fastNumerator: safe(numerator), fastDenominator: safe(stepped), step };
}

/** Multiplying by one: no conversion. */
export const SAME_CURRENCY: Ratio = ratio(1n, 1n);

/**
 * Converting into the plan currency at a rate: x units / 10^scale, rounded to `step` cents
 * (the plan currency's smallest unit, `minorUnitStep`).
 */
export function toPlanRatio(rate: DecimalRate, step = 1): Ratio {
  return ratio(BigInt(rate.units), 10n ** BigInt(rate.scale), step);
}

/**
 * Converting from the currency of rate `from` into that of rate `to` (both quoted in the plan
 * currency): x from / to, rounded to `step` cents (the target's smallest unit). Either may be
 * undefined for the plan currency itself (rate 1).
 */
export function crossRatio(from: DecimalRate | undefined, to: DecimalRate | undefined, step = 1): Ratio {
  const f = from ?? { units: 1, scale: 0 };
  const t = to ?? { units: 1, scale: 0 };
  // (fu / 10^fs) / (tu / 10^ts) = fu x 10^ts / (tu x 10^fs)
  return ratio(BigInt(f.units) * 10n ** BigInt(t.scale), BigInt(t.units) * 10n ** BigInt(f.scale), step);
}

/**
 * `cents x ratio`, rounded half away from zero to the ratio's step (whole cents, or whole yen),
 * for whole `cents`. Exact: in doubles while the product is a safe integer, in BigInt otherwise.
 * NaN when the result is not a safe integer.
 */
export function convertCents(cents: Cents, by: Ratio): Cents {
  const magnitude = cents < 0 ? -cents : cents;
  const product = magnitude * by.fastNumerator;
  const denominator = by.fastDenominator;
  let result: number;
  if (Number.isSafeInteger(product) && denominator === denominator) {
    let quotient = Math.floor(product / denominator);
    let rest = product - quotient * denominator;
    // The division is rounded; the rest puts the quotient right.
    if (rest < 0) {
      quotient -= 1;
      rest += denominator;
    } else if (rest >= denominator) {
      quotient += 1;
      rest -= denominator;
    }
    result = rest * 2 >= denominator ? quotient + 1 : quotient;
  } else {
    result = convertInBigInt(magnitude, by);
  }
  result *= by.step;
  if (!Number.isSafeInteger(result)) return NaN;
  return cents < 0 && result !== 0 ? -result : result;
}

/**
 * `minor` units of 10^-`exponent` of a currency (its own smallest unit: fils for exponent 3)
 * times `by`, rounded once as `convertCents` rounds: an amount in a currency with three decimals
 * converts from its fils, never from a cent it was first rounded to. NaN when not safe.
 */
export function convertMinor(minor: number, exponent: number, by: Ratio): Cents {
  if (exponent <= 2) return convertCents(minor * 10 ** (2 - exponent), by);
  // Fils are tenths of a cent: the same ratio over a denominator ten times as large.
  const denominator = by.denominator * 10n ** BigInt(exponent - 2);
  const fastDenominator = denominator <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(denominator) : NaN;
  return convertCents(minor, { ...by, denominator, fastDenominator });
}

/** The rare case of `convertCents`: a product past 2^53. */
function convertInBigInt(magnitude: number, by: Ratio): number {
  if (!Number.isSafeInteger(magnitude)) return NaN;
  const product = BigInt(magnitude) * by.numerator;
  const quotient = product / by.denominator;
  const rest = product - quotient * by.denominator;
  return Number(rest * 2n >= by.denominator ? quotient + 1n : quotient);
}
