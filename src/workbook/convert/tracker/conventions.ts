/**
 * How a tracker writes numbers and dates, read from each column's values before anything is
 * imported: a column of amounts written "4.000 €" or "20.000,00" is in the European format (a
 * dot groups thousands, a comma marks decimals), a column of dates holding "28/04/2026" is
 * written day first (and so is every date column of the sheet), two-digit years ("1/15/26") are this century's, and "15-Mar-26" is a date.
 * The engine reads a plan's text cells by fixed rules; a tracker's columns are read by their own
 * convention, and the values go into the plan as real numbers and dates. The currencies the
 * amounts name, in their cells or in their column's header ("Spent (USD)"), are found too (one
 * becomes a new plan's currency). Each choice is said in a note.
 */
import { CURRENCY_SYMBOL_PATTERN, currencyOfMark } from "../../../model/currencyCodes";
import { monthFromName } from "../../../model/monthNames";
import { dateFromDay, dayFromParts, fullYear } from "../../../model/dates";
import type { Day } from "../../../model/dates";
import type { TrackerField } from "./fields";
import { fieldKind } from "./fields";
import type { ColumnMapping } from "./mapColumns";
import { looksLikeDate, looksNumeric } from "./trackerValues";

/** The grid as read by the columns' conventions, what was chosen, and the amounts' currency. */
export interface ReadConventions {
  readonly grid: readonly (readonly unknown[])[];
  readonly notes: readonly string[];
  /** ISO codes of the currencies the amounts name (by symbol or code), in the order found. */
  readonly currencies: readonly string[];
  /** Per currency named: the grid rows whose amounts name it, in order, each once. */
  readonly currencyRows: ReadonlyMap<string, readonly number[]>;
}

/** A space that groups thousands: a plain one, or the no-break ones French writing uses. */
const GROUP_SPACE = "[ \\u00a0\\u202f]";
const EUROPEAN = [
  /\d\.\d{3},\d/,
  /^\s*[-(]?\s*\d+,\d{1,2}\s*(€|EUR)?\s*\)?$/i,
  /\d\.\d{3}\s*(€|EUR)\s*$/i,
  /\d{1,3}(\.\d{3}){2,}(?!\d)/,
  // French: "6 000,00 €", "20 000 €" (a space groups thousands, a comma marks decimals).
  new RegExp(`\\d${GROUP_SPACE}\\d{3},\\d`),
  new RegExp(`^\\s*[-(]?\\s*\\d{1,3}(${GROUP_SPACE}\\d{3})+\\s*(€|EUR)\\s*\\)?$`, "i"),
];
const AMERICAN = [/\d,\d{3}\.\d/, /^\s*[-(]?\s*[$£]?\s*\d+\.\d{1,2}\s*\)?$/, /\d{1,3}(,\d{3}){2,}(?!\d)/];
/** Codes a tracker's amounts or headers are taken to name, written in capitals as a word ("EUR 500", "Cost (CAD)"). */
const CURRENCY_CODES = ["EUR", "GBP", "USD", "JPY", "CHF", "CAD", "AUD", "NZD", "SGD", "HKD", "BRL", "INR", "CNY", "MXN", "SEK", "NOK", "DKK", "PLN"];
/**
 * A currency mark in text: a symbol the engine reads (a dollar written apart, "C$", is its own
 * currency, not after a letter) or one of those codes.
 */
const CURRENCY_MARK = new RegExp(`(?<![A-Za-z])(?:${CURRENCY_SYMBOL_PATTERN})|\\b(?:${CURRENCY_CODES.join("|")})\\b`, "g");

const SLASHED = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$/;
// A month named in any language of the plan's number formats ("15-Mar-26", "15-mrt-26").
const DAY_MONTH_NAME = /^\s*(\d{1,2})[ -](\p{L}{3,10})\.?[ -](\d{2}|\d{4})\s*$/u;

/** A date the engine would not read ("15-Mar-26", a day-first slash date), or undefined; a two-digit year as the plan reads it (`fullYear`). */
function trackerDate(text: string, dayFirst: boolean): Day | undefined {
  let m = SLASHED.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const first = dayFirst || a > 12 || m[0].includes(".");
    return first ? dayFromParts(fullYear(m[3]), b, a) : dayFromParts(fullYear(m[3]), a, b);
  }
  m = DAY_MONTH_NAME.exec(text);
  if (m) {
    const month = monthFromName(m[2]);
    return month === undefined ? undefined : dayFromParts(fullYear(m[3]), month, Number(m[1]));
  }
  return undefined;
}

const GROUPING_SPACES = new RegExp(`(\\d)${GROUP_SPACE}(?=\\d{3}(?!\\d))`, "g");

/** A European amount as the engine reads amounts: "20.000,00 €" and "20 000,00 €" -> "20000.00 €". */
function americanText(text: string): string {
  return text.replace(GROUPING_SPACES, "$1").replace(/\./g, "").replace(/,/g, ".");
}

/** True when a cell reads as an amount in either format ("4.000,50 €" as well as "$4,000.50"). */
export function readsAsAmount(value: unknown): boolean {
  return looksNumeric(value) || (typeof value === "string" && looksNumeric(americanText(value)));
}

/** True when a cell reads as a date, two-digit years and "15-Mar-26" included. */
export function readsAsDate(value: unknown): boolean {
  return looksLikeDate(value) || (typeof value === "string" && trackerDate(value, false) !== undefined);
}

