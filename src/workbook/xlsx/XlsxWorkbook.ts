/**
 * The xlsx adapter: a WorkbookPort over an ExcelJS workbook held in memory. The CLI opens files
 * with it; the task pane's browser mode will use the same class on a picked file, so everything
 * but `fromFile` and `saveAs` runs without Node (those two reach the file system only when
 * called, through Node's built-in module registry, which no bundler follows).
 */
import { Workbook } from "exceljs";
import type { Analysis } from "../../engine";
import type { RawTable } from "../../model/rawTable";
import type { TableName } from "../../model/schema";
import type { LogLine, MergePlan } from "../../engine/merge";
import type {
  ApplyOptions,
  ApplyResult,
  ImportableWorkbook,
  OpenedPack,
  PackSource,
  ReadOptions,
  ReadSheetOptions,
  SheetSummary,
  SheetValues,
  WriteResultsOptions,
} from "../port";
import { applyMergePlan } from "./packs/applyMerge";
import { appendMergeLog, readMergeLog } from "./mergeLogSheet";
import { readPack } from "./packs/readPack";
import { readImportMapping, writeImportMapping } from "./importMapping";
import { appendTableRows, checkRoomForRows } from "./appendRows";
import type { RowCurrencies } from "../columnFormats";
import { applyJmpTemplate } from "./applyTemplate";
import { formatBlankMoney } from "./blankMoney";
import { readerFailure, UnreadableWorkbookError } from "./errors";
import { readJmpTables } from "./readTables";
import { listSheets, readSheet } from "./sheetValues";
import { repairLoadedTables } from "./tableModel";
import { readTemplateVersion } from "./templateVersion";
import { writeResults } from "./writeResults";
import { describeUncarried } from "./uncarriedParts";
import type { UncarriedPart } from "./uncarriedParts";
import type { WorkbookContents, WorkbookLimits } from "./zipGuard";
import { OWNED_NAMES, ownedSheetNames, uncarriedPartsReplaced } from "./splice/rewrittenParts";
import { splicePackage } from "./splice/splicePackage";
import { nodeFileSystem, readRegularFile } from "./fileBytes";
import { asBytes, checkWorkbookBytes, DEFAULT_LIMITS } from "./zipGuard";
import { withoutDrawings } from "./splice/carriedDrawings";
import { withSerialDates } from "./splice/serialDates";

/** A workbook file as opened. */
interface OpenedFile {
  readonly bytes: Uint8Array;
  readonly contents: WorkbookContents;
}

/** Options of opening or creating a workbook. */
export interface XlsxOptions {
  /** Limits for untrusted files; unset ones keep the defaults of SPEC section 8. */
  readonly limits?: Partial<WorkbookLimits>;
  /** The clock for the default plan period of a new template (default: the system clock). */
  readonly now?: () => Date;
}

/** An .xlsx workbook in memory behind the workbook port. */
export class XlsxWorkbook implements ImportableWorkbook, PackSource {
  private constructor(
    /** The ExcelJS workbook, for adapters that build on this one (partner packs, merges). */
    readonly workbook: Workbook,
    private readonly now: () => Date,
    /** The file as opened and what the guard learned of it; absent for a new workbook. */
    private readonly opened?: OpenedFile,
  ) {}

  /**
   * Parts of the opened file this adapter would drop on save (charts, pivot tables, links to
   * other workbooks...; see `uncarriedParts.ts`): only those on the sheets a save rewrites, as
   * every other part is copied as it is (see `splice/`). Writers refuse rather than lose them.
   */
  partsLostOnSave(): readonly UncarriedPart[] {
    if (!this.opened) return [];
    const { uncarried, layout } = this.opened.contents;
    if (!layout) return uncarried;
    return uncarriedPartsReplaced(layout, ownedSheetNames(this.workbook), uncarried);
  }

  /** `partsLostOnSave` in words, grouped by feature ("threaded comments (xl/...)"), or undefined for none. */
  describePartsLostOnSave(): string | undefined {
    const lost = this.partsLostOnSave();
    return lost.length === 0 ? undefined : describeUncarried(lost);
  }

  /**
   * Opens an .xlsx from its bytes after the safety checks of SPEC section 8 (size, zip
   * structure, entry count, uncompressed size, compression ratios). Rejects with
   * `UnreadableWorkbookError` and a one-line reason when the file is refused or cannot be read.
   */
  static async load(bytes: Uint8Array | ArrayBuffer, options: XlsxOptions = {}): Promise<XlsxWorkbook> {
    const data = asBytes(bytes);
    return XlsxWorkbook.loadChecked(data, await checkWorkbookBytes(data, { ...DEFAULT_LIMITS, ...options.limits }), options);
  }

