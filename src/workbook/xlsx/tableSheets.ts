/**
 * Template tables on their own new sheets, and the per-table chores of the template: filling
 * rows by header, finding a free sheet name.
 */
import type { TableProperties, Workbook, WorksheetView } from "exceljs";
import { normalizeHeader } from "../../model/schema";
import type { ColumnSpec, TableSpec } from "../../model/schema";
import type { ColumnFormats } from "../columnFormats";
import { cellValueOf, toCellValue } from "./cellValues";
import { sheetNamed } from "./locateTables";
import type { HeaderValues } from "./sampleValues";
import type { SheetTable } from "./tableModel";
import { sheetTables, tableRows } from "./tableModel";
import { appendRows, TABLE_STYLE, writeCell } from "./tableEdits";
import { cellFormat } from "./templateRows";

/** The first of `base`, "JMP base", "JMP base 2", ... that no sheet uses. */
export function freeSheetName(workbook: Workbook, base: string): string {
  if (!sheetNamed(workbook, base)) return base;
  let name = `JMP ${base}`;
  for (let n = 2; sheetNamed(workbook, name); n++) name = `JMP ${base} ${n}`;
  return name;
}

const FROZEN_HEADER: Partial<WorksheetView>[] = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];

/**
 * A new sheet holding the table of `spec` at A1 with `rows` (at least one row, blank if none:
 * an Excel table always has a data row), header frozen, widths and formats from the schema.
 */
export function createTableSheet(workbook: Workbook, spec: TableSpec, rows: readonly HeaderValues[], formats: ColumnFormats): SheetTable {
  const sheet = workbook.addWorksheet(freeSheetName(workbook, spec.sheet), { views: FROZEN_HEADER });
  spec.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
  });
  const data = rows.length > 0 ? rows : [new Map<string, unknown>()];
  sheet.addTable({
    name: spec.name,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: TABLE_STYLE as TableProperties["style"],
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: data.map((row) => spec.columns.map((c) => toCellValue(row.get(normalizeHeader(c.header))))),
  });
  data.forEach((row, i) => {
    spec.columns.forEach((column, j) => {
      const numFmt = cellFormat(formats, spec, column, row);
      if (numFmt) writeCell(sheet, i + 2, j + 1, null, numFmt);
    });
  });
  const table = sheetTables(sheet).find((t) => t.model.name === spec.name);
  if (!table) throw new Error(`Table ${spec.name} was not created`);
  return table;
}

/** The schema column of each table column (by header), undefined for the user's own columns. */
export function schemaColumns(table: SheetTable, spec: TableSpec): (ColumnSpec | undefined)[] {
  const byHeader = new Map(spec.columns.map((c) => [normalizeHeader(c.header), c]));
  return table.model.columns.map((c) => byHeader.get(normalizeHeader(c.name)));
}

/** True when no data cell of the table holds anything. */
export function isEmptyTable(table: SheetTable): boolean {
  const { firstData, lastData } = tableRows(table);
  for (let r = firstData; r <= lastData; r++) {
    const row = table.sheet.findRow(r);
    if (!row) continue;
    for (let c = table.range.left; c <= table.range.right; c++) {
      const value = cellValueOf(row.findCell(c));
      if (value !== null && value !== undefined && !(typeof value === "string" && value.trim() === "")) return false;
    }
  }
  return true;
}

/**
 * Writes `rows` into the table from `startRow` on, by header; grows the table when it has fewer
 * rows. Returns the table, or undefined (nothing written) when it cannot grow.
 */
export function writeRows(table: SheetTable, spec: TableSpec, rows: readonly HeaderValues[], startRow: number, formats: ColumnFormats): SheetTable | undefined {
  const { lastData } = tableRows(table);
  const missing = startRow + rows.length - 1 - lastData;
  const grown = missing > 0 ? appendRows(table, missing) : table;
  if (!grown) return undefined;
  const columns = schemaColumns(grown, spec);
  rows.forEach((row, i) => {
    columns.forEach((column, j) => {
      if (!column) return;
      writeCell(grown.sheet, startRow + i, grown.range.left + j, row.get(normalizeHeader(column.header)), cellFormat(formats, spec, column, row));
    });
  });
  return grown;
}
