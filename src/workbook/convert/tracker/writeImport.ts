/**
 * Writes a tracker import into a plan workbook through the port, the same way for every host:
 * the template is set up (or upgraded) first; the import is planned again against the plan as
 * it is now, so IDs never repeat one added since the preview; new rows are appended to their
 * tables and rows a previous import made are updated in place, the cells whose value changes
 * only, with a note where the plan held another value (`overwrittenCells.ts`; nothing the
 * user added is removed); a plan without rows takes the tracker's period and currency where its
 * Settings keep none of the user's own (`planSettings.ts`), its money shown in the currency it
 * is in, the money columns of its empty rows following a Currency the import sets; and the mapping
 * used is kept in the workbook for the next import. The tracker itself is only read.
 */
import type { CellWrite, MergePlan } from "../../../engine/merge";
import { normalizeHeader, requireTableSpec, TABLES } from "../../../model/schema";
import type { TableName } from "../../../model/schema";
import { AppendRowsError } from "../errors";
import type { ImportableWorkbook } from "../../port";
import type { RowCurrencies } from "../../columnFormats";
import { rowCurrencies, withAppendedRows } from "../../rowCurrencies";
import { existingPlan } from "./existingPlan";
import type { ExistingPlan } from "./existingPlan";
import type { ImportRow, TrackerImport } from "./importTypes";
import type { ImportOptions, TrackerSheet } from "./importTracker";
import { planTrackerImport, TrackerImportError } from "./importTracker";
import { rowUpdates } from "./overwrittenCells";
import { IMPORTED_SETTINGS, settingOf, settingsFromTracker } from "./planSettings";
import { readText } from "./trackerValues";

/** True when a workbook object can take an import (both adapters can). */
export function isImportable(workbook: unknown): workbook is ImportableWorkbook {
  const w = workbook as Partial<ImportableWorkbook> | null | undefined;
  return typeof w?.appendRows === "function" && typeof w.applyMerge === "function" && typeof w.formatBlankMoney === "function" && typeof w.writeImportMapping === "function" && typeof w.checkRoomForRows === "function" && typeof w.readSheet === "function";
}

/** Rows keyed by the table's header text, as `appendRows` takes them. */
function byHeader(table: TableName, rows: readonly ImportRow[]): Record<string, unknown>[] {
  const headers = new Map(requireTableSpec(table).columns.map((c) => [c.key, c.header]));
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of row.cells) out[headers.get(key) as string] = value;
    return out;
  });
}

/**
 * The Settings a plan without rows takes, by name: the tracker's currency and period where
 * `before` (the plan as it was, before the template was set up in it) keeps none of its own, and
 * the plan's name where it has none.
 */
function takenSettings(before: ExistingPlan, imported: TrackerImport, planName: string): ReadonlyMap<string, unknown> {
  const taken = new Map(settingsFromTracker(before, imported.currency, imported.period));
  if (settingOf(before, IMPORTED_SETTINGS.name) === undefined) taken.set(IMPORTED_SETTINGS.name, planName);
  return taken;
}

/** The writes of the `taken` Settings, into the rows `plan` has after the template added any missing. */
function settingWrites(plan: ExistingPlan, taken: ReadonlyMap<string, unknown>): CellWrite[] {
  return [...taken].flatMap(([name, value]): CellWrite[] => {
    const row = plan.settingsRows.get(normalizeHeader(name));
    return row === undefined ? [] : [{ table: "JmpSettings", row, column: "value", value }];
  });
}

/**
 * True when the import sets the Currency of a plan whose tables were made before (`jmp init`, the
 * pane's Create the template) to another than the one its Settings held: their money columns,
 * formatted in the old one, must follow. A plan the import makes is formatted in it already.
 */
function currencyChanges(before: ExistingPlan, taken: ReadonlyMap<string, unknown>): boolean {
  const code = taken.get(IMPORTED_SETTINGS.currency);
  return before.holdsTables && typeof code === "string" && code.toUpperCase() !== readText(settingOf(before, IMPORTED_SETTINGS.currency)).toUpperCase();
}

