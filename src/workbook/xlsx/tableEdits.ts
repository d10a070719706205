/**
 * The few edits the template makes to tables, each touching only cells that hold nothing:
 * a column appended at a table's right end, rows appended at its bottom, a plain range turned
 * into a table. Before any edit the target cells are checked to be empty, outside merged ranges
 * and outside other tables; when they are not, the edit is not made.
 *
 * Cell styles read from a file are shared between cells by ExcelJS, so a style is never edited
 * in place: a cell that gets a number format gets a new style object.
 */
import type { CellValue as ExcelCellValue, TableProperties, Worksheet } from "exceljs";
import type { CellRange } from "./a1";
import { address, MAX_COLUMN, MAX_ROW, overlaps, parseRange } from "./a1";
import { isFreeCell, toCellValue } from "./cellValues";
import type { SheetTable, TableStyleModel } from "./tableModel";
import { setTableRange, sheetTables } from "./tableModel";

/** The look of every table the template creates. */
export const TABLE_STYLE: TableStyleModel = {
  theme: "TableStyleMedium2",
  showFirstColumn: false,
  showLastColumn: false,
  showRowStripes: true,
  showColumnStripes: false,
};

/** True when every cell of `cells` is empty, unmerged and outside every table but `except`. */
export function cellsFree(sheet: Worksheet, cells: CellRange, except?: SheetTable): boolean {
  if (cells.bottom > MAX_ROW || cells.right > MAX_COLUMN) return false;
  if (sheetTables(sheet).some((t) => t.model !== except?.model && overlaps(t.range, cells))) return false;
  for (let r = cells.top; r <= cells.bottom; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    for (let c = cells.left; c <= cells.right; c++) if (!isFreeCell(row.findCell(c))) return false;
  }
  return true;
}

/**
 * Writes a value as a plain value (text is never a formula) and gives the cell a number format
 * when it has none yet; a format the user chose is kept.
 */
export function writeCell(sheet: Worksheet, row: number, column: number, value: unknown, numFmt?: string): void {
  const cell = sheet.getCell(address(row, column));
  const plain: ExcelCellValue = toCellValue(value);
  if (plain !== null) cell.value = plain;
  if (numFmt && !cell.numFmt) cell.style = { ...cell.style, numFmt };
}

/** Appends a column named `header` at the table's right end; undefined when cells are in the way. */
export function appendColumn(table: SheetTable, header: string, numFmt?: string): SheetTable | undefined {
  const { sheet, model, range } = table;
  const column = range.right + 1;
  if (!cellsFree(sheet, { ...range, left: column, right: column }, table)) return undefined;
  const firstData = model.headerRow ? range.top + 1 : range.top;
  const lastData = model.totalsRow ? range.bottom - 1 : range.bottom;
  if (model.headerRow) writeCell(sheet, range.top, column, header);
  for (let r = firstData; r <= lastData; r++) writeCell(sheet, r, column, null, numFmt);
  model.columns.push({ name: header, filterButton: model.columns[0]?.filterButton ?? true, totalsRowFunction: "none" });
  return setTableRange(table, { ...range, right: column });
}

/**
 * Grows a table by `count` rows at its bottom, as Excel does: a totals row moves down below the
 * new rows, which take its place. Undefined when the cells below are not free (or a cell of the
 * totals row is merged).
 */
export function appendRows(table: SheetTable, count: number): SheetTable | undefined {
  const { sheet, model, range } = table;
  if (count <= 0) return table;
  if (!canAppendRows(table, count)) return undefined;
  if (model.totalsRow) moveTotalsRowDown(sheet, range, count);
  return setTableRange(table, { ...range, bottom: range.bottom + count });
}

/** True when `appendRows(table, count)` would grow the table; changes nothing. */
export function canAppendRows(table: SheetTable, count: number): boolean {
  const { sheet, model, range } = table;
  if (count <= 0) return true;
  if (!cellsFree(sheet, { ...range, top: range.bottom + 1, bottom: range.bottom + count }, table)) return false;
  return !model.totalsRow || totalsRowMoves(sheet, range);
}

/** True when the totals row (the last row of `range`) can move down as it is (`moveTotalsRowDown`). */
function totalsRowMoves(sheet: Worksheet, range: CellRange): boolean {
  const from = sheet.findRow(range.bottom);
  for (let c = range.left; c <= range.right; c++) {
    const cell = from?.findCell(c);
    if (cell?.isMerged || !movesAsItIs(cell?.value)) return false;
  }
  return true;
}

