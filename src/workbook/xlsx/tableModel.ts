/**
 * Excel tables as ExcelJS 4.4 holds them. Its typings describe tables made with `addTable`; a
 * table read from a file is only a model (`table.table`) with `tableRef` (the whole range,
 * header and totals included), `autoFilterRef`, `headerRow`, `totalsRow` and `columns`, and no
 * `ref` or `rows`. Its editing methods (`addColumn`, `addRow`, `commit`) need `ref` and `rows`
 * and rewrite every cell of the table, so this adapter never calls them: it edits the model's
 * ranges and columns and writes only the new cells itself.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { CellRange } from "./a1";
import { formatRange, parseRange } from "./a1";
import { readCellValue } from "./cellValues";

/** One column of a table model. */
export interface TableColumnModel {
  name: string;
  filterButton?: boolean;
  totalsRowLabel?: string;
  totalsRowFunction?: string;
  totalsRowFormula?: string;
}

/** Style flags of a table; `theme` is the table style name. */
export interface TableStyleModel {
  theme?: string;
  showFirstColumn?: boolean;
  showLastColumn?: boolean;
  showRowStripes?: boolean;
  showColumnStripes?: boolean;
}

/** The model ExcelJS writes a table from. */
export interface TableModel {
  name: string;
  displayName?: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: TableColumnModel[];
  style?: TableStyleModel | null;
}

/** A table with its sheet and parsed range. */
export interface SheetTable {
  readonly sheet: Worksheet;
  readonly model: TableModel;
  /** The whole table: header, data and totals rows. */
  readonly range: CellRange;
}

interface TableHolder {
  table?: TableModel;
}

function holders(sheet: Worksheet): TableHolder[] {
  const tables = (sheet as unknown as { tables?: Record<string, TableHolder> }).tables;
  return tables ? Object.values(tables) : [];
}

/** The tables of a sheet whose range can be read; others are skipped (and left as they are). */
export function sheetTables(sheet: Worksheet): SheetTable[] {
  const out: SheetTable[] = [];
  for (const holder of holders(sheet)) {
    const model = holder.table;
    const range = parseRange(model?.tableRef);
    if (model && range && Array.isArray(model.columns)) out.push({ sheet, model, range });
  }
  return out;
}

/** Every table of the workbook, sheet by sheet. */
export function workbookTables(workbook: Workbook): SheetTable[] {
  return workbook.worksheets.flatMap(sheetTables);
}

/** The table of that name (Excel table names are unique and compared case-insensitively). */
export function findTable(workbook: Workbook, name: string): SheetTable | undefined {
  const wanted = name.trim().toLowerCase();
  return workbookTables(workbook).find((t) => typeof t.model.name === "string" && t.model.name.trim().toLowerCase() === wanted);
}

/** Rows of a table: header row (if any), first and last data row, totals row (if any). */
export interface TableRows {
  readonly header: number | undefined;
  readonly firstData: number;
  /** Last data row, totals excluded; below `firstData` when the table has no data row. */
  readonly lastData: number;
  readonly totals: number | undefined;
}

/** Where a table's header, data and totals rows are. */
export function tableRows(table: SheetTable): TableRows {
  const { top, bottom } = table.range;
  const header = table.model.headerRow ? top : undefined;
  const totals = table.model.totalsRow ? bottom : undefined;
  return { header, firstData: header ? top + 1 : top, lastData: totals ? bottom - 1 : bottom, totals };
}

/** Sets a table's range and keeps its filter range (header and data rows) in step. */
export function setTableRange(table: SheetTable, range: CellRange): SheetTable {
  table.model.tableRef = formatRange(range);
  const filterBottom = table.model.totalsRow ? range.bottom - 1 : range.bottom;
  table.model.autoFilterRef = formatRange({ ...range, bottom: Math.max(filterBottom, range.top) });
  return { ...table, range };
}

function headerCellsMatch(sheet: Worksheet, model: TableModel, range: CellRange): boolean {
  const row = sheet.findRow(range.top);
  if (!row) return false;
  return model.columns.every((column, i) => {
    const value = readCellValue(row.findCell(range.left + i)?.value);
    return (typeof value === "string" || typeof value === "number") && String(value) === column.name;
  });
}

/**
 * Undoes what ExcelJS 4.4 gets wrong when it reads tables written by Excel or LibreOffice, so
 * that saving the workbook leaves them as they were:
 * - Excel omits `headerRowCount` when a table has its header row (the default), and ExcelJS then
 *   reads "no header row" and would save `headerRowCount="0"`. A table whose first row holds
 *   exactly its column names has a header row.
 * - Tables without `tableStyleInfo` (LibreOffice writes none) make ExcelJS crash on save.
 * - ExcelJS reads filter buttons only from `filterColumn` elements, which Excel writes only for
 *   columns with an active filter, so every button would be hidden on save; a table with an
 *   autoFilter shows its buttons, one without gets them hidden.
 * - A custom totals formula is not read, and saving `totalsRowFunction="custom"` without one
 *   makes Excel repair the file; the formula stays in the totals cell itself.
 */
export function repairLoadedTables(workbook: Workbook): void {
  for (const table of workbookTables(workbook)) {
    const { sheet, model, range } = table;
    if (!model.headerRow && headerCellsMatch(sheet, model, range)) model.headerRow = true;
    if (!model.style) model.style = { showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
    const hasFilter = typeof model.autoFilterRef === "string" && model.autoFilterRef !== "";
    if (!hasFilter) {
      const filterBottom = model.totalsRow ? range.bottom - 1 : range.bottom;
      model.autoFilterRef = formatRange({ ...range, bottom: Math.max(filterBottom, range.top) });
    }
    for (const column of model.columns) {
      column.filterButton = hasFilter;
      if (column.totalsRowFunction === "custom" && !column.totalsRowFormula) column.totalsRowFunction = "none";
    }
  }
}
