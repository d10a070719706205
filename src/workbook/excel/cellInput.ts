/**
 * Values as Office.js cell input. Excel parses text written to `range.values` the way it parses
 * typing: `=...` becomes a formula, `00123` the number 123, `1-2` a date. A leading apostrophe
 * keeps text as text (and is not stored), so every text the tool writes from a workbook or a
 * partner file goes through here.
 */
import { dayFromDate, serialFromDay } from "../../model/dates";
import type { LayoutValue } from "../layout";

/** What a cell can be given. */
export type CellInput = string | number | boolean;

/** Text written as text whatever it looks like; "" stays an empty cell. */
export function textInput(text: string): string {
  return text === "" ? "" : `'${text}`;
}

/** A generated-sheet value as input: numbers as numbers, text as text, null as a blank cell. */
export function layoutInput(value: LayoutValue): CellInput {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return textInput(value);
}

/**
 * A value for a cell formatted `format`: a text-formatted cell (`@`) takes text literally,
 * apostrophe included, so text goes in as it is; other cells get `tableInput`.
 */
export function inputFor(value: unknown, format: string): CellInput {
  return format === "@" && typeof value === "string" ? value : tableInput(value);
}

/**
 * A value for a template table cell: dates as Excel serial numbers, numbers and booleans as
 * they are, text as text; null and undefined as a blank cell.
 */
export function tableInput(value: unknown): CellInput {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const day = dayFromDate(value);
    return day === undefined ? "" : serialFromDay(day);
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  return textInput(String(value));
}
