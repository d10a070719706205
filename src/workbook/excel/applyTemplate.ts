/**
 * Applies the template (version 2) to the open workbook: creates the JMP tables it lacks (each
 * on its own sheet, with formats, drop-downs and one highlight rule per column; the Tactic Types
 * table with the default types), appends the template columns missing from existing tables,
 * adds the Settings rows that are missing with their defaults, points the Tactic type drop-down
 * of a version 1 workbook at the plan's list, and records the template version in the workbook
 * (`templateVersion.ts`).
 *
 * Cells the user owns are never written: existing columns keep their values and formats (only
 * a drop-down or highlight rule they lack is added), new tables go on an empty sheet (when the
 * template sheet holds something, on a new "JMP <sheet>" sheet), new columns are inserted by
 * Excel, which moves neighbouring cells rather than overwriting them, and new Settings rows are
 * appended like any rows (`appendRows.ts`: values just below the table, which grows over them).
 * Survey: at most three syncs; writes: one sync per ~3.6 MB of request (screen updating
 * suspended once), one more to read the Settings table when rows are added to it.
 */
import { columnLetters } from "../../model/rawTable";
import { SETTINGS, TABLES, TEMPLATE_VERSION, normalizeHeader } from "../../model/schema";
import type { ColumnSpec, TableSpec } from "../../model/schema";
import type { ApplyResult } from "../port";
import { inputFor } from "./cellInput";
import { columnNumberFormat, columnValidation, columnWidthPoints, FORMATS, HIGHLIGHT, highlightFormula, isVersion1List, settingsValueFormula } from "./columnRules";
import type { RowRefs } from "./columnRules";
import { settingDefault } from "../columnFormats";
import { appendTableRows } from "./appendRows";
import { gridBytes, WriteBatch } from "./payload";
import { initialRows } from "./templateRows";
import { isSettingsValue, surveyWorkbook } from "./templateSurvey";
import { queueVersionWrite } from "./templateVersion";
import type { ExistingTable, Survey } from "./templateSurvey";
import type { XlContext, XlRange, XlWorksheet } from "./xlTypes";

/** Table style of the tables the template creates. */
const TABLE_STYLE = "TableStyleMedium2";

/** Sheet names in use and those given to new tables in this run (lower case). */
interface Sheets {
  readonly taken: Set<string>;
  readonly claimed: Set<string>;
}

interface Changes {
  readonly tablesAdded: string[];
  readonly columnsAdded: { table: string; header: string }[];
  readonly settingsAdded: string[];
}

/**
 * Applies the template; `withSample` fills the tables it creates with the sample plan; `currency`
 * is a new plan's, for its money formats when the Settings table names none.
 */
export async function applyJmpTemplate(context: XlContext, options: { withSample: boolean; budgetBytes: number; today: Date; currency?: string }): Promise<ApplyResult> {
  const survey = await surveyWorkbook(context, options.currency);
  const batch = new WriteBatch(context, options.budgetBytes);
  const changes: Changes = { tablesAdded: [], columnsAdded: [], settingsAdded: [] };
  const sheets: Sheets = { taken: new Set(survey.sheets), claimed: new Set() };
  for (const spec of TABLES) {
    const existing = survey.tables.get(spec.name);
    if (existing) await upgradeTable(context, batch, existing, survey, options.today, changes);
    else await createTable(context, batch, spec, survey, sheets, options, changes);
  }
  // The version sheet and cell, its value and the defined name.
  await batch.reserve(10, 256);
  queueVersionWrite(context, survey.versionCell, sheets.taken, TEMPLATE_VERSION);
  await batch.flush();
  return { ...changes, version: TEMPLATE_VERSION };
}

