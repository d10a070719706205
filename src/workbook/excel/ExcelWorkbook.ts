/**
 * The workbook port over Office.js: the open Excel workbook read, templated, written and
 * watched through batched request contexts. It sees Excel only through `ExcelHost`, so the
 * same code runs on `Excel.run` (`officeExcelHost()`) and on the test fake.
 */
import type { Analysis } from "../../engine";
import type { LogLine, MergePlan } from "../../engine/merge";
import type { Finding } from "../../model/findings";
import type { RawTable } from "../../model/rawTable";
import type { TableName } from "../../model/schema";
import type { ApplyOptions, ApplyResult, ImportableWorkbook, LiveWorkbook, ReadOptions, ReadSheetOptions, SheetSummary, SheetValues, WriteResultsOptions } from "../port";
import { appendTableRows } from "./appendRows";
import { applyMergeToExcel } from "./applyMerge";
import { formatBlankMoney } from "./blankMoney";
import { appendedMoneyFormats, columnFormats, foreignMoneyFormat, newRowMoneyFormat } from "../columnFormats";
import type { RowCurrencies } from "../columnFormats";
import { readImportMapping, writeImportMapping } from "./importMapping";
import { appendMergeLog, readMergeLog } from "./mergeLog";
import { applyJmpTemplate } from "./applyTemplate";
import { watchJmpTables } from "./changeEvents";
import { DEFAULT_LIMITS, WriteBatch } from "./payload";
import type { PayloadLimits } from "./payload";
import { readJmpTables } from "./readTables";
import { listSheets, readSheet } from "./sheetValues";
import { writeJmpResults } from "./writeResults";
import type { WrittenResults } from "./writeResults";
import type { ExcelHost } from "./xlTypes";

/** Tuning of the adapter. */
export interface ExcelWorkbookOptions {
  /** Payload limits (tests lower them to exercise chunking). */
  readonly limits?: Partial<PayloadLimits>;
  /** Quiet time before a change notification, in milliseconds (default 300). */
  readonly debounceMs?: number;
  /** The clock for the default plan period of a new template (default: the system clock). */
  readonly now?: () => Date;
}

/** The open Excel workbook as a `LiveWorkbook`. */
export class ExcelWorkbook implements LiveWorkbook, ImportableWorkbook {
  private readonly limits: PayloadLimits;
  private readonly debounceMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly host: ExcelHost,
    options: ExcelWorkbookOptions = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.debounceMs = options.debounceMs ?? 300;
    this.now = options.now ?? (() => new Date());
  }

  readTables(options: ReadOptions = {}): Promise<RawTable[]> {
    return this.host.run((context) => readJmpTables(context, this.limits, options.onProgress));
  }

  applyTemplate(options: ApplyOptions = {}): Promise<ApplyResult> {
    return this.host.run((context) => applyJmpTemplate(context, { withSample: options.withSample === true, budgetBytes: this.limits.budgetBytes, today: this.now(), currency: options.currency }));
  }

  /** Rebuilds the Dashboard and Issues sheets (or one of them) and can show one afterwards. */
  async writeResults(analysis: Analysis, options: WriteResultsOptions = {}): Promise<void> {
    await this.writeResultsReport(analysis, options);
  }

  /** `writeResults` that also tells which sheets and charts it wrote. */
  writeResultsReport(analysis: Analysis, options: WriteResultsOptions = {}): Promise<WrittenResults> {
    return this.host.run((context) => writeJmpResults(context, analysis, { ...options, budgetBytes: this.limits.budgetBytes }));
  }

  /** Shows the finding's cell: its sheet activated and the cell (or row, or table header) selected. */
  select(finding: Finding): Promise<void> {
    return this.host.run(async (context) => {
      if (finding.sheet === null) return;
      const sheet = context.workbook.worksheets.getItem(finding.sheet);
      sheet.activate();
      if (finding.cell !== null) sheet.getRange(finding.cell).select();
      else if (finding.row !== null) sheet.getRange(`${finding.row}:${finding.row}`).select();
      else context.workbook.tables.getItem(finding.table).getHeaderRowRange().select();
      await context.sync();
    });
  }

  /** Every visible worksheet in tab order (two syncs). */
  listSheets(): Promise<SheetSummary[]> {
    return this.host.run((context) => listSheets(context));
  }

  /** A sheet's used range as values: one sync for its size, one per ~3.6 MB of values. */
  readSheet(name: string, options: ReadSheetOptions = {}): Promise<SheetValues> {
    return this.host.run((context) => readSheet(context, name, this.limits, options));
  }

  /**
   * Nothing to check ahead: where cells below a table are in use, `appendRows` inserts rows for
   * the new ones (`rows.add`) rather than writing over them. (Excel may still refuse an insert
   * that would split a merged range or another table below; that fails the append as before.)
   */
  async checkRoomForRows(): Promise<void> {}

  /**
   * Appends rows keyed by header to a JMP table: one sync to read it, one per ~3.6 MB written.
   * Money cells take each row's partner currency format (`currencies`), not the last row's.
   */
  appendRows(table: TableName, rows: readonly Record<string, unknown>[], currencies?: RowCurrencies): Promise<number> {
    const imposed = appendedMoneyFormats(table, rows, currencies);
    return this.host.run(async (context) => {
      const batch = new WriteBatch(context, this.limits.budgetBytes);
      const appended = await appendTableRows(context, table, rows, batch, imposed);
      await batch.flush();
      return appended.count;
    });
  }

  /** Gives the money cells of the tables' blank rows the format of `currency` (three syncs; see `blankMoney.ts`). */
  formatBlankMoney(currency: string): Promise<void> {
    return this.host.run((context) => formatBlankMoney(context, currency, this.limits.budgetBytes));
  }

  /** Writes a partner pack's merge: the changed cells, then the new rows (see `applyMerge.ts`). */
  applyMerge(merge: MergePlan, currency?: string, rowCurrency?: string): Promise<void> {
    const newRowMoney = currency === undefined || rowCurrency === undefined ? undefined : newRowMoneyFormat(currency, rowCurrency);
    const formats = { plan: columnFormats(currency ?? "USD"), foreignMoney: foreignMoneyFormat(currency, rowCurrency) };
    return this.host.run((context) => applyMergeToExcel(context, merge, this.limits.budgetBytes, formats, newRowMoney));
  }

  /** The lines of the `JMP Log` sheet (two syncs; see `mergeLog.ts`). */
  readMergeLog(): Promise<LogLine[]> {
    return this.host.run((context) => readMergeLog(context));
  }

  /** Appends lines to the `JMP Log` sheet in one write (two syncs). */
  appendMergeLog(lines: readonly LogLine[]): Promise<void> {
    return this.host.run((context) => appendMergeLog(context, lines, this.limits.budgetBytes));
  }

  /** The tracker mapping stored by the last import, or undefined (two syncs). */
  readImportMapping(): Promise<string | undefined> {
    return this.host.run((context) => readImportMapping(context));
  }

  /** Stores the tracker mapping in its hidden cell (two syncs). */
  writeImportMapping(json: string): Promise<void> {
    return this.host.run((context) => writeImportMapping(context, json));
  }

  onTablesChanged(listener: () => void): Promise<() => void> {
    return watchJmpTables(this.host, listener, this.debounceMs);
  }
}
