/**
 * The fiscal calendar (SPEC section 9): a fiscal year starts on the first day of the month the
 * `Fiscal year start` setting names and is named by the calendar year in which it ends (a year
 * starting July 2026 is FY2027). Periods are fiscal quarters (`FY2027-Q1`) or calendar months
 * (`2026-07`); the periods of a plan are those overlapping its Period start..Period end, in
 * order, empty ones included. Pure functions over days (see dates.ts).
 */
import type { Day } from "./dates";
import { dayFromParts, dayFromSerial, isoFromDay, MAX_EXCEL_SERIAL } from "./dates";
import { monthFromName } from "./monthNames";

/** How a plan is cut into periods. */
export type Granularity = "quarter" | "month";

/** One period of a plan: its label and its first and last days. */
export interface Period {
  readonly label: string;
  readonly start: Day;
  readonly end: Day;
}

/** The first serial read as a date in `Fiscal year start` (1901-01-01): 13 to 366 are no month and no date anyone types. */
const MIN_DATE_SERIAL = 367;

/** The fiscal year start when the setting is blank: January (fiscal years are calendar years). */
export const DEFAULT_FISCAL_YEAR_START = 1;

/**
 * The most periods a plan is cut into (fifty years of months): past that, a plan period is
 * surely a typing slip, and listing every month of it would only fill the screen.
 */
export const MAX_PERIODS = 600;

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/**
 * The month (1-12) a `Fiscal year start` value names: a month's name in English, German, French,
 * Spanish, Italian or Dutch, whole or its first three or more letters, any case ("July", "jul",
 * "Sept", "Juli", "juillet"; see `monthNames.ts`), or a number 1-12 ("7", 7). Undefined otherwise.
 */
export function monthFromSetting(value: string | number): number | undefined {
  const text = String(value).trim().toLowerCase().replace(/\.$/, "");
  // A date (a cell Excel made a date of "Jul 2026"): the year starts in its month. A file gives
  // it as ISO text; Excel's JavaScript API as its serial (46204 is 2026-07-01), never a month.
  const date = /^\d{4}-(\d{2})-\d{2}(?:$|T)/.exec(text);
  if (date) return monthFromSetting(date[1]);
  if (/^\d{3,7}(?:\.\d+)?$/.test(text) && Number(text) >= MIN_DATE_SERIAL && Number(text) <= MAX_EXCEL_SERIAL) {
    return monthFromSetting(isoFromDay(dayFromSerial(Math.floor(Number(text)))).slice(5, 7));
  }
  if (/^\d{1,2}$/.test(text)) {
    const month = Number(text);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  // A month with its year, as text ("Jul 2026", "July-26"): the year starts in that month.
  const withYear = /^(\p{L}+)\.?[\s-]+\d{2}(?:\d{2})?$/u.exec(text);
  return monthFromName(withYear ? withYear[1] : text);
}

/** The English name of a month (1-12). */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1] ?? "";
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A month counted from year 0 (`year * 12 + month - 1`), so months add and compare as integers. */
type MonthIndex = number;

function monthIndexOfDay(day: Day): MonthIndex {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

function firstDayOf(month: MonthIndex): Day {
  return dayFromParts(Math.floor(month / 12), (month % 12) + 1, 1) ?? NaN;
}

/** The fiscal year (the calendar year it ends in) holding a month. */
function fiscalYearOfMonth(month: MonthIndex, fiscalStart: number): number {
  const year = Math.floor(month / 12);
  const monthOfYear = (month % 12) + 1;
  // A year starting in January ends in the same calendar year; any other ends in the next one.
  return fiscalStart === 1 || monthOfYear < fiscalStart ? year : year + 1;
}

/** The fiscal quarter (1-4) holding a month. */
function quarterOfMonth(month: MonthIndex, fiscalStart: number): number {
  return Math.floor(((month % 12) + 1 - fiscalStart + 12) % 12 / 3) + 1;
}

/** The label of the quarter holding a month: `FY2027-Q1`. */
function quarterLabel(month: MonthIndex, fiscalStart: number): string {
  return `FY${fiscalYearOfMonth(month, fiscalStart)}-Q${quarterOfMonth(month, fiscalStart)}`;
}

/** The label of a month: `2026-07`. */
function monthLabel(month: MonthIndex): string {
  const monthOfYear = (month % 12) + 1;
  return `${Math.floor(month / 12)}-${monthOfYear < 10 ? "0" : ""}${monthOfYear}`;
}

/** The label of the period holding a day. */
export function periodLabelOf(day: Day, fiscalStart: number, granularity: Granularity): string {
  const month = monthIndexOfDay(day);
  return granularity === "month" ? monthLabel(month) : quarterLabel(month, fiscalStart);
}

/**
 * The periods overlapping `start..end` (both days included), in order, empty ones included.
 * Empty when `end` is before `start`; undefined when there would be more than `MAX_PERIODS`.
 */
export function periodsOf(start: Day, end: Day, fiscalStart: number, granularity: Granularity): Period[] | undefined {
  if (!(end >= start)) return [];
  const span = granularity === "month" ? 1 : 3;
  const first = monthIndexOfDay(start);
  // A quarter starts on a month whose distance from the fiscal year start is a multiple of 3.
  const firstPeriod = granularity === "month" ? first : first - ((((first % 12) + 1 - fiscalStart) % 3) + 3) % 3;
  const last = monthIndexOfDay(end);
  if (Math.floor((last - firstPeriod) / span) + 1 > MAX_PERIODS) return undefined;
  const periods: Period[] = [];
  for (let month = firstPeriod; month <= last; month += span) {
    periods.push({
      label: granularity === "month" ? monthLabel(month) : quarterLabel(month, fiscalStart),
      start: firstDayOf(month),
      end: firstDayOf(month + span) - 1,
    });
  }
  return periods;
}

/**
 * The position among `periods` (in order and back to back, as `periodsOf` makes them) of the
 * period holding `day`, or -1 when none does (before the first, after the last, or no day).
 */
export function periodIndexOf(periods: readonly Period[], day: number): number {
  if (periods.length === 0 || !(day >= periods[0].start) || !(day <= periods[periods.length - 1].end)) return -1;
  let low = 0;
  let high = periods.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (periods[middle].start <= day) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The comparison form of a period label: trimmed, upper case (`fy2027-q1` is `FY2027-Q1`). */
export function periodKey(label: string): string {
  return label.trim().toUpperCase();
}

/** The position of the period labelled `label` (compared as `periodKey`), or -1. */
export function periodPosition(periods: readonly Period[], label: string): number {
  const key = periodKey(label);
  return periods.findIndex((p) => p.label === key);
}
