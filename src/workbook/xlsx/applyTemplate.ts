/**
 * Applies the template (version 2) to an ExcelJS workbook: a new workbook becomes the template,
 * an existing one gets what it lacks, a version 1 workbook is upgraded. Never changes or drops a
 * cell, sheet, column, formula, merged range or style the user owns:
 * - a missing table is created on a new sheet (the template sheet name, or "JMP <name>" when a
 *   sheet of that name already exists); a new Tactic Types table holds the default types;
 * - a JMP table kept as a plain range on its template sheet becomes an Excel table in place
 *   (its cells untouched); when it cannot (merged cells, headers that are not unique text) it is
 *   left as it is and still read by its sheet;
 * - missing columns are appended at a table's right end, missing Settings rows at its bottom,
 *   each only into empty cells outside any other table; where cells are in the way, that
 *   addition is skipped and the check reports what is missing;
 * - dropdowns are added to enum, yes/no and reference columns that have no validation yet, and
 *   Tactic type's fixed list of version 1 gives way to the plan's list (templateValidations.ts);
 * - with `withSample`, empty tables are filled with the sample plan.
 */
import type { Workbook } from "exceljs";
import { normalizeHeader, requireTableSpec, SETTINGS, TABLES, TEMPLATE_VERSION } from "../../model/schema";
import type { TableName, TableSpec } from "../../model/schema";
import type { ApplyResult } from "../port";
import type { ColumnFormats } from "../columnFormats";
import { columnFormats } from "../columnFormats";
import { cellValueOf } from "./cellValues";
import { locateJmpTable } from "./locateTables";
import type { Located } from "./locateTables";
import { readJmpTable } from "./readTables";
import { sampleRows, settingsHeaders } from "./sampleValues";
import type { SheetTable } from "./tableModel";
import { tableRows } from "./tableModel";
import { appendColumn, convertRange } from "./tableEdits";
import { createTableSheet, isEmptyTable, schemaColumns, writeRows } from "./tableSheets";
import { currencyIn, defaultSettingRow, initialRows } from "./templateRows";
import { writeTemplateVersion } from "./templateVersion";
import { addTemplateValidations } from "./templateValidations";

/** What the template needs besides the workbook. */
export interface TemplateContext {
  readonly withSample: boolean;
  /** Today, for the default plan period. */
  readonly today: Date;
  /** The currency of a new plan, when the Settings table names none (`ApplyOptions.currency`). */
  readonly currency?: string;
}

interface Changes {
  readonly tablesAdded: string[];
  readonly columnsAdded: { table: string; header: string }[];
  readonly columnsNotAdded: { table: string; header: string }[];
  readonly settingsAdded: string[];
}

/** The values of one column of a table's data rows. */
function columnValues(table: SheetTable, header: string): unknown[] {
  const index = table.model.columns.findIndex((c) => normalizeHeader(c.name) === header);
  if (index < 0) return [];
  const { firstData, lastData } = tableRows(table);
  const values: unknown[] = [];
  for (let r = firstData; r <= lastData; r++) values.push(cellValueOf(table.sheet.findRow(r)?.findCell(table.range.left + index)));
  return values;
}

/** The currency money columns are formatted in: the workbook's setting, the new plan's, the sample's, or USD. */
function planCurrency(workbook: Workbook, context: TemplateContext): string {
  const spec = requireTableSpec("JmpSettings");
  const settings = readJmpTable(workbook, spec);
  if (settings) {
    const headers = settings.headers.map(normalizeHeader);
    const rows = settings.rows.map((cells) => new Map<string, unknown>(headers.map((h, i) => [h, cells[i]])));
    const code = currencyIn(spec, rows);
    if (code) return code;
  }
  return context.currency ?? (context.withSample ? currencyIn(spec, sampleRows(spec)) : undefined) ?? "USD";
}

