/**
 * Where a JMP table sits in a workbook. First by its Excel table name, anywhere in the
 * workbook; failing that, by its sheet: workbooks made by hand or saved by LibreOffice often
 * hold the data as a plain range with no table object.
 *
 * The sheet rule: a sheet whose name is the template sheet's (trimmed, case-insensitive), whose
 * row 1 holds every required header of the table (both headers for Settings) and whose header
 * cells belong to no Excel table. The range runs from the first to the last non-blank cell of
 * row 1 and down to the last row holding anything in those columns.
 */
import type { Workbook, Worksheet } from "exceljs";
import { normalizeHeader } from "../../model/schema";
import type { TableSpec } from "../../model/schema";
import type { CellRange } from "./a1";
import { overlaps } from "./a1";
import { cellValueOf } from "./cellValues";
import type { SheetTable } from "./tableModel";
import { findTable, sheetTables } from "./tableModel";

/** A JMP table found as a plain range on its template sheet. */
export interface SheetRegion {
  readonly sheet: Worksheet;
  /** Header row 1 down to the last row with content. */
  readonly range: CellRange;
}

/** A JMP table found either way. */
export type Located = { readonly kind: "table"; readonly table: SheetTable } | { readonly kind: "region"; readonly region: SheetRegion };

/** The sheet of that name, compared as Excel does (case-insensitive). */
export function sheetNamed(workbook: Workbook, name: string): Worksheet | undefined {
  const wanted = name.trim().toLowerCase();
  return workbook.worksheets.find((s) => s.name.trim().toLowerCase() === wanted);
}

function isBlankValue(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Headers that must be in row 1 for the sheet rule: the required ones, or all for Settings. */
function keyHeaders(spec: TableSpec): string[] {
  const required = spec.columns.filter((c) => c.required);
  return (required.length >= 2 ? required : spec.columns).map((c) => normalizeHeader(c.header));
}

/** Finds the table's plain range on its template sheet, or undefined. */
export function findSheetRegion(workbook: Workbook, spec: TableSpec): SheetRegion | undefined {
  const sheet = sheetNamed(workbook, spec.sheet);
  const headerRow = sheet?.findRow(1);
  if (!sheet || !headerRow) return undefined;
  let left = 0;
  let right = 0;
  const found = new Set<string>();
  headerRow.eachCell((cell, column) => {
    const value = cellValueOf(cell);
    if (isBlankValue(value)) return;
    if (left === 0) left = column;
    right = column;
    found.add(normalizeHeader(value));
  });
  if (left === 0 || !keyHeaders(spec).every((h) => found.has(h))) return undefined;
  const headerCells: CellRange = { top: 1, left, bottom: 1, right };
  if (sheetTables(sheet).some((t) => overlaps(t.range, headerCells))) return undefined;
  return { sheet, range: { top: 1, left, bottom: lastRowWithContent(sheet, left, right), right } };
}

function lastRowWithContent(sheet: Worksheet, left: number, right: number): number {
  for (let r = sheet.rowCount; r > 1; r--) {
    const row = sheet.findRow(r);
    if (!row) continue;
    for (let c = left; c <= right; c++) if (!isBlankValue(cellValueOf(row.findCell(c)))) return r;
  }
  return 1;
}

/** Where the JMP table of `spec` is: its Excel table, else its plain range, else undefined. */
export function locateJmpTable(workbook: Workbook, spec: TableSpec): Located | undefined {
  const table = findTable(workbook, spec.name);
  if (table) return { kind: "table", table };
  const region = findSheetRegion(workbook, spec);
  return region ? { kind: "region", region } : undefined;
}
