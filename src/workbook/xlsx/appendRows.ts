/**
 * Appends rows to a JMP table of an ExcelJS workbook, for the convert view: values are written
 * by header into the cells just below the table, which grows over them. Only those cells are
 * written; an empty last row (a new template table has one; empty means no value, no formula)
 * is filled first. New cells take the number format of the row above when they have none, as
 * Excel does when a table grows; money cells take their row's partner currency's format instead
 * (`appendedMoneyFormats`), since the row above may be another partner's in another currency.
 */
import type { Workbook, Worksheet } from "exceljs";
import { requireTableSpec } from "../../model/schema";
import type { TableName } from "../../model/schema";
import { appendedMoneyFormats } from "../columnFormats";
import type { RowCurrencies } from "../columnFormats";
import { AppendRowsError } from "../convert/errors";
import { rowsInTableOrder } from "../convert/tableRows";
import { address } from "./a1";
import type { CellRange } from "./a1";
import { cellValueOf, isFreeCell } from "./cellValues";
import { locateJmpTable } from "./locateTables";
import { tableRows } from "./tableModel";
import type { SheetTable } from "./tableModel";
import { appendRows as growTable, canAppendRows, cellsFree, writeCell } from "./tableEdits";
import { extendValidationsDown } from "./validations";

/** True when every cell of the row span holds nothing: no value, no formula, no merge. */
export function isEmptyRow(sheet: Worksheet, r: number, left: number, right: number): boolean {
  const row = sheet.findRow(r);
  for (let c = left; c <= right; c++) if (!isFreeCell(row?.findCell(c))) return false;
  return true;
}

function rowCells(sheet: Worksheet, r: number, left: number, right: number): unknown[] {
  const row = sheet.findRow(r);
  return Array.from({ length: right - left + 1 }, (_, i) => cellValueOf(row?.findCell(left + i)));
}

/**
 * Writes `rows` from sheet row `top`, taking number formats from row `formatRow` (if any); a cell
 * `imposed` gives a format of its own (money in its row's currency) takes that one.
 */
function writeBlock(sheet: Worksheet, top: number, left: number, rows: readonly (readonly unknown[])[], formatRow: number | undefined, imposed: ((column: number, row: number) => string | undefined) | undefined): void {
  const formats = rows[0]?.map((_, i) => (formatRow === undefined ? undefined : sheet.findRow(formatRow)?.findCell(left + i)?.numFmt)) ?? [];
  rows.forEach((cells, i) =>
    cells.forEach((value, j) => {
      writeCell(sheet, top + i, left + j, value, formats[j] || undefined);
      const own = imposed?.(j, i);
      // A new style object: ExcelJS shares styles read from a file between cells.
      if (own !== undefined) sheet.getCell(top + i, left + j).style = { ...sheet.getCell(top + i, left + j).style, numFmt: own };
    }),
  );
}

/** The formats `appendedMoneyFormats` imposes, by column index of a table headed `headers`. */
function imposedFormats(table: TableName, headers: readonly unknown[], rows: readonly Record<string, unknown>[], currencies: RowCurrencies | undefined): ((column: number, row: number) => string | undefined) | undefined {
  const byHeader = appendedMoneyFormats(table, rows, currencies);
  return byHeader === undefined ? undefined : (column, row) => byHeader(headers[column], row);
}

function blocked(table: TableName, why: string): AppendRowsError {
  return new AppendRowsError(`No rows were added to ${requireTableSpec(table).label}: ${why}`, "blocked");
}

/** Why the cells below a table cannot take its new rows (the totals row can block them too). */
function blockedBelowTable(table: TableName, located: SheetTable): AppendRowsError {
  const why = located.model.totalsRow ? "are not empty, or its totals row refers to cells by address (write its totals with the table's columns, as Excel's Total Row does)" : "are not empty";
  return blocked(table, `the cells below the table on ${located.sheet.name} ${why}; move them and try again`);
}

/** The JMP table `table` of `workbook`, or the error saying there is none. */
function locate(workbook: Workbook, table: TableName): NonNullable<ReturnType<typeof locateJmpTable>> {
  const spec = requireTableSpec(table);
  const found = locateJmpTable(workbook, spec);
  if (!found) throw new AppendRowsError(`The workbook has no ${spec.label} table (${spec.name}); set up the template first`, "noTable");
  return found;
}

/** The sheet row the first of `count` new rows of a located table goes to, and how many rows the table grows by. */
function tablePlace(located: SheetTable, count: number): { readonly start: number; readonly growth: number; readonly formatRow: number | undefined } {
  const { sheet, range } = located;
  const { firstData, lastData } = tableRows(located);
  const hasData = lastData >= firstData;
  // An empty last row (a new template table has one) takes the first new row.
  const start = hasData && isEmptyRow(sheet, lastData, range.left, range.right) ? lastData : lastData + 1;
  return { start, growth: start + count - 1 - lastData, formatRow: hasData ? lastData : undefined };
}

/**
 * Throws the `AppendRowsError` `appendTableRows` would throw for `count` rows, changing
 * nothing: so an import taking rows into several tables can check them all before writing.
 */
export function checkRoomForRows(workbook: Workbook, table: TableName, count: number): void {
  if (count <= 0) return;
  const found = locate(workbook, table);
  if (found.kind === "region") {
    const { sheet, range } = found.region;
    if (!cellsFree(sheet, regionBelow(range, count))) throw blockedBelowRegion(table, sheet, range);
    return;
  }
  if (!canAppendRows(found.table, tablePlace(found.table, count).growth)) throw blockedBelowTable(table, found.table);
}

/** The cells `count` rows appended below a plain range take. */
function regionBelow(range: CellRange, count: number): CellRange {
  return { ...range, top: range.bottom + 1, bottom: range.bottom + count };
}

function blockedBelowRegion(table: TableName, sheet: Worksheet, range: CellRange): AppendRowsError {
  return blocked(table, `the cells below ${address(range.bottom, range.left)} on ${sheet.name} are not empty`);
}

/**
 * Appends `rows` (keyed by header) to the JMP table `table`; returns the number written.
 * `currencies` (the plan's rows') decide the money format of each row; without them every new
 * cell copies the row above.
 */
export function appendTableRows(workbook: Workbook, table: TableName, rows: readonly Record<string, unknown>[], currencies?: RowCurrencies): number {
  const found = locate(workbook, table);
  if (rows.length === 0) return 0;

  if (found.kind === "region") {
    const { sheet, range } = found.region;
    const headers = rowCells(sheet, range.top, range.left, range.right);
    const values = rowsInTableOrder(table, headers, rows);
    const below = regionBelow(range, values.length);
    if (!cellsFree(sheet, below)) throw blockedBelowRegion(table, sheet, range);
    writeBlock(sheet, below.top, range.left, values, range.bottom > range.top ? range.bottom : undefined, imposedFormats(table, headers, rows, currencies));
    return values.length;
  }

  const located = found.table;
  const { sheet, model, range } = located;
  const headers = model.columns.map((c) => c.name);
  const values = rowsInTableOrder(table, headers, rows);
  const { start, growth, formatRow } = tablePlace(located, values.length);
  if (!growTable(located, growth)) throw blockedBelowTable(table, located);
  writeBlock(sheet, start, range.left, values, formatRow, imposedFormats(table, headers, rows, currencies));
  // The new rows take the dropdowns of the row above them, as rows Excel adds to a table do.
  if (formatRow !== undefined) extendValidationsDown(sheet, formatRow, start + values.length - 1, range.left, range.right);
  return values.length;
}