/** Appends the schema columns a table lacks. */
function completeColumns(table: SheetTable, spec: TableSpec, formats: ColumnFormats, changes: Changes): SheetTable {
  let current = table;
  const present = new Set(current.model.columns.map((c) => normalizeHeader(c.name)));
  for (const column of spec.columns) {
    if (present.has(normalizeHeader(column.header))) continue;
    const numFmt = spec.name === "JmpSettings" ? undefined : formats.forType(column.type);
    const grown = appendColumn(current, column.header, numFmt);
    if (!grown) {
      changes.columnsNotAdded.push({ table: spec.name, header: column.header });
      continue;
    }
    const sheetColumn = grown.sheet.getColumn(grown.range.right);
    if (sheetColumn.width === undefined) sheetColumn.width = column.width;
    changes.columnsAdded.push({ table: spec.name, header: column.header });
    current = grown;
  }
  return current;
}

/** Trailing data rows with nothing in them, which new Settings rows may fill first. */
function trailingBlankRows(table: SheetTable): number {
  const { firstData, lastData } = tableRows(table);
  let blank = 0;
  for (let r = lastData; r >= firstData; r--) {
    const row = table.sheet.findRow(r);
    const empty = table.model.columns.every((_, i) => {
      const v = cellValueOf(row?.findCell(table.range.left + i));
      return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
    });
    if (!empty) break;
    blank++;
  }
  return blank;
}

/** Adds the Settings rows the table lacks, with their defaults. */
function completeSettings(table: SheetTable, formats: ColumnFormats, context: TemplateContext, changes: Changes): SheetTable {
  const spec = requireTableSpec("JmpSettings");
  const headers = settingsHeaders(spec);
  const columns = schemaColumns(table, spec).map((c) => (c ? normalizeHeader(c.header) : undefined));
  if (!columns.includes(headers.name) || !columns.includes(headers.value)) return table;
  const present = new Set(columnValues(table, headers.name).map(normalizeHeader));
  const missing = SETTINGS.filter((s) => !present.has(normalizeHeader(s.name)));
  if (missing.length === 0) return table;
  const startRow = tableRows(table).lastData + 1 - trailingBlankRows(table);
  const written = writeRows(table, spec, missing.map((s) => defaultSettingRow(spec, s, context.today)), startRow, formats);
  if (!written) return table;
  changes.settingsAdded.push(...missing.map((s) => s.name));
  return written;
}

/** Brings one JMP table up to the template; undefined when it is left as a plain range. */
function placeTable(workbook: Workbook, spec: TableSpec, found: Located | undefined, formats: ColumnFormats, context: TemplateContext, changes: Changes): SheetTable | undefined {
  let table = found?.kind === "table" ? found.table : undefined;
  if (found?.kind === "region") {
    table = convertRange(found.region.sheet, found.region.range, spec.name);
    if (!table) return undefined;
    changes.tablesAdded.push(spec.name);
  }
  if (!table) {
    changes.tablesAdded.push(spec.name);
    return createTableSheet(workbook, spec, initialRows(spec, context.withSample, context.today), formats);
  }
  table = completeColumns(table, spec, formats, changes);
  if (context.withSample && isEmptyTable(table)) table = writeRows(table, spec, sampleRows(spec), tableRows(table).firstData, formats) ?? table;
  return table;
}

/** Applies the template; see the module comment for what it adds and what it never touches. */
export function applyJmpTemplate(workbook: Workbook, context: TemplateContext): ApplyResult {
  const located = new Map(TABLES.map((spec) => [spec.name, locateJmpTable(workbook, spec)]));
  const formats = columnFormats(planCurrency(workbook, context));
  const changes: Changes = { tablesAdded: [], columnsAdded: [], columnsNotAdded: [], settingsAdded: [] };
  const placed = new Map<TableName, SheetTable>();
  for (const spec of TABLES) {
    const table = placeTable(workbook, spec, located.get(spec.name), formats, context, changes);
    if (table) placed.set(spec.name, table);
  }
  const settings = placed.get("JmpSettings");
  if (settings) placed.set("JmpSettings", completeSettings(settings, formats, context, changes));
  addTemplateValidations(placed);
  writeTemplateVersion(workbook, TEMPLATE_VERSION);
  const { columnsNotAdded, ...added } = changes;
  return { ...added, ...(columnsNotAdded.length > 0 ? { columnsNotAdded } : {}), version: TEMPLATE_VERSION };
}
