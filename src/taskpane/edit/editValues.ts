/**
 * A plan row's cells as text in the browser mode's edit form, and the form's text back into
 * cell values. Values show as the plan formats them (money in the plan currency, percents,
 * ISO dates, grouped counts), and what the user types is read the way the engine reads cells,
 * then written as a typed value (a number, a date), never as numeric text.
 */
import { parseNumericText, numericTextValue } from "../../engine/read/numericText";
import { dateFromDay, dayFromText } from "../../model/dates";
import { formatMoney, unitsToCents } from "../../model/money";
import type { Currency } from "../../model/money";
import type { ColumnSpec } from "../../model/schema";
import { cellText, count, NO_VALUE, percent } from "../format";

/** What the form shows for a raw cell value of a column (blank: ""). */
export function shownValue(raw: unknown, column: ColumnSpec | undefined, currency: Currency): string {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) return "";
  if (typeof raw === "number" && Number.isFinite(raw) && column) {
    switch (column.type) {
      case "money":
        return formatMoney(unitsToCents(raw), currency);
      case "percent":
        // A plain number above 1 is read as percent points (50 is 50 %).
        return percent(raw > 1 ? raw / 100 : raw);
      case "count":
        return count(raw);
      default:
        break;
    }
  }
  const text = cellText(raw);
  return text === NO_VALUE ? "" : text;
}

/** A typed value for a cell, or why the text cannot be one. */
export type ParsedValue = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

const NUMERIC_TYPES = new Set(["money", "number", "count", "percent"]);

/** Reads the form's text for a column: blank is an empty cell; numbers and dates become typed values. */
export function parsedValue(text: string, column: ColumnSpec): ParsedValue {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  if (NUMERIC_TYPES.has(column.type)) {
    const numeric = parseNumericText(trimmed);
    if (!numeric) return { ok: false, reason: `${column.header} takes a number` };
    let value = numericTextValue(numeric);
    // "50" in a percent column means 50 %, as the engine reads it.
    if (column.type === "percent" && !numeric.percent && value > 1) value /= 100;
    if (column.type === "count" && !Number.isInteger(value)) return { ok: false, reason: `${column.header} takes a whole number` };
    return { ok: true, value };
  }
  if (column.type === "date") {
    const day = dayFromText(trimmed);
    return day === undefined ? { ok: false, reason: `${column.header} takes a date such as 2026-03-31` } : { ok: true, value: dateFromDay(day) };
  }
  return { ok: true, value: trimmed };
}