/** The sheet a new table goes on: its template sheet when absent or empty, else a free name. */
function placeSheet(spec: TableSpec, survey: Survey, taken: Set<string>, claimed: Set<string>): { name: string; exists: boolean } {
  const key = spec.sheet.toLowerCase();
  const exists = survey.sheets.has(key);
  if (!taken.has(key) || (exists && !survey.occupied.has(key) && !claimed.has(key))) return { name: spec.sheet, exists };
  for (let n = 1; ; n++) {
    const name = n === 1 ? `JMP ${spec.sheet}` : `JMP ${spec.sheet} ${n}`;
    if (!taken.has(name.toLowerCase())) return { name, exists: false };
  }
}

async function createTable(context: XlContext, batch: WriteBatch, spec: TableSpec, survey: Survey, sheets: Sheets, options: { withSample: boolean; today: Date }, changes: Changes): Promise<void> {
  const place = placeSheet(spec, survey, sheets.taken, sheets.claimed);
  sheets.taken.add(place.name.toLowerCase());
  sheets.claimed.add(place.name.toLowerCase());
  const values = initialRows(spec, options.withSample, options.today);
  const headers = spec.columns.map((c) => c.header);
  const formats = spec.columns.map((c) => values.map((row) => [rowFormat(spec, c, row, survey)]));
  const rows = values.map((row, r) => row.map((value, c) => inputFor(value, formats[c][r][0])));
  // The sheet, the table and its settings, and per column: its formats, a body range, its width
  // and rules (a drop-down: 4 calls; a highlight: its parts and settings, 9).
  await batch.reserve(10 + spec.columns.length * 20, gridBytes(rows) + formats.reduce((n, f) => n + gridBytes(f), 0) + 2048);

  const wb = context.workbook;
  const sheet = place.exists ? wb.worksheets.getItem(place.name) : wb.worksheets.add(place.name);
  // Formats before values, so IDs land in text cells and stay text.
  spec.columns.forEach((_, c) => (sheet.getRangeByIndexes(1, c, rows.length, 1).numberFormat = formats[c]));
  sheet.getRangeByIndexes(0, 0, rows.length + 1, headers.length).values = [headers, ...rows];
  const table = sheet.tables.add(`A1:${columnLetters(headers.length - 1)}${rows.length + 1}`, true);
  table.name = spec.name;
  table.style = TABLE_STYLE;
  const refs = (c: number): RowRefs => ({ cell: `${columnLetters(c)}2`, row: `$A2:$${columnLetters(headers.length - 1)}2` });
  const settingCell = spec.name === "JmpSettings" ? refs(spec.columns.findIndex((s) => s.key === "setting")).cell : "";
  spec.columns.forEach((column, c) => {
    const body = sheet.getRangeByIndexes(1, c, rows.length, 1);
    addRules(body, spec, column, refs(c), { validation: "None", highlights: 0 }, settingCell);
    body.format.columnWidth = columnWidthPoints(column.width);
  });
  sheet.freezePanes.freezeRows(1);
  changes.tablesAdded.push(spec.name);
}

/** The number format of a new cell: the column's, or for a Settings value the setting's. */
function rowFormat(spec: TableSpec, column: ColumnSpec, row: readonly unknown[], survey: Survey): string {
  if (spec.name !== "JmpSettings" || column.key !== "value") return columnNumberFormat(column, survey.currency);
  // New Settings tables hold the setting name first.
  const setting = SETTINGS.find((s) => s.name === row[0]);
  if (setting?.type === "date") return FORMATS.date;
  if (setting?.type === "percent") return FORMATS.percent;
  return FORMATS.general;
}

/**
 * Adds the drop-down and highlight a column lacks. The fixed list of tactic types template
 * version 1 wrote gives way to the plan's list; any other drop-down is kept.
 */
function addRules(body: XlRange, spec: TableSpec, column: ColumnSpec, refs: RowRefs, has: { validation?: string; highlights?: number; rule?: unknown }, settingCell: string): void {
  const list = columnValidation(column);
  const replaced = has.validation === "List" && isVersion1List(column, has.rule);
  if (replaced) body.dataValidation.clear();
  if (list && (has.validation === "None" || replaced)) {
    body.dataValidation.rule = list.rule;
    body.dataValidation.errorAlert = list.errorAlert;
  }
  const formula = isSettingsValue({ spec }, { spec: column }) ? settingsValueFormula(absoluteColumn(settingCell), refs.cell) : highlightFormula(column, refs);
  if (formula && has.highlights === 0) {
    const rule = body.conditionalFormats.add("Custom");
    rule.custom.rule.formula = formula;
    rule.custom.format.fill.color = HIGHLIGHT.fill;
    rule.custom.format.font.color = HIGHLIGHT.font;
  }
}