  /** Loads bytes that `checkWorkbookBytes` has passed (`contents` is what it found), without checking them again. */
  static async loadChecked(data: Uint8Array, contents: WorkbookContents, options: XlsxOptions = {}): Promise<XlsxWorkbook> {
    // Refused before loading: the model would load the file wrong (a sheet without its table, texts as numbers) and a save would write that back.
    if (contents.modelProblem) throw new UnreadableWorkbookError(`This command loads the whole workbook and cannot read the file: ${contents.modelProblem}`, "corrupt");
    const workbook = new Workbook();
    try {
      // ExcelJS never sees a sheet's drawing: the splicing save gives it back (splice/carriedDrawings.ts).
      const drawn = (await withoutDrawings(data)) ?? data;
      // Nor an ISO date cell (t="d"), which it would read and save as the number of its year.
      const model = (await withSerialDates(drawn)) ?? drawn;
      // ExcelJS's typings ask for a Node Buffer; it hands the bytes to JSZip, which takes any Uint8Array.
      await workbook.xlsx.load(model as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    } catch (error) {
      throw readerFailure(error);
    }
    repairLoadedTables(workbook);
    return new XlsxWorkbook(workbook, options.now ?? (() => new Date()), { bytes: data, contents });
  }

  /** Opens an .xlsx file (Node only); the same checks as `load`. */
  static async fromFile(path: string, options: XlsxOptions = {}): Promise<XlsxWorkbook> {
    const fs = nodeFileSystem();
    // Only a regular file, and never more bytes than the limit, whatever stat says.
    return XlsxWorkbook.load(await readRegularFile(fs, path, { ...DEFAULT_LIMITS, ...options.limits }.maxBytes), options);
  }

  /** A new, empty workbook (no sheets); `applyTemplate` turns it into the template. */
  static create(options: Pick<XlsxOptions, "now"> = {}): XlsxWorkbook {
    const workbook = new Workbook();
    workbook.creator = "JMP Planner";
    workbook.created = new Date();
    return new XlsxWorkbook(workbook, options.now ?? (() => new Date()));
  }

  /**
   * Reads every JMP table present: each Excel table named like a JMP table (case-insensitive),
   * on any sheet; for a JMP table with no such Excel table, a plain range whose row 1 holds the
   * table's required headers on the sheet named like the template sheet (see `locateTables`).
   */
  async readTables(options: ReadOptions = {}): Promise<RawTable[]> {
    return readJmpTables(this.workbook, options.onProgress);
  }

  /**
   * Adds what the template needs; never changes a cell the user owns (see `applyTemplate.ts`
   * for what is added where). Stores the template version in the workbook (`templateVersion.ts`).
   */
  async applyTemplate(options: ApplyOptions = {}): Promise<ApplyResult> {
    return applyJmpTemplate(this.workbook, { withSample: options.withSample === true, today: this.now(), currency: options.currency });
  }

  /** Rebuilds the Dashboard and Issues sheets (or the one `options.only` names). */
  async writeResults(analysis: Analysis, options: WriteResultsOptions = {}): Promise<void> {
    await writeResults(this.workbook, analysis, options);
  }

  /** Every visible worksheet in tab order, with its used range's size and whether it holds a JMP table. */
  async listSheets(): Promise<SheetSummary[]> {
    return listSheets(this.workbook);
  }

  /** The used range of a sheet as values (formula results); the sheet is only read. */
  async readSheet(name: string, options: ReadSheetOptions = {}): Promise<SheetValues> {
    return readSheet(this.workbook, name, options);
  }

  /** Appends rows keyed by header to a JMP table, writing only the new cells, money in each row's currency format (see `appendRows.ts`). */
  async appendRows(table: TableName, rows: readonly Record<string, unknown>[], currencies?: RowCurrencies): Promise<number> {
    return appendTableRows(this.workbook, table, rows, currencies);
  }

  /** Rejects as `appendRows` would when a table has no room below it for its new rows (see `appendRows.ts`). */
  async checkRoomForRows(counts: ReadonlyMap<TableName, number>): Promise<void> {
    for (const [table, count] of counts) checkRoomForRows(this.workbook, table, count);
  }

  /** Gives the money cells of the tables' blank rows the format of `currency` (see `blankMoney.ts`). */
  async formatBlankMoney(currency: string): Promise<void> {
    formatBlankMoney(this.workbook, currency);
  }

  /** Writes a merge plan's cells and new rows in place (see `packs/applyMerge.ts`). */
  async applyMerge(merge: MergePlan, currency = "USD", rowCurrency?: string): Promise<void> {
    applyMergePlan(this, merge, currency, rowCurrency);
  }

  /** The lines of the `JMP Log` sheet (see `mergeLogSheet.ts`). */
  async readMergeLog(): Promise<LogLine[]> {
    return readMergeLog(this.workbook);
  }

  /** Appends lines to the `JMP Log` sheet. */
  async appendMergeLog(lines: readonly LogLine[]): Promise<void> {
    appendMergeLog(this.workbook, lines);
  }

  /** Reads the workbook as a filled partner pack (see `packs/readPack.ts`). */
  async readPack(name: string): Promise<OpenedPack> {
    return readPack(this, name);
  }

  /** The tracker mapping stored by the last import, or undefined. */
  async readImportMapping(): Promise<string | undefined> {
    return readImportMapping(this.workbook);
  }

  /** Stores the tracker mapping in its hidden cell. */
  async writeImportMapping(json: string): Promise<void> {
    writeImportMapping(this.workbook, json);
  }

  /** The template version the workbook carries, or undefined. */
  templateVersion(): number | undefined {
    return readTemplateVersion(this.workbook);
  }

  /**
   * The workbook as .xlsx bytes. A workbook opened from a file is written by splicing: only the
   * sheets the tool writes are taken from ExcelJS, every other part is the file's own (see
   * `splice/splicePackage.ts`).
   */
  async toBuffer(): Promise<Uint8Array> {
    if (this.workbook.worksheets.length === 0) throw new Error("A workbook needs at least one sheet; apply the template first");
    const buffer = await this.workbook.xlsx.writeBuffer();
    const rewritten = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
    if (!this.opened) return rewritten;
    return splicePackage({ original: this.opened.bytes, rewritten, ownedSheets: ownedSheetNames(this.workbook), ownedNames: OWNED_NAMES });
  }

  /** Writes the workbook to `path` (Node only), replacing the file. */
  async saveAs(path: string): Promise<void> {
    const fs = nodeFileSystem();
    await fs.writeFile(path, await this.toBuffer());
  }
}
