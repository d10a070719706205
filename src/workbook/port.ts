/**
 * The workbook port: how every host reads the JMP tables and writes results. The xlsx adapter
 * (ExcelJS, `xlsx/`) and the Office.js adapter (`excel/`) implement it; the CLI, the task pane,
 * the ribbon commands and the custom functions only ever see this interface.
 */
import type { Analysis } from "../engine";
import type { LogLine, MergePlan, PackProvenance } from "../engine/merge";
import type { Finding } from "../model/findings";
import type { RawTable } from "../model/rawTable";
import type { TableName } from "../model/schema";
import type { RowCurrencies } from "./columnFormats";

/** Reports progress of long work: `done` of `total` units (rows or chunks). */
export type ProgressListener = (done: number, total: number) => void;

/** Options of a read. */
export interface ReadOptions {
  readonly onProgress?: ProgressListener;
}

/** What applying the template changed. */
export interface ApplyResult {
  /** Tables created (Excel table names). */
  readonly tablesAdded: readonly string[];
  /** Columns appended to existing tables. */
  readonly columnsAdded: readonly { readonly table: string; readonly header: string }[];
  /**
   * Columns a table lacks that could not be appended: cells to the right of the table are in use
   * (a file's table cannot push them aside; Excel's can). Absent or empty: none.
   */
  readonly columnsNotAdded?: readonly { readonly table: string; readonly header: string }[];
  /** Settings rows added with their defaults. */
  readonly settingsAdded: readonly string[];
  /** Template version the workbook carries afterwards. */
  readonly version: number;
}

/** Options of applying the template. */
export interface ApplyOptions {
  /** Fill empty tables with the built-in sample plan. */
  readonly withSample?: boolean;
  /**
   * The currency a new plan is to be in (a tracker's, which an import writes into Settings next):
   * the money columns the template makes take its format when the Settings table names none.
   */
  readonly currency?: string;
}

/** Which generated sheet. */
export type GeneratedSheet = "dashboard" | "issues";

/** Options of writing results. */
export interface WriteResultsOptions {
  /** Write only this sheet (a check refreshes the Issues sheet alone). */
  readonly only?: GeneratedSheet;
  /** Show this sheet afterwards. */
  readonly activate?: GeneratedSheet;
}

/** The port every host adapter implements. */
export interface WorkbookPort {
  /** Reads every JMP table present (missing ones are simply absent: the engine reports S01). */
  readTables(options?: ReadOptions): Promise<RawTable[]>;
  /** Adds what the template needs and the workbook lacks; never changes a cell the user owns. */
  applyTemplate(options?: ApplyOptions): Promise<ApplyResult>;
  /** Rebuilds the generated Dashboard and Issues sheets (or the one `options.only` names) from an analysis. */
  writeResults(analysis: Analysis, options?: WriteResultsOptions): Promise<void>;
}

/** A live host (Excel) can also point at cells and report edits. */
export interface LiveWorkbook extends WorkbookPort {
  /** Selects the cell a finding points at. */
  select(finding: Finding): Promise<void>;
  /** Calls `listener` (debounced) after any JMP table changes; returns an unsubscribe function. */
  onTablesChanged(listener: () => void): Promise<() => void>;
}

/** Names of the sheets the tool generates and may replace. */
export const GENERATED_SHEETS = { dashboard: "Dashboard", issues: "Issues" } as const;

/** One sheet of a workbook, as the convert view lists it. */
export interface SheetSummary {
  readonly name: string;
  /** Rows and columns of the used range (cells holding values); 0 and 0 for an empty sheet. */
  readonly rows: number;
  readonly columns: number;
  /** True when the sheet holds a JMP table (such a sheet is the plan, not an ad-hoc list). */
  readonly holdsJmpTables: boolean;
}

/** Options of reading a sheet. */
export interface ReadSheetOptions {
  /** Read at most this many rows below the header row (a preview); unset reads them all. */
  readonly maxRows?: number;
}