/** `B5` -> `$B5`: the rule reads the same column on every row. */
function absoluteColumn(cell: string): string {
  return `$${cell}`;
}

async function upgradeTable(context: XlContext, batch: WriteBatch, t: ExistingTable, survey: Survey, today: Date, changes: Changes): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(t.sheet);
  const width = t.width + t.missing.length;
  const firstRow = t.bodyRow + 1;
  const refs = (index: number): RowRefs => ({
    cell: `${columnLetters(t.bodyColumn + index)}${firstRow}`,
    row: `$${columnLetters(t.bodyColumn)}${firstRow}:$${columnLetters(t.bodyColumn + width - 1)}${firstRow}`,
  });
  const indexOf = (key: string): number => {
    const present = t.present.find((c) => c.spec.key === key);
    return present ? present.index : t.width + t.missing.findIndex((c) => c.key === key);
  };
  const settingCell = t.spec.name === "JmpSettings" ? refs(indexOf("setting")).cell : "";
  const rows = Math.max(1, t.bodyRows);

  // Per column: a body range and the rules it lacks (at most 14 calls).
  await batch.reserve(2 + t.present.length * 15, t.present.length * 256);
  for (const column of t.present) {
    const body = sheet.getRangeByIndexes(t.bodyRow, t.bodyColumn + column.index, rows, 1);
    addRules(body, t.spec, column.spec, refs(column.index), column, settingCell);
  }
  for (const [k, column] of t.missing.entries()) {
    const format = Array.from({ length: rows }, () => [columnNumberFormat(column, survey.currency)]);
    // The column, its body, formats and width, its rules.
    await batch.reserve(20, gridBytes(format) + 512);
    const body = t.table.columns.add(undefined, undefined, column.header).getDataBodyRange();
    body.numberFormat = format;
    body.format.columnWidth = columnWidthPoints(column.width);
    addRules(body, t.spec, column, refs(t.width + k), { validation: "None", highlights: 0 }, settingCell);
    changes.columnsAdded.push({ table: t.spec.name, header: column.header });
  }
  if (t.spec.name === "JmpSettings") await addMissingSettings(context, batch, sheet, t, { value: indexOf("value") }, today, changes);
}

/**
 * Appends the settings the table lacks, with their defaults, as rows below the table (as any
 * appended rows); each new Value cell takes its setting's format (date, percent or general).
 */
async function addMissingSettings(context: XlContext, batch: WriteBatch, sheet: XlWorksheet, t: ExistingTable, at: { value: number }, today: Date, changes: Changes): Promise<void> {
  const present = t.present.find((c) => c.spec.key === "setting");
  const names = new Set((t.values ?? []).map((row) => normalizeHeader(present ? row[present.index] : "")));
  const missing = SETTINGS.filter((s) => !names.has(normalizeHeader(s.name)));
  if (missing.length === 0) return;
  const header = (key: string): string => t.spec.columns.find((c) => c.key === key)?.header ?? key;
  const rows = missing.map((s) => ({ [header("setting")]: s.name, [header("value")]: settingDefault(s, today) }));
  const appended = await appendTableRows(context, t.spec.name, rows, batch);
  const formats = missing.map((s) => [s.type === "date" ? FORMATS.date : s.type === "percent" ? FORMATS.percent : FORMATS.general]);
  await batch.reserve(2, gridBytes(formats));
  sheet.getRangeByIndexes(appended.firstRow, t.bodyColumn + at.value, missing.length, 1).numberFormat = formats;
  changes.settingsAdded.push(...missing.map((s) => s.name));
}
