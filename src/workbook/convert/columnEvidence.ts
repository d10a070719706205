/**
 * What a sheet column's values say about which template column it fits: enum columns are
 * recognised by their allowed values (a column of "Webinar", "Trade show" is a tactic type
 * whatever its header), and a column whose values cannot be of the template column's type
 * (text under a money header, say) weakens a header match.
 */
import { dayFromText } from "../../model/dates";
import { normalizeHeader } from "../../model/schema";
import type { ColumnSpec } from "../../model/schema";
import { isBlankCell } from "./tableRows";

/** How many values of a column are looked at. */
export const SAMPLE_ROWS = 50;

/** Fewest non-blank values for the values to count as evidence. */
const MIN_VALUES = 2;

const NUMERIC_TEXT = /^\s*[-+(]?\s*[$€£¥]?\s*[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?\s*%?\s*\)?\s*[A-Za-z]{0,3}\s*$/;
/** Excel serial numbers of 1954 to 2119: a number in this range may be a date. */
const SERIAL_RANGE = { min: 20_000, max: 80_000 };

/** The non-blank values of column `index` in the first rows. */
export function sampleValues(rows: readonly (readonly unknown[])[], index: number): unknown[] {
  const out: unknown[] = [];
  for (const row of rows.slice(0, SAMPLE_ROWS)) if (!isBlankCell(row[index])) out.push(row[index]);
  return out;
}

function isNumeric(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" && /\d/.test(value) && NUMERIC_TEXT.test(value);
}

function isDateLike(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (typeof value === "number") return value >= SERIAL_RANGE.min && value <= SERIAL_RANGE.max;
  return typeof value === "string" && dayFromText(value) !== undefined;
}

function share(values: readonly unknown[], test: (v: unknown) => boolean): number {
  return values.filter(test).length / values.length;
}

/**
 * For an enum column, how well the values fit its allowed values: 0 when too few of them do,
 * else between 0.6 and 0.95 growing with the share that are allowed values.
 */
export function enumEvidence(column: ColumnSpec, values: readonly unknown[]): number {
  if (!column.values || values.length < MIN_VALUES) return 0;
  const allowed = new Set(column.values.map(normalizeHeader));
  const fit = share(values, (v) => allowed.has(normalizeHeader(v)));
  return fit >= 0.6 ? 0.6 + 0.35 * fit : 0;
}

/**
 * 1 when the values can be of the column's type, 0.5 when most of them cannot (a header match
 * is then halved): text under a money, number or date column.
 */
export function typeFit(column: ColumnSpec, values: readonly unknown[]): number {
  if (values.length < MIN_VALUES) return 1;
  switch (column.type) {
    case "money":
    case "number":
    case "count":
    case "percent":
      return share(values, isNumeric) >= 0.5 ? 1 : 0.5;
    case "date":
      return share(values, isDateLike) >= 0.5 ? 1 : 0.5;
    default:
      return 1;
  }
}