/** A sheet's used range as values: formulas as their results, dates as the host delivers them. */
export interface SheetValues {
  /** The header row's cells, from the used range's first column to its last. */
  readonly headers: unknown[];
  /** The rows below the header row, each as wide as `headers`. */
  readonly rows: unknown[][];
  /** Sheet row number (1-based) of the header row: the first row holding a value. */
  readonly headerRow: number;
  /** Sheet column number (1-based, A = 1) of the first cell of each row; 1 when unset. */
  readonly firstColumn?: number;
}

/**
 * A workbook whose ad-hoc sheets can be read and whose JMP tables can take rows: what the
 * "convert a sheet" view of the task pane needs. Reading never changes a sheet.
 */
export interface ConvertibleWorkbook extends WorkbookPort {
  /** Every visible worksheet, in tab order (hidden ones, such as the template's own, are left out). */
  listSheets(): Promise<SheetSummary[]>;
  /** The used range of a sheet (header row = its first non-blank row); empty for an empty sheet. */
  readSheet(name: string, options?: ReadSheetOptions): Promise<SheetValues>;
  /**
   * Appends rows to a JMP table, each keyed by the table's header text (trimmed,
   * case-insensitive), and returns how many were written. The table grows; only the new cells
   * are written (an empty last row of the table is filled first); text starting with `=`, `+`,
   * `-` or `@` stays text. Rejects with `AppendRowsError` when the table or a column is missing.
   * New cells take the number formats of the row above, but money cells take their row's
   * partner currency's format, which `currencies` (the plan's, see `rowCurrencies.ts`) decide.
   */
  appendRows(table: TableName, rows: readonly Record<string, unknown>[], currencies: RowCurrencies): Promise<number>;
}

/**
 * A workbook a partner pack's merge can be written into (both adapters). Only the cells the plan
 * lists change; new rows are appended to their tables; text stays text.
 */
export interface MergeableWorkbook extends WorkbookPort {
  /**
   * Writes the cell writes and row appends of `merge`. `currency` is the plan's, for the number
   * formats of new cells where the host does not take them from the cells around. `rowCurrency`
   * is the currency of the rows' money (a pack partner's own): where it differs from the plan's,
   * the money cells written and every money cell of an appended row take its format.
   */
  applyMerge(merge: MergePlan, currency?: string, rowCurrency?: string): Promise<void>;
  /** The lines of the plan's `JMP Log` sheet, oldest first (none without the sheet). */
  readMergeLog(): Promise<LogLine[]>;
  /** Appends lines to the `JMP Log` sheet, creating it the first time; never changes a line already there. */
  appendMergeLog(lines: readonly LogLine[]): Promise<void>;
}

/**
 * A workbook a tracker can be imported into (both adapters): its sheets are read, rows appended
 * and updated, and the mapping used is kept in the workbook for the next import.
 */
export interface ImportableWorkbook extends ConvertibleWorkbook, MergeableWorkbook {
  /** The tracker mapping stored by the last import (JSON text), or undefined. */
  readImportMapping(): Promise<string | undefined>;
  /** Stores the tracker mapping (JSON text) in a hidden generated cell. */
  writeImportMapping(json: string): Promise<void>;
  /**
   * Rejects with the `AppendRowsError` `appendRows` would give when a table cannot take the
   * number of new rows `counts` gives it (cells below it in the way), changing nothing: an import
   * checks every table before it writes to any, so it never stops with some tables written.
   */
  checkRoomForRows(counts: ReadonlyMap<TableName, number>): Promise<void>;
  /**
   * Gives the money cells of the JMP tables' blank rows (a template table's empty row, whose look
   * a row typed below it in Excel copies) the money format of `currency`: an import that sets
   * the Currency of a plan without rows makes its money columns follow. A row holding anything
   * keeps its look.
   */
  formatBlankMoney(currency: string): Promise<void>;
}

/** A filled partner pack as the merge needs it: what it was made from, and its tables. */
export interface OpenedPack {
  readonly provenance: PackProvenance;
  readonly tables: RawTable[];
}

/** A workbook that may be a filled partner pack (packs are .xlsx files: the xlsx adapter). */
export interface PackSource {
  /**
   * Reads the pack's provenance and tables (rows typed just below a table are taken into it).
   * Rejects with `PackError` when the workbook is not a pack; `name` names the file in messages.
   */
  readPack(name: string): Promise<OpenedPack>;
}
