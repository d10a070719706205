/**
 * Writes a merge plan into the plan workbook in place: only the cells that change, and new rows
 * appended to their tables (empty rows at a table's end are filled first, then the table range
 * grows). Every other cell, sheet and user column stays as it is. New rows take the look and
 * dropdowns of the row above them, as a row Excel adds to a table does. Values are written as
 * plain values: text from a pack stays text even when it starts with =, +, - or @.
 */
import type { Cell, DataValidation, Worksheet } from "exceljs";
import type { CellWrite, MergePlan, RowAppend } from "../../../engine/merge";
import { formatKind, normalizeHeader, requireTableSpec } from "../../../model/schema";
import type { ColumnType, TableName, TableSpec } from "../../../model/schema";
import type { CellRange } from "../a1";
import { address, parseRange } from "../a1";
import { toCellValue } from "../cellValues";
import type { ColumnFormats } from "../../columnFormats";
import { columnFormats, foreignMoneyFormat, newRowMoneyFormat } from "../../columnFormats";
import { locateJmpTable } from "../locateTables";
import { detachSharedFormula } from "../sharedFormulas";
import { tableRows } from "../tableModel";
import { appendRows, cellsFree } from "../tableEdits";
import type { XlsxWorkbook } from "../XlsxWorkbook";
import { PackError } from "../../packs/errors";

/** Where a plan table is, found again for writing. */
interface Target {
  readonly spec: TableSpec;
  readonly sheet: Worksheet;
  /** Sheet column of each schema column key the table has. */
  readonly columns: ReadonlyMap<string, number>;
  readonly range: CellRange;
  readonly firstData: number;
  /** The last data row when found: above a totals row, which moves down as rows are added. */
  readonly lastData: number;
  /** Grows the table to `bottom`; false when it cannot. */
  readonly growTo: (bottom: number) => boolean;
}

function schemaColumnsAt(spec: TableSpec, headers: readonly unknown[], left: number): Map<string, number> {
  const at = new Map<string, number>();
  headers.forEach((header, i) => {
    const column = spec.columns.find((c) => normalizeHeader(c.header) === normalizeHeader(header));
    if (column && !at.has(column.key)) at.set(column.key, left + i);
  });
  return at;
}

function target(plan: XlsxWorkbook, name: TableName): Target {
  const spec = requireTableSpec(name);
  const found = locateJmpTable(plan.workbook, spec);
  if (!found) throw new PackError(`the plan has no ${spec.label} table (${spec.name})`);
  if (found.kind === "table") {
    let table = found.table;
    return {
      spec,
      sheet: table.sheet,
      columns: schemaColumnsAt(spec, table.model.columns.map((c) => c.name), table.range.left),
      range: table.range,
      firstData: tableRows(table).firstData,
      lastData: tableRows(table).lastData,
      growTo: (bottom) => {
        const grown = appendRows(table, bottom - tableRows(table).lastData);
        if (grown) table = grown;
        return grown !== undefined;
      },
    };
  }
  const { sheet, range } = found.region;
  const headers = Array.from({ length: range.right - range.left + 1 }, (_, i) => sheet.findRow(range.top)?.findCell(range.left + i)?.value);
  return {
    spec,
    sheet,
    columns: schemaColumnsAt(spec, headers, range.left),
    range,
    firstData: range.top + 1,
    lastData: range.bottom,
    // A plain range ends at its last row with content: writing into free rows grows it.
    growTo: (bottom) => cellsFree(sheet, { ...range, top: range.bottom + 1, bottom }),
  };
}

/** The number formats a merge gives: the plan's where a cell has none, a foreign partner's money format always. */
interface MergeFormats {
  readonly plan: ColumnFormats;
  /** The money format of a partner in another currency, or undefined for a plan-currency partner. */
  readonly foreignMoney: string | undefined;
  /** The money format of the new rows of a pack partner (its own or the plan's); undefined when the rows' currency is not known. */
  readonly newRowMoney: string | undefined;
}

/**
 * The format a new row's cell of a column of `type` must take over the look it copied from the
 * row above (another partner's row, maybe in another currency): a money cell takes its rows'.
 */
function newRowFormat(type: ColumnType, formats: MergeFormats): string | undefined {
  return formatKind(type) === "money" ? (formats.newRowMoney ?? formats.foreignMoney) : undefined;
}

/** The format a written cell of a column of `type` must take whatever it had, if any. */
function imposedFormat(type: ColumnType, formats: MergeFormats): string | undefined {
  return formatKind(type) === "money" ? formats.foreignMoney : undefined;
}

/**
 * Writes a plain value; a cell without a number format gets its column type's, and a money cell of
 * a foreign partner its currency's (over the plan currency's format it may have had).
 */
function writeValue(cell: Cell, value: unknown, type: ColumnType, formats: MergeFormats): void {
  detachSharedFormula(cell);
  cell.value = toCellValue(value);
  const imposed = imposedFormat(type, formats);
  const numFmt = formats.plan.forType(type);
  if (imposed) cell.style = { ...cell.style, numFmt: imposed };
  else if (numFmt && !cell.numFmt && cell.value !== null) cell.style = { ...cell.style, numFmt };
}

