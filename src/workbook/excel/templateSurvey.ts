/**
 * What applying the template needs to know before it writes, in at most three syncs: the sheets
 * and JMP tables present with their headers and body size, the Settings rows, the template
 * version stored, whether template sheets without their table hold anything, and for each
 * template column already present whether it has a drop-down (for Tactic type, which one) and
 * a highlight rule.
 */
import { currency } from "../../model/money";
import { isIsoCurrency } from "../../model/currencyCodes";
import type { Currency } from "../../model/money";
import { normalizeHeader, TABLES, tableSpec } from "../../model/schema";
import type { ColumnSpec, TableName, TableSpec } from "../../model/schema";
import { columnValidation, highlightFormula } from "./columnRules";
import { versionCell, versionValue } from "./templateVersion";
import type { VersionCell } from "./templateVersion";
import type { XlClientResult, XlContext, XlRange, XlTable, XlWorksheet } from "./xlTypes";

/** A template column found in an existing table. */
export interface PresentColumn {
  readonly spec: ColumnSpec;
  /** Zero-based position in the table. */
  readonly index: number;
  /** Validation type (`None` when the column has no drop-down); undefined when not asked. */
  validation?: string;
  /** The validation rule, asked only of a column whose list is the plan's own (see `isVersion1List`). */
  rule?: unknown;
  /** Conditional formats on the column; undefined when not asked. */
  highlights?: number;
}

/** A JMP table already in the workbook. */
export interface ExistingTable {
  readonly spec: TableSpec;
  readonly table: XlTable;
  readonly sheet: string;
  /** Zero-based sheet row and column of the first body cell. */
  readonly bodyRow: number;
  readonly bodyColumn: number;
  readonly bodyRows: number;
  readonly width: number;
  readonly present: PresentColumn[];
  /** Template columns the table lacks. */
  readonly missing: ColumnSpec[];
  /** Body values (Settings only). */
  readonly values?: readonly (readonly unknown[])[];
}

/** The state of the workbook before applying. */
export interface Survey {
  /** Sheet names in lower case. */
  readonly sheets: ReadonlySet<string>;
  /** Template sheets (lower case) that exist without their table and hold values. */
  readonly occupied: ReadonlySet<string>;
  readonly tables: ReadonlyMap<TableName, ExistingTable>;
  readonly version: number | undefined;
  /** Where the version is stored. */
  readonly versionCell: VersionCell;
  /** The plan currency set in the Settings table, else the new plan's being made, else USD. */
  readonly currency: Currency;
}

/** Surveys the workbook. */
export async function surveyWorkbook(context: XlContext, newPlanCurrency?: string): Promise<Survey> {
  const wb = context.workbook;
  wb.worksheets.load("items/name");
  wb.tables.load("items/name,items/showHeaders,items/worksheet/name");
  wb.names.load("items/name,items/formula");
  await context.sync();

  const sheets = new Set(wb.worksheets.items.map((s) => s.name.toLowerCase()));
  const where = versionCell(wb.names.items);
  const stored = where.sheet && where.address && sheets.has(where.sheet.toLowerCase()) ? wb.worksheets.getItem(where.sheet).getRange(where.address) : undefined;
  stored?.load("values");
  const found = wb.tables.items.filter((t) => tableSpec(t.name) !== undefined);
  const haveTable = new Set(found.map((t) => tableSpec(t.name)?.name));
  const shapes = found.map((table) => queueShape(table));
  const used = new Map<string, XlRange>();
  for (const spec of TABLES) {
    const key = spec.sheet.toLowerCase();
    if (haveTable.has(spec.name) || !sheets.has(key)) continue;
    const range = wb.worksheets.getItem(spec.sheet).getUsedRangeOrNullObject(true);
    range.load("address");
    used.set(key, range);
  }
  if (shapes.length > 0 || used.size > 0 || stored) await context.sync();

  const tables = new Map<TableName, ExistingTable>();
  for (const shape of shapes) tables.set(shape.spec.name, describe(shape));
  const probes = queueColumnProbes([...tables.values()]);
  if (probes.length > 0) await context.sync();
  for (const probe of probes) probe.settle();

  const occupied = new Set([...used].filter(([, range]) => !range.isNullObject).map(([key]) => key));
  const version = stored ? versionValue(stored.values[0]?.[0]) : undefined;
  return { sheets, occupied, tables, version, versionCell: where, currency: planCurrency(tables.get("JmpSettings"), newPlanCurrency) };
}

