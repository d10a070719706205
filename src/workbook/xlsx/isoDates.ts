/**
 * Cells stored with `t="d"`: a date as ISO 8601 text in `<v>` (`2026-01-28T00:00:00.000`,
 * `2026-06-30T00:00:00Z`, `2026-01-28`), as SheetJS writes them with `cellDates` and openpyxl
 * with `iso_dates`. Excel reads such a cell as the date written and saves it as a serial; both
 * readers here turn the text into that serial, which then reads as any number in the cell does
 * (a date when the cell's format shows one).
 */

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-30 in the 1900 system) to 1970-01-01, as the readers count them. */
const EPOCH_SERIAL = 25_569;
/** Days between the 1900 and 1904 date systems. */
const DAYS_1904 = 1462;

/** A date, then optionally a time of day and a zone (the zone is not applied). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * The serial of the ISO 8601 date (and time) `text` names, as written: a zone (`Z`, `+02:00`)
 * shifts nothing, so the calendar day is the one in the text. Undefined when the text is not
 * such a date, names no real day or time, or falls outside Excel's calendar.
 */
export function isoDateSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((part) => Number(part ?? 0));
  if (year < (date1904 ? 1904 : 1900) || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const midnight = Date.UTC(year, month - 1, day);
  const check = new Date(midnight);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const ms = midnight + ((hour * 60 + minute) * 60 + second) * 1000 + Math.round(Number(`0.${m[7] ?? "0"}`) * 1000);
  return ms / MS_PER_DAY + EPOCH_SERIAL - (date1904 ? DAYS_1904 : 0);
}
