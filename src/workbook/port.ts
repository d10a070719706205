/**
 * The workbook port: how every host reads the JMP tables and writes results. The xlsx adapter
 * (ExcelJS, `xlsx/`) and the Office.js adapter (`excel/`) implement it; the CLI, the task pane,
 * the ribbon commands and the custom functions only ever see this interface.
 */
import type { Analysis } from "../engine";
import type { Finding } from "../model/findings";
import type { RawTable } from "../model/rawTable";

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
  /** Settings rows added with their defaults. */
  readonly settingsAdded: readonly string[];
  /** Template version the workbook carries afterwards. */
  readonly version: number;
}

/** Options of applying the template. */
export interface ApplyOptions {
  /** Fill empty tables with the built-in sample plan. */
  readonly withSample?: boolean;
}

/** The port every host adapter implements. */
export interface WorkbookPort {
  /** Reads every JMP table present (missing ones are simply absent: the engine reports S01). */
  readTables(options?: ReadOptions): Promise<RawTable[]>;
  /** Adds what the template needs and the workbook lacks; never changes a cell the user owns. */
  applyTemplate(options?: ApplyOptions): Promise<ApplyResult>;
  /** Rebuilds the generated Dashboard and Issues sheets from an analysis. */
  writeResults(analysis: Analysis): Promise<void>;
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