interface Shape {
  readonly spec: TableSpec;
  readonly table: XlTable;
  readonly header: XlRange | undefined;
  readonly body: XlRange;
}

function queueShape(table: XlTable): Shape {
  const spec = tableSpec(table.name) as TableSpec;
  const body = table.getDataBodyRange();
  body.load(spec.name === "JmpSettings" ? "rowIndex,columnIndex,rowCount,columnCount,values" : "rowIndex,columnIndex,rowCount,columnCount");
  if (!table.showHeaders) {
    table.columns.load("items/name");
    return { spec, table, header: undefined, body };
  }
  const header = table.getHeaderRowRange();
  header.load("values");
  return { spec, table, header, body };
}

function describe(shape: Shape): ExistingTable {
  const headers = (shape.header ? (shape.header.values[0] ?? []) : shape.table.columns.items.map((c) => c.name)).map(normalizeHeader);
  const present: PresentColumn[] = [];
  const missing: ColumnSpec[] = [];
  for (const spec of shape.spec.columns) {
    const index = headers.indexOf(normalizeHeader(spec.header));
    if (index >= 0) present.push({ spec, index });
    else missing.push(spec);
  }
  return {
    spec: shape.spec,
    table: shape.table,
    sheet: shape.table.worksheet.name,
    bodyRow: shape.body.rowIndex,
    bodyColumn: shape.body.columnIndex,
    bodyRows: shape.body.rowCount,
    width: shape.body.columnCount,
    present,
    missing,
    values: shape.spec.name === "JmpSettings" ? shape.body.values : undefined,
  };
}

interface Probe {
  settle(): void;
}

/** Asks, for each present column that should have them, about its drop-down and highlight. */
function queueColumnProbes(tables: readonly ExistingTable[]): Probe[] {
  const probes: Probe[] = [];
  for (const t of tables) {
    const sheet: XlWorksheet = t.table.worksheet;
    for (const column of t.present) {
      const wantsList = columnValidation(column.spec) !== undefined;
      const wantsHighlight = highlightFormula(column.spec, { cell: "A1", row: "A1" }) !== undefined || isSettingsValue(t, column);
      if (!wantsList && !wantsHighlight) continue;
      const range = sheet.getRangeByIndexes(t.bodyRow, t.bodyColumn + column.index, Math.max(1, t.bodyRows), 1);
      // The rule tells the fixed list of template version 1 from a drop-down of the user's.
      if (wantsList) range.dataValidation.load(column.spec.valuesFrom ? "type,rule" : "type");
      const count: XlClientResult<number> | undefined = wantsHighlight ? range.conditionalFormats.getCount() : undefined;
      probes.push({
        settle: () => {
          if (wantsList) column.validation = range.dataValidation.type;
          if (wantsList && column.spec.valuesFrom) column.rule = range.dataValidation.rule;
          if (count) column.highlights = count.value;
        },
      });
    }
  }
  return probes;
}

/** True for the `Value` column of the Settings table (highlighted per required setting). */
export function isSettingsValue(table: ExistingTable | { spec: TableSpec }, column: { spec: ColumnSpec }): boolean {
  return table.spec.name === "JmpSettings" && column.spec.key === "value";
}

/** The Settings table's currency, else the new plan's (when ISO 4217), else USD. */
function planCurrency(settings: ExistingTable | undefined, newPlanCurrency = ""): Currency {
  const fallback = currency(isIsoCurrency(newPlanCurrency) ? newPlanCurrency : "USD");
  const setting = settings?.present.find((c) => c.spec.key === "setting");
  const value = settings?.present.find((c) => c.spec.key === "value");
  if (!settings?.values || !setting || !value) return fallback;
  for (const row of settings.values) {
    if (normalizeHeader(row[setting.index]) !== "currency") continue;
    const code = String(row[value.index] ?? "");
    if (isIsoCurrency(code)) return currency(code);
  }
  return fallback;
}