/**
 * Checks that every table can take its new rows before any does (the template set up just
 * before adds tables and columns but no row). A table that cannot is a refusal like a tracker
 * that cannot be imported (`TrackerImportError`): no row has been written.
 */
async function roomForEveryTable(workbook: ImportableWorkbook, additions: readonly { readonly table: TableName; readonly rows: readonly unknown[] }[]): Promise<void> {
  try {
    await workbook.checkRoomForRows(new Map(additions.map((a) => [a.table, a.rows.length])));
  } catch (error) {
    if (error instanceof AppendRowsError) throw new TrackerImportError(error.message, "noRoom");
    throw error;
  }
}

/** What was written. */
export interface WrittenImport {
  /** The import as planned against the plan just before writing. */
  readonly imported: TrackerImport;
  /** True when the plan had no rows before, so it took the tracker's period. */
  readonly newPlan: boolean;
}

/**
 * Imports `sheet` into `workbook`; `planName` names a new plan. Rejects with
 * `TrackerImportError` when the tracker cannot be imported, or with what `accept` throws when
 * it refuses the planned import or the workbook as it was (`before`); nothing is written then.
 */
export async function writeImport(workbook: ImportableWorkbook, sheet: TrackerSheet, options: Omit<ImportOptions, "existing">, planName: string, accept: (imported: TrackerImport, before: ExistingPlan) => void = () => undefined): Promise<WrittenImport> {
  // Planned before the template is touched, so a tracker that cannot be imported changes nothing.
  // Setting up the template adds tables, columns and settings but moves no row, so the rows
  // planned stay where they were; only the Settings rows are read again.
  const tablesBefore = await workbook.readTables();
  const before = existingPlan(tablesBefore);
  const imported = planTrackerImport(sheet, { ...options, existing: before });
  accept(imported, before);
  // A new plan takes the tracker's currency: the tables the template makes are formatted in it.
  await workbook.applyTemplate(before.hasRows ? {} : { currency: imported.currency });
  const tables = before.hasRows ? tablesBefore : await workbook.readTables();
  const plan = before.hasRows ? before : existingPlan(tables);

  const updates = rowUpdates(imported.rows, tables);
  const taken = plan.hasRows ? new Map<string, unknown>() : takenSettings(before, imported, planName);
  const cellWrites: CellWrite[] = [...settingWrites(plan, taken), ...updates.cellWrites];
  const found = rowCurrencies(tables);
  // The plan's currency once its Settings are written, as the plan is read (USD when blank).
  const planCurrency = String(taken.get(IMPORTED_SETTINGS.currency) ?? found.plan);
  // Each new row's money shows in its partner's currency; partners and tactics added first count.
  // A plan without rows may be formatted in another currency than the one it is in (the
  // template's dollars under a Currency the user or this import set): its rows take their own.
  let currencies: RowCurrencies = plan.hasRows ? found : { ...found, plan: planCurrency, planFormat: true };
  const additions = TABLES.map((spec) => ({ table: spec.name, rows: byHeader(spec.name, imported.rows.filter((r) => r.table === spec.name && r.planRow === undefined)) })).filter((a) => a.rows.length > 0);
  // Every table is checked before any takes a row: an import stopped half way would leave
  // partners without their tactics, and in browser mode that workbook could then be downloaded.
  await roomForEveryTable(workbook, additions);
  // The tables' empty rows, whose look rows typed later in Excel copy, follow the new Currency.
  if (currencyChanges(before, taken)) await workbook.formatBlankMoney(planCurrency);
  for (const { table, rows: added } of additions) {
    await workbook.appendRows(table, added, currencies);
    currencies = withAppendedRows(currencies, table, added);
  }
  if (cellWrites.length > 0) {
    const merge: MergePlan = { added: [], changed: [], conflicts: [], refused: [], kept: [], cellWrites, rowAppends: [] };
    await workbook.applyMerge(merge, planCurrency);
  }
  await workbook.writeImportMapping(JSON.stringify(imported.mapping));
  return { imported: updates.notes.length === 0 ? imported : { ...imported, notes: [...imported.notes, ...updates.notes] }, newPlan: !plan.hasRows };
}
