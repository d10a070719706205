/**
 * Reads the JMP tables of an ExcelJS workbook as RawTables: header cells and rows of raw cell
 * values, exactly where they sit on their sheets. Values are unwrapped (formula results, rich
 * text, hyperlinks) but never interpreted; the engine does that.
 */
import type { Workbook, Worksheet } from "exceljs";
import { decodeExcelEscapes } from "../../model/excelEscapes";
import type { RawTable } from "../../model/rawTable";
import { TABLES } from "../../model/schema";
import type { TableSpec } from "../../model/schema";
import type { ProgressListener } from "../port";
import type { CellRange } from "./a1";
import { cellValueOf } from "./cellValues";
import { locateJmpTable } from "./locateTables";
import type { SheetTable } from "./tableModel";
import { tableRows } from "./tableModel";

function readRows(sheet: Worksheet, range: CellRange, firstRow: number, lastRow: number): unknown[][] {
  const width = range.right - range.left + 1;
  const rows: unknown[][] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const row = sheet.findRow(r);
    const cells = new Array<unknown>(width).fill(null);
    if (row) for (let i = 0; i < width; i++) cells[i] = cellValueOf(row.findCell(range.left + i));
    rows.push(cells);
  }
  return rows;
}

/**
 * An Excel table as a RawTable. Headers are the table's column names (Excel keeps them equal to
 * the header cells). A table without a header row reports the row above it as its header row,
 * so data row i still sits at `headerRow + 1 + i`.
 */
function fromExcelTable(spec: TableSpec, table: SheetTable): RawTable {
  const { sheet, model, range } = table;
  const rows = tableRows(table);
  const width = range.right - range.left + 1;
  // ExcelJS keeps a column name as stored: a header typed with Alt+Enter as "MDF_x000a_requested".
  const headers = Array.from({ length: width }, (_, i) => {
    const name = model.columns[i]?.name;
    return name === undefined ? null : decodeExcelEscapes(name);
  });
  const lastRow = rows.totals ?? rows.lastData;
  return {
    name: spec.name,
    sheet: sheet.name,
    headerRow: rows.header ?? rows.firstData - 1,
    firstColumn: range.left - 1,
    headers,
    rows: readRows(sheet, range, rows.firstData, lastRow),
    hasTotalsRow: rows.totals !== undefined && lastRow >= rows.firstData,
  };
}

/** A plain range on the template sheet as a RawTable; its header row is row 1. */
function fromRegion(spec: TableSpec, sheet: Worksheet, range: CellRange): RawTable {
  return {
    name: spec.name,
    sheet: sheet.name,
    headerRow: range.top,
    firstColumn: range.left - 1,
    headers: readRows(sheet, range, range.top, range.top)[0],
    rows: readRows(sheet, range, range.top + 1, range.bottom),
  };
}

/** One JMP table, or undefined when the workbook lacks it. */
export function readJmpTable(workbook: Workbook, spec: TableSpec): RawTable | undefined {
  const found = locateJmpTable(workbook, spec);
  if (found?.kind === "table") return fromExcelTable(spec, found.table);
  if (found?.kind === "region") return fromRegion(spec, found.region.sheet, found.region.range);
  return undefined;
}

/** Every JMP table the workbook holds, in template order; missing ones are left out. */
export function readJmpTables(workbook: Workbook, onProgress?: ProgressListener): RawTable[] {
  const out: RawTable[] = [];
  TABLES.forEach((spec, index) => {
    const table = readJmpTable(workbook, spec);
    if (table) out.push(table);
    onProgress?.(index + 1, TABLES.length);
  });
  return out;
}