/** A cell reference written A1-style (`C55`, `$C$2`), not a table's name or a function's. */
const A1_REFERENCE = /(^|[^A-Za-z0-9_.[\]])\$?[A-Za-z]{1,3}\$?[0-9]+(?![A-Za-z0-9_([])/;

/**
 * True when a totals cell can move down as it is: no formula, or one whose references are
 * structured (`SUBTOTAL(109,JmpClaims[Amount])`, which follows the table). An A1 reference
 * (`SUM(C2:C55)`) would leave the new rows out, and a shared formula would lose its first cell.
 */
function movesAsItIs(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  const formula = value as { formula?: unknown; sharedFormula?: unknown; shareType?: unknown };
  if (formula.sharedFormula !== undefined || formula.shareType !== undefined) return false;
  if (typeof formula.formula !== "string") return true;
  // Quoted text ("Total") and what structured references bracket ([Budget FY26]) are no addresses.
  let text = formula.formula.replace(/"[^"]*"/g, '""');
  for (let inner = text.replace(/\[[^[\]]*\]/g, ""); inner !== text; inner = text.replace(/\[[^[\]]*\]/g, "")) text = inner;
  return !A1_REFERENCE.test(text);
}

/**
 * Moves the totals row (the last row of `range`) `count` rows down into free cells: values,
 * formulas (structured references, which follow the table) and looks; its cells left behind
 * take the look and height of the data row above them and hold nothing. False, moving nothing,
 * when one of its cells is merged or holds a formula that would not mean the same below
 * (`movesAsItIs`).
 */
function moveTotalsRowDown(sheet: Worksheet, range: CellRange, count: number): boolean {
  if (!totalsRowMoves(sheet, range)) return false;
  const from = sheet.getRow(range.bottom);
  const to = sheet.getRow(range.bottom + count);
  const above = range.bottom - 1 > range.top ? sheet.findRow(range.bottom - 1) : undefined;
  if (from.height !== undefined) to.height = from.height;
  from.height = above?.height as number;
  for (let c = range.left; c <= range.right; c++) {
    const source = from.getCell(c);
    const target = to.getCell(c);
    target.value = source.value;
    target.style = source.style;
    source.value = null;
    source.style = above?.findCell(c)?.style ?? {};
  }
  return true;
}

/** Header texts of a range that can become a table: plain, non-blank, unique text. */
function tableHeaders(sheet: Worksheet, range: CellRange): string[] | undefined {
  const row = sheet.findRow(range.top);
  const names: string[] = [];
  const seen = new Set<string>();
  for (let c = range.left; c <= range.right; c++) {
    const value = row?.findCell(c)?.value;
    if (typeof value !== "string" || value.trim() === "" || seen.has(value.toLowerCase())) return undefined;
    seen.add(value.toLowerCase());
    names.push(value);
  }
  return names;
}

function hasMergedCell(sheet: Worksheet, range: CellRange): boolean {
  for (let r = range.top; r <= range.bottom; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    for (let c = range.left; c <= range.right; c++) if (row.findCell(c)?.isMerged) return true;
  }
  return false;
}

/** True when the sheet's own filter (not a table's) may cover `range`; Excel allows no overlap. */
function sheetFilterMeets(sheet: Worksheet, range: CellRange): boolean {
  const filter: unknown = sheet.autoFilter;
  if (filter === null || filter === undefined || filter === "") return false;
  const filtered = parseRange(filter);
  return filtered ? overlaps(filtered, range) : true;
}

/**
 * Turns a plain range whose first row holds its headers into an Excel table named `name`,
 * without changing a cell: the header cells already hold the column names. A range with only a
 * header row takes the empty row below it as its first data row (a table needs one). Undefined
 * when the headers are not plain unique text, the range holds merged cells, or a sheet filter
 * covers it.
 */
export function convertRange(sheet: Worksheet, range: CellRange, name: string): SheetTable | undefined {
  const headers = tableHeaders(sheet, range);
  const full = { ...range, bottom: Math.max(range.bottom, range.top + 1) };
  if (!headers || hasMergedCell(sheet, full) || sheetFilterMeets(sheet, full)) return undefined;
  if (sheetTables(sheet).some((t) => overlaps(t.range, full))) return undefined;
  if (full.bottom > range.bottom && !cellsFree(sheet, { ...full, top: full.bottom })) return undefined;
  // addTable with no rows only writes the header cells, with the very text they hold.
  sheet.addTable({
    name,
    ref: address(range.top, range.left),
    headerRow: true,
    totalsRow: false,
    style: TABLE_STYLE as TableProperties["style"],
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    rows: [],
  });
  const created = sheetTables(sheet).find((t) => t.model.name === name);
  return created ? setTableRange(created, full) : undefined;
}
