/**
 * Cell values between ExcelJS and the rest of the project. Reading unwraps ExcelJS's object
 * shapes (formula results, rich text, hyperlinks) into the plain values a RawTable carries;
 * writing turns any value into a plain cell value that can never become a formula.
 */
import type { Cell, CellValue as ExcelCellValue } from "exceljs";
import type { CellValue } from "../../model/rawTable";

/** ExcelJS's value type of a cell that belongs to a merged range but is not its top-left. */
const MERGE_TYPE = 1;
const MAX_DEPTH = 4;
/** The error values a cell can store in a file; newer ones (#SPILL!, ...) exist only as results. */
const WRITABLE_ERRORS = new Set(["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"]);

/**
 * The value a cell holds as the engine should see it: a formula's cached result, rich text and
 * hyperlinks as their text. A value of a shape nobody expects is passed on untouched so the
 * engine reports it as unreadable at its cell instead of it vanishing here.
 */
export function readCellValue(value: unknown, depth = 0): CellValue | object {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value as CellValue;
  if (depth > MAX_DEPTH) return value;
  const o = value as Record<string, unknown>;
  if (typeof o.error === "string") return { error: o.error };
  if ("formula" in o || "sharedFormula" in o) return readCellValue(o.result, depth + 1);
  if (Array.isArray(o.richText)) return richTextOf(o.richText);
  if ("hyperlink" in o || "text" in o) return readCellValue(o.text, depth + 1);
  return value;
}

function richTextOf(parts: readonly unknown[]): string {
  return parts.map((p) => (p && typeof p === "object" && typeof (p as { text?: unknown }).text === "string" ? (p as { text: string }).text : "")).join("");
}

/** A cell's value for reading; the hidden cells of a merged range read blank, as in Excel. */
export function cellValueOf(cell: Cell | undefined): CellValue | object {
  if (!cell || cell.type === MERGE_TYPE) return null;
  return readCellValue(cell.value);
}

/** True when a cell holds nothing (no value, no formula) and is not part of a merged range. */
export function isFreeCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.isMerged) return false;
  const v = cell.value;
  return v === null || v === undefined || (typeof v === "string" && v === "");
}

/**
 * Any value as a plain cell value to write: text stays text even when it starts with `=`, `+`,
 * `-` or `@` (ExcelJS writes strings as strings; only formula objects become formulas, and
 * those are reduced to their result here). Invalid dates and non-finite numbers become blank.
 */
export function toCellValue(value: unknown): ExcelCellValue {
  const plain = readCellValue(value);
  if (plain === null || plain === undefined) return null;
  if (typeof plain === "string" || typeof plain === "boolean") return plain;
  if (typeof plain === "number") return Number.isFinite(plain) ? plain : null;
  if (plain instanceof Date) return Number.isFinite(plain.getTime()) ? plain : null;
  const error = (plain as { error?: unknown }).error;
  if (typeof error === "string") return WRITABLE_ERRORS.has(error) ? ({ error } as ExcelCellValue) : error;
  return null;
}