/** ExcelJS keeps a sheet's validations here; its typings omit the property. */
interface ValidationStore {
  model: Record<string, DataValidation | undefined>;
  add(address: string, validation: DataValidation): DataValidation;
}

function validations(sheet: Worksheet): ValidationStore {
  return (sheet as unknown as { dataValidations: ValidationStore }).dataValidations;
}

/** Validations kept as one range entry (made in memory; a file read gives one entry per cell). */
type RangeValidations = readonly { readonly range: CellRange; readonly validation: DataValidation }[];

function rangeValidations(sheet: Worksheet): RangeValidations {
  const model = validations(sheet).model;
  const out: { range: CellRange; validation: DataValidation }[] = [];
  for (const key in model) {
    const range = key.includes(":") ? parseRange(key) : undefined;
    const validation = model[key];
    if (range && validation) out.push({ range, validation });
  }
  return out;
}

/** The validation covering a cell: its own entry, or a range entry holding it. */
function validationAt(sheet: Worksheet, ranges: RangeValidations, row: number, column: number): DataValidation | undefined {
  const own = validations(sheet).model[address(row, column)];
  if (own) return own;
  return ranges.find(({ range }) => range.top <= row && row <= range.bottom && range.left <= column && column <= range.right)?.validation;
}

function blankRow(t: Target, row: number): boolean {
  for (let c = t.range.left; c <= t.range.right; c++) {
    const v = t.sheet.findRow(row)?.findCell(c)?.value;
    if (v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")) return false;
  }
  return true;
}

/** Empty rows at the end of the table's data, which new rows fill first. */
function trailingBlankRows(t: Target): number[] {
  const rows: number[] = [];
  for (let r = t.lastData; r >= t.firstData && blankRow(t, r); r--) rows.unshift(r);
  return rows;
}

function appendTo(t: Target, appends: readonly RowAppend[], formats: MergeFormats): void {
  const reused = trailingBlankRows(t);
  const firstNew = t.lastData + 1;
  const needed = appends.length - reused.length;
  if (needed > 0 && !t.growTo(t.lastData + needed)) {
    const rowsText = `${appends.length} ${appends.length === 1 ? "row" : "rows"}`;
    throw new PackError(`cannot add ${rowsText} to the ${t.spec.label} table on sheet "${t.sheet.name}": the cells below it are in use, or its totals row refers to cells by address (write its totals with the table's columns, as Excel's Total Row does)`);
  }
  const ranges = rangeValidations(t.sheet);
  const rows = [...reused, ...Array.from({ length: Math.max(needed, 0) }, (_, i) => firstNew + i)].slice(0, appends.length);
  appends.forEach((append, i) => {
    const row = rows[i];
    if (row >= firstNew && row - 1 >= t.firstData) {
      // A row beyond the old range takes the look and dropdowns of the row above it.
      for (let c = t.range.left; c <= t.range.right; c++) {
        const above = t.sheet.getCell(row - 1, c);
        const cell = t.sheet.getCell(row, c);
        cell.style = JSON.parse(JSON.stringify(above.style ?? {}));
        const validation = validationAt(t.sheet, ranges, row - 1, c);
        if (validation && !validationAt(t.sheet, ranges, row, c)) validations(t.sheet).add(address(row, c), validation);
      }
    }
    for (const [key, column] of t.columns) {
      const spec = t.spec.columns.find((c) => c.key === key);
      if (!spec) continue;
      const cell = t.sheet.getCell(row, column);
      if (append.cells.has(key)) writeValue(cell, append.cells.get(key), spec.type, { ...formats, foreignMoney: newRowFormat(spec.type, formats) });
      else {
        // A money cell left blank is still the partner's: what is typed there later is in its currency.
        const imposed = newRowFormat(spec.type, formats);
        if (imposed) cell.style = { ...cell.style, numFmt: imposed };
      }
    }
  });
}

function writeCells(t: Target, writes: readonly CellWrite[], formats: MergeFormats): void {
  for (const write of writes) {
    const column = t.columns.get(write.column);
    const spec = t.spec.columns.find((c) => c.key === write.column);
    // The merge plan only writes columns the plan table has; anything else is a stale plan.
    if (column === undefined || !spec) throw new PackError(`the plan's ${t.spec.label} table has no ${write.column} column any more`);
    writeValue(t.sheet.getCell(write.row, column), write.value, spec.type, formats);
  }
}

/**
 * Writes `merge` into the open plan; `currency` is the plan's, for the formats of new cells, and
 * `rowCurrency` the currency of the rows' money (a pack partner's), for their money cells.
 */
export function applyMergePlan(plan: XlsxWorkbook, merge: MergePlan, currency: string, rowCurrency?: string): void {
  const formats: MergeFormats = {
    plan: columnFormats(currency),
    foreignMoney: foreignMoneyFormat(currency, rowCurrency),
    newRowMoney: rowCurrency === undefined ? undefined : newRowMoneyFormat(currency, rowCurrency),
  };
  const tables = new Set<TableName>([...merge.cellWrites.map((w) => w.table), ...merge.rowAppends.map((a) => a.table)]);
  for (const name of tables) {
    const t = target(plan, name);
    writeCells(t, merge.cellWrites.filter((w) => w.table === name), formats);
    appendTo(t, merge.rowAppends.filter((a) => a.table === name), formats);
  }
}