function texts(grid: readonly (readonly unknown[])[], first: number, index: number): string[] {
  const out: string[] = [];
  for (let r = first; r < grid.length; r++) {
    const v = grid[r]?.[index];
    if (typeof v === "string" && v.trim() !== "") out.push(v);
  }
  return out;
}

/** What a column's slashed dates show of their order: a first part above 12 can only be a day, a second one only a month's day. */
function dateOrder(values: readonly string[]): { dayFirst: boolean; monthFirst: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  for (const t of values) {
    const m = SLASHED.exec(t);
    if (m === null) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return { dayFirst, monthFirst };
}

/**
 * Whether the sheet's dates are written day first. A sheet is written one way: "27/03/2026" in
 * End makes "03/04/2026" in Start the 3rd of April too, not the 4th of March; so do amounts in
 * the European format, whose writers put the day first. A sheet whose dates show both orders
 * (a "3/27/2026" beside a "27/03/2026") is read column by column instead.
 */
function sheetDayFirst(dateValues: readonly (readonly string[])[], europeanAmounts: boolean): { dayFirst: boolean; mixed: boolean } {
  const orders = dateValues.map(dateOrder);
  const dayFirst = orders.some((o) => o.dayFirst);
  const monthFirst = orders.some((o) => o.monthFirst);
  return { dayFirst: (dayFirst || europeanAmounts) && !monthFirst, mixed: dayFirst && monthFirst };
}

/** Reads the grid's mapped amount and date columns by their conventions (rows from `first` on). */
export function readConventions(grid: readonly (readonly unknown[])[], first: number, columns: readonly ColumnMapping[]): ReadConventions {
  const notes: string[] = [];
  const currencySeen = new Map<string, Set<number>>();
  const rewrites: { index: number; rewrite: (text: string) => unknown }[] = [];
  const dateColumns: { index: number; header: string; values: string[] }[] = [];
  let europeanAmounts = false;
  for (const { field, index, header } of columns) {
    if (!field || field === "ignored") continue;
    const kind = fieldKind(field as TrackerField);
    const values = texts(grid, first, index);
    if (kind === "money" || kind === "count") {
      noteCurrencies(grid, first, index, header, currencySeen);
      const european = values.some((t) => EUROPEAN.some((p) => p.test(t))) && !values.some((t) => AMERICAN.some((p) => p.test(t)));
      if (european) {
        europeanAmounts = true;
        rewrites.push({ index, rewrite: americanText });
        notes.push(`Amounts in "${header}" are read in the European format (1.234,56 or 1 234,56).`);
      }
    } else if (kind === "date") dateColumns.push({ index, header, values });
  }
  const sheet = sheetDayFirst(dateColumns.map((c) => c.values), europeanAmounts);
  if (sheet.dayFirst && dateColumns.some((c) => c.values.some((t) => SLASHED.test(t)))) {
    notes.push(`Dates are read day first (dd/mm/yyyy) in every date column, ${europeanAmounts && !dateColumns.some((c) => dateOrder(c.values).dayFirst) ? "as the amounts are written the European way" : "as some of them can only be"}.`);
  }
  for (const { index, header, values } of dateColumns) {
    const dayFirst = sheet.mixed ? dateOrder(values).dayFirst && !dateOrder(values).monthFirst : sheet.dayFirst;
    if (sheet.mixed && dayFirst) notes.push(`Dates in "${header}" are read day first (dd/mm/yyyy), as some of them can only be; other columns hold month-first dates.`);
    rewrites.push({
      index,
      rewrite: (text) => {
        const day = trackerDate(text, dayFirst);
        return day === undefined ? text : dateFromDay(day);
      },
    });
  }
  const currencyRows = new Map([...currencySeen].map(([code, rows]) => [code, [...rows].sort((a, b) => a - b)]));
  const currencies = [...currencyRows.keys()];
  if (rewrites.length === 0) return { grid, notes, currencies, currencyRows };
  const read = grid.map((row, r) => {
    if (r < first) return row;
    let copy: unknown[] | undefined;
    for (const { index, rewrite } of rewrites) {
      const v = row[index];
      if (typeof v !== "string" || v.trim() === "") continue;
      const next = rewrite(v);
      if (next !== v) (copy ??= [...row])[index] = next;
    }
    return copy ?? row;
  });
  return { grid: read, notes, currencies, currencyRows };
}

/** The currencies `text` names by symbol or code ("€", "EUR", "C$"), each once, in the order written; "$" alone is USD. */
function currenciesIn(text: string): string[] {
  const codes = Array.from(text.matchAll(CURRENCY_MARK), (m) => currencyOfMark(m[0]) ?? m[0]);
  return [...new Set(codes)];
}

/**
 * Adds the rows of column `index` whose amounts name a currency under that currency: the one the
 * cell names (by symbol or code), else the one its header names ("Spent (USD)", "Budget [€]").
 * A header's currency is every plain amount's below it, as a symbol typed in each cell would be;
 * a header naming two is no one's.
 */
function noteCurrencies(grid: readonly (readonly unknown[])[], first: number, index: number, header: string, rows: Map<string, Set<number>>): void {
  const named = currenciesIn(header);
  const column = named.length === 1 ? named[0] : undefined;
  for (let r = first; r < grid.length; r++) {
    const value = grid[r][index];
    const own = typeof value === "string" ? currenciesIn(value) : [];
    const codes = own.length > 0 ? own : column !== undefined && readsAsAmount(value) ? [column] : [];
    for (const code of codes) {
      const seen = rows.get(code) ?? new Set<number>();
      seen.add(r);
      rows.set(code, seen);
    }
  }
}
