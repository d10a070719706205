/**
 * How the pane shows values: money in the plan currency (`formatMoney`), ratios as percents,
 * days as ISO dates, and an em dash wherever a value is undefined (a ratio with a zero
 * denominator, a blank cell), so "nothing to measure" never reads as zero.
 */
import { isoFromDay } from "../model/dates";
import type { Day } from "../model/dates";
import { formatMoney } from "../model/money";
import type { Cents, Currency } from "../model/money";
import { shownPercent } from "../model/shownPercent";

/** Shown where a value is undefined. */
export const NO_VALUE = "—";

const PERCENT = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });
const COUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** Cents in the plan currency, or the dash. */
export function money(cents: Cents | null | undefined, currency: Currency): string {
  return cents === null || cents === undefined ? NO_VALUE : formatMoney(cents, currency);
}

/** A fraction as a percent with at most one decimal (0.755 -> "75.5%"), or the dash. */
export function percent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined || !Number.isFinite(ratio) ? NO_VALUE : PERCENT.format(shownPercent(ratio, 1) / 100);
}

/** A whole number with grouping, or the dash. */
export function count(value: number | null | undefined): string {
  return value === null || value === undefined ? NO_VALUE : COUNT.format(value);
}

/** A calendar day as ISO text, or the dash. */
export function day(value: Day | undefined): string {
  return value === undefined ? NO_VALUE : isoFromDay(value);
}

/** "1 error", "2 errors": a count with its noun. */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${COUNT.format(n)} ${n === 1 ? noun : nouns}`;
}

/**
 * A raw cell value as the user typed it, for the finding detail: dates (Excel date cells arrive
 * as Date objects at UTC midnight) as ISO text, error cells as their code, blanks as the dash.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return NO_VALUE;
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString().slice(0, 10) : NO_VALUE;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object" && "error" in value) return String((value as { error: unknown }).error);
  const text = String(value);
  return text.trim() === "" ? NO_VALUE : text;
}
