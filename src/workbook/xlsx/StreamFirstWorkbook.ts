/**
 * An .xlsx opened from its bytes for browser mode: its JMP tables are read by streaming the
 * sheets that hold them (`StreamedTables`) for as long as nothing has changed it, and ExcelJS's
 * model of the whole workbook is built only when something needs it (the template, the
 * Dashboard and Issues sheets, a merge; the sheet list and sheet values too, unless they were
 * read with the tables, as browser mode's open worker reads them). Opening a plan and checking
 * it thus costs a fraction of a full load, and a plan ExcelJS cannot load (one holding a chart)
 * is still opened and checked; only a change to it is refused, with that one line.
 *
 * Downloading a workbook nothing has changed hands back the very bytes opened. A change that the
 * save would pay for with parts of the file it cannot carry (threaded comments, sparklines... on
 * a sheet it rewrites; see `uncarriedParts.ts`) is refused before it is made, with one line
 * naming them, as `jmp` refuses it: a part we cannot carry is refused, never dropped. Opened with
 * `openStreamFirst`, or by the page over tables a Web Worker read (browser mode).
 */
import type { Analysis } from "../../engine";
import type { LogLine, MergePlan } from "../../engine/merge";
import type { RawTable } from "../../model/rawTable";
import type { TableName } from "../../model/schema";
import type { RowCurrencies } from "../columnFormats";
import type { ApplyOptions, ApplyResult, ImportableWorkbook, ReadOptions, ReadSheetOptions, SheetSummary, SheetValues } from "../port";
import type { SheetFacts } from "./sheetFacts";
import type { XlsxWorkbook } from "./XlsxWorkbook";

/** A change refused because saving it would drop parts of the file; the message names them (the pane adds where to make the change). */
export class PartsNotCarriedError extends Error {
  override readonly name = "PartsNotCarriedError";
}

/** Refuses to change or save `model` when its save would drop parts of the file. */
function refuseUncarried(model: XlsxWorkbook): void {
  const lost = model.describePartsLostOnSave();
  if (lost === undefined) return;
  throw new PartsNotCarriedError(`This workbook holds ${lost}, which saving it from the browser would drop; nothing was changed.`);
}

/** Where the JMP tables of an unchanged file come from: the streaming reader, or tables read already. */
export interface TableSource {
  readTables(options?: ReadOptions): Promise<RawTable[]>;
}

/**
 * A workbook file read from a table source until it is changed. It imports nothing at run time
 * (ExcelJS comes through `loadModel`), so a page can hold one without loading ExcelJS.
 */
export class StreamFirstWorkbook implements ImportableWorkbook {
  private model: Promise<XlsxWorkbook> | undefined;
  private changed = false;

  /**
   * `tables`: the unchanged file's tables (undefined: always from the model); `loadModel`:
   * ExcelJS's model of `bytes`, asked for once, on first need; `sheets`: the unchanged file's
   * sheet list, sheet values and import mapping when they were read with the tables.
   */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly tables: TableSource | undefined,
    private readonly loadModel: () => Promise<XlsxWorkbook>,
    private readonly sheets?: SheetFacts,
  ) {}

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
    return this.unchangedSheets()?.sheets.map((s) => ({ ...s })) ?? (await this.editable()).listSheets();
  }

  async readSheet(name: string, options: ReadSheetOptions = {}): Promise<SheetValues> {
    const held = this.unchangedSheets()?.values.get(name.trim().toLowerCase());
    if (!held) return (await this.editable()).readSheet(name, options);
    return options.maxRows === undefined ? held : { ...held, rows: held.rows.slice(0, Math.max(0, options.maxRows)) };
  }

  async appendRows(table: TableName, rows: readonly Record<string, unknown>[], currencies?: RowCurrencies): Promise<number> {
    return (await this.changing()).appendRows(table, rows, currencies);
  }

  async checkRoomForRows(counts: ReadonlyMap<TableName, number>): Promise<void> {
    await (await this.changing()).checkRoomForRows(counts);
  }

  async formatBlankMoney(currency: string): Promise<void> {
    await (await this.changing()).formatBlankMoney(currency);
  }

  async applyMerge(merge: MergePlan, currency?: string, rowCurrency?: string): Promise<void> {
    await (await this.changing()).applyMerge(merge, currency, rowCurrency);
  }

  async readMergeLog(): Promise<LogLine[]> {
    return (await this.editable()).readMergeLog();
  }

  async appendMergeLog(lines: readonly LogLine[]): Promise<void> {
    await (await this.changing()).appendMergeLog(lines);
  }

  async readImportMapping(): Promise<string | undefined> {
    const sheets = this.unchangedSheets();
    return sheets ? sheets.importMapping : (await this.editable()).readImportMapping();
  }

  async writeImportMapping(json: string): Promise<void> {
    await (await this.changing()).writeImportMapping(json);
  }

  /** The workbook as .xlsx bytes: the bytes opened while nothing has changed it. */
  async toBuffer(): Promise<Uint8Array> {
    if (!this.changed) return this.bytes;
    const model = await this.editable();
    // A change can make more sheets the tool's own (the template's tables added beside them).
    refuseUncarried(model);
    return model.toBuffer();
  }

  /** The sheets read with the tables, while they are still the file's. */
  private unchangedSheets(): SheetFacts | undefined {
    return this.changed ? undefined : this.sheets;
  }

  /** ExcelJS's model of the workbook, loaded (and checked again) on first need. */
  private editable(): Promise<XlsxWorkbook> {
    this.model ??= this.loadModel();
    return this.model;
  }

  /** The model, for a change: from then on, tables are read from it. */
  private async changing(): Promise<XlsxWorkbook> {
    const model = await this.editable();
    refuseUncarried(model);
    this.changed = true;
    return model;
  }
}
