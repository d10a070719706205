/**
 * Calendar days without time zones. A day is an integer count of days since 1970-01-01, so an
 * Excel serial, a Date object and ISO text for the same calendar day compare equal wherever the
 * code runs. Date objects are read by their UTC fields, which is how ExcelJS and the Excel JavaScript API
 * serials carry a calendar day.
 */

import { monthFromName } from "./monthNames";

/** Days since 1970-01-01 (the Unix epoch), an integer. */
export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system. */
const EXCEL_EPOCH_OFFSET = 25_569;
/** Largest serial Excel accepts (9999-12-31). */
export const MAX_EXCEL_SERIAL = 2_958_465;

/** The day of an Excel serial (1900 system; the fraction is the time of day and is dropped). */
export function dayFromSerial(serial: number): Day {
  return Math.floor(serial) - EXCEL_EPOCH_OFFSET;
}

/** The Excel serial of a day. */
export function serialFromDay(day: Day): number {
  return day + EXCEL_EPOCH_OFFSET;
}

/**
 * The furthest day from 1970 a Date cell may fall on (about the year 47,900; Excel's own
 * calendar ends in 9999). Every day within it is exact in a 32-bit float, which is how the
 * engine holds dates.
 */
export const MAX_DAY = 2 ** 24;

/**
 * The first and last days a Date cell may hold: serial 0 (1899-12-30, what readers make of a
 * time without a date) to 2,958,465 (9999-12-31), the end of Excel's calendar.
 */
const FIRST_EXCEL_DAY = dayFromSerial(0);
const LAST_EXCEL_DAY = dayFromSerial(MAX_EXCEL_SERIAL);

/**
 * The day of a Date, read by its UTC fields; undefined for an invalid Date or one outside Excel's
 * calendar. A reader turns any serial of a date-formatted cell into a Date (-5 into 1899-12-25,
 * 3,000,000 into the year 10,113): such a day is no date Excel can hold, so it is not a date here.
 */
export function dayFromDate(date: Date): Day | undefined {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return undefined;
  const day = Math.floor(ms / MS_PER_DAY);
  return day >= FIRST_EXCEL_DAY && day <= LAST_EXCEL_DAY ? day : undefined;
}

/** The day of a year, month (1-12) and day of month; undefined when no such date exists. */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return undefined;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || dayOfMonth < 1) return undefined;
  const ms = Date.UTC(year, month - 1, dayOfMonth);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) return undefined;
  return ms / MS_PER_DAY;
}

/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const DAYS_BEFORE_EPOCH = 719_468;
/** Days in a 400-year Gregorian cycle. */
const DAYS_PER_ERA = 146_097;

/**
 * ISO `YYYY-MM-DD` text of a day. Computed from the day number directly (civil-from-days, with
 * years starting on 1 March so the leap day ends the year): findings quote thousands of dates,
 * and a Date object per date cost more than the rest of the message.
 */
export function isoFromDay(day: Day): string {
  if (!Number.isInteger(day)) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  const shifted = day + DAYS_BEFORE_EPOCH;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // Outside years 0-9999 ISO text takes a sign and six digits: leave those to Date.
  if (year < 0 || year > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${dayOfMonth < 10 ? "0" : ""}${dayOfMonth}`;
}

/** A Date at UTC midnight of the day (what ExcelJS writes as that calendar day). */
export function dateFromDay(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/** Today's calendar day in the local time zone of the machine running the code. */
export function today(now: Date = new Date()): Day {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? Math.floor(now.getTime() / MS_PER_DAY);
}


const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED = /^(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4}|\d{2})$/;

/** A year as written: four digits as they are, two as Excel reads them by default (00-29 in this century, 30-99 in the last). */
export function fullYear(digits: string): number {
  const year = Number(digits);
  return digits.length > 2 ? year : year < 30 ? 2000 + year : 1900 + year;
}
// A month named in a language of the plan's number formats (monthNames.ts), accents included,
// after a day written as German ("1.") and French ("1er") write it, or before one ("July 1st").
// A two-digit year after a month name is Excel's own short date ("31-Dec-26", d-mmm-yy).
const DAY_MONTH_NAME = /^(\d{1,2})(?:\.|er)?[\s-]+(\p{L}{3,10})\.?[\s,-]+(\d{4}|\d{2})$/u;
const MONTH_NAME_DAY = /^(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u;

/**
 * Reads date text the way Excel users write it: ISO `2026-03-31` (time of day ignored),
 * `31 Mar 2026` (or `31-Mar-26`, as Excel shows d-mmm-yy), `Mar 31, 2026`, slashed `3/31/2026` or `31/3/2026`, and dotted `31.3.2026`; a
 * slashed or dotted date may have a two-digit year (`31.03.26`: 2026; 00-29 are 2000-2029 and
 * 30-99 are 1930-1999, Excel's default). A slashed date
 * whose order is ambiguous (both parts <= 12) is read month first, as Excel's en-US locale
 * does, unless `dayFirst` (a plan whose number format writes the day first, de-DE or fr-FR);
 * a dotted date is always day first.
 */
export function dayFromText(text: string, dayFirst = false): Day | undefined {
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASHED.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4]);
    // Dotted dates are written day first wherever dots are used (31.3.2026).
    const readDayFirst = dayFirst || m[2] === "." || a > 12;
    return readDayFirst ? dayFromParts(year, b, a) : dayFromParts(year, a, b);
  }
  m = DAY_MONTH_NAME.exec(s);
  if (m) {
    const month = monthFromName(m[2]);
    return month ? dayFromParts(fullYear(m[3]), month, Number(m[1])) : undefined;
  }
  m = MONTH_NAME_DAY.exec(s);
  if (m) {
    const month = monthFromName(m[1]);
    return month ? dayFromParts(Number(m[3]), month, Number(m[2])) : undefined;
  }
  return undefined;
}
