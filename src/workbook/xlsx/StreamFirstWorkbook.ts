/**
 * An .xlsx opened from its bytes for browser mode: its JMP tables are read by streaming the
 * sheets that hold them (`StreamedTables`) for as long as nothing has changed it, and ExcelJS's
 * model of the whole workbook is built only when something needs it (the convert view's sheets,
 * the template, the Dashboard and Issues sheets, a merge). Opening a plan and checking it thus
 * costs a fraction of a full load, and a plan ExcelJS cannot load (one holding a chart) is still
 * opened and checked; only a change to it is refused, with that one line.
 *
 * Downloading a workbook nothing has changed hands back the very bytes opened. A runtime that
 * cannot inflate a zip entry as a stream (no `DecompressionStream`: old browsers, jsdom) loads
 * the model at once, as before.
 */
import type { Analysis } from "../../engine";
import type { LogLine, MergePlan } from "../../engine/merge";
import type { RawTable } from "../../model/rawTable";
import type { TableName } from "../../model/schema";
import type { ApplyOptions, ApplyResult, ImportableWorkbook, ReadOptions, ReadSheetOptions, SheetSummary, SheetValues } from "../port";
import { StreamedTables } from "./stream/StreamedTables";
import type { XlsxOptions } from "./XlsxWorkbook";
import { XlsxWorkbook } from "./XlsxWorkbook";
import { asBytes } from "./zipGuard";
import { canInflate } from "./zipInflate";

/** A workbook file read by streaming until it is changed. */
export class StreamFirstWorkbook implements ImportableWorkbook {
  private model: Promise<XlsxWorkbook> | undefined;
  private changed = false;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly tables: StreamedTables | undefined,
    private readonly options: XlsxOptions,
  ) {}

  /** Checks the bytes (SPEC section 8) and finds the sheets and tables; no sheet is read yet. */
  static async load(bytes: Uint8Array | ArrayBuffer, options: XlsxOptions = {}): Promise<StreamFirstWorkbook> {
    const data = asBytes(bytes);
    if (!canInflate()) {
      const opened = new StreamFirstWorkbook(data, undefined, options);
      await opened.editable();
      return opened;
    }
    return new StreamFirstWorkbook(data, await StreamedTables.load(data, options.limits), options);
  }

  /** The JMP tables: streamed from the file while it is unchanged, from the model after. */
  async readTables(options: ReadOptions = {}): Promise<RawTable[]> {
    return this.changed || !this.tables ? (await this.editable()).readTables(options) : this.tables.readTables(options);
  }

  async applyTemplate(options: ApplyOptions = {}): Promise<ApplyResult> {
    return (await this.changing()).applyTemplate(options);
  }

  async writeResults(analysis: Analysis): Promise<void> {
    await (await this.changing()).writeResults(analysis);
  }

  async listSheets(): Promise<SheetSummary[]> {
    return (await this.editable()).listSheets();
  }

  async readSheet(name: string, options: ReadSheetOptions = {}): Promise<SheetValues> {
    return (await this.editable()).readSheet(name, options);
  }

  async appendRows(table: TableName, rows: readonly Record<string, unknown>[]): Promise<number> {
    return (await this.changing()).appendRows(table, rows);
  }

  async applyMerge(merge: MergePlan, currency?: string): Promise<void> {
    await (await this.changing()).applyMerge(merge, currency);
  }

  async readMergeLog(): Promise<LogLine[]> {
    return (await this.editable()).readMergeLog();
  }

  async appendMergeLog(lines: readonly LogLine[]): Promise<void> {
    await (await this.changing()).appendMergeLog(lines);
  }

  async readImportMapping(): Promise<string | undefined> {
    return (await this.editable()).readImportMapping();
  }

  async writeImportMapping(json: string): Promise<void> {
    await (await this.changing()).writeImportMapping(json);
  }

  /** The workbook as .xlsx bytes: the bytes opened while nothing has changed it. */
  async toBuffer(): Promise<Uint8Array> {
    return this.changed ? (await this.editable()).toBuffer() : this.bytes;
  }

  /** ExcelJS's model of the workbook, loaded (and checked again) on first need. */
  private editable(): Promise<XlsxWorkbook> {
    this.model ??= XlsxWorkbook.load(this.bytes, this.options);
    return this.model;
  }

  /** The model, for a change: from then on, tables are read from it. */
  private async changing(): Promise<XlsxWorkbook> {
    const model = await this.editable();
    this.changed = true;
    return model;
  }
}
