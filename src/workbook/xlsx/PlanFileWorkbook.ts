/**
 * A plan workbook file opened to be changed (`jmp apply`, a Dashboard and Issues refresh), which
 * loads the whole workbook only when a change needs it. While the JMP tables' sheets stay as
 * they are (the template is already current: `refresh/templateCurrent.ts`), the tables are
 * streamed (`StreamedTables`), the Dashboard and Issues are written into a package of their own
 * (`refresh/generatedPackage.ts`) and spliced into the file (`splice/splicePackage.ts`): every
 * other part, the JMP tables' sheets included, is kept byte for byte, and a workbook ExcelJS
 * cannot load (one holding some charts) is refreshed all the same.
 *
 * Any other change (a template upgrade, new rows, a merge) loads ExcelJS's model of the whole
 * workbook (`XlsxWorkbook`) and goes through it from then on, the generated sheets already
 * written being written again there.
 */
import type { Analysis } from "../../engine";
import type { LogLine, MergePlan } from "../../engine/merge";
import type { RawTable } from "../../model/rawTable";
import { TEMPLATE_VERSION } from "../../model/schema";
import type { TableName } from "../../model/schema";
import type { RowCurrencies } from "../columnFormats";
import type { ApplyOptions, ApplyResult, ImportableWorkbook, ReadOptions, ReadSheetOptions, SheetSummary, SheetValues, WriteResultsOptions } from "../port";
import { nodeFileSystem, readRegularFile } from "./fileBytes";
import type { GeneratedPackage } from "./refresh/generatedPackage";
import { generatedPackage, MARKER_NAMES } from "./refresh/generatedPackage";
import { templateIsCurrent } from "./refresh/templateCurrent";
import { readDefinedNames, readNamedNumber } from "./refresh/workbookFacts";
import { uncarriedPartsReplaced } from "./splice/rewrittenParts";
import { splicePackage } from "./splice/splicePackage";
import { StreamedTables } from "./stream/StreamedTables";
import { VERSION_NAME } from "./templateVersion";
import type { UncarriedPart } from "./uncarriedParts";
import type { XlsxOptions } from "./XlsxWorkbook";
import { XlsxWorkbook } from "./XlsxWorkbook";
import type { WorkbookContents } from "./zipGuard";
import { asBytes, checkWorkbookLeaving, DEFAULT_LIMITS, isWorksheetPart } from "./zipGuard";
import type { PendingChecks } from "./zipGuard";

/** The file's parts as the guard saw them: its wiring, sheets and validations. */
type SeenContents = Required<WorkbookContents>;

function fullySeen(contents: WorkbookContents): contents is SeenContents {
  return contents.layout !== undefined && contents.validations !== undefined;
}

/** A plan workbook file changed without loading it while its JMP tables' sheets stay as they are. */
export class PlanFileWorkbook implements ImportableWorkbook {
  private model: Promise<XlsxWorkbook> | undefined;
  /** The model once loaded. */
  private loaded: XlsxWorkbook | undefined;
  /** Tables read to decide on the template, handed to the next `readTables`. */
  private tablesRead: RawTable[] | undefined;
  /** The generated sheets written while the model is not loaded, and what they were written for. */
  private generated: { readonly pack: GeneratedPackage; readonly analysis: Analysis; readonly options: WriteResultsOptions } | undefined;

  /** What the guard learned of the whole file, once every part is checked. */
  private contents: WorkbookContents | undefined;

  private constructor(
    private readonly bytes: Uint8Array,
    /** The checks of the worksheets, run as they are streamed or before the model loads. */
    private readonly pending: PendingChecks,
    private readonly tables: StreamedTables,
    private readonly options: XlsxOptions,
  ) {}

  /**
   * Checks the bytes (SPEC section 8) and finds the sheets and tables; no sheet is read yet.
   * The worksheets are checked as they are first streamed (one inflate and parse serve both),
   * and all of them before anything but the stream reader reads the file.
   */
  static async load(bytes: Uint8Array | ArrayBuffer, options: XlsxOptions = {}): Promise<PlanFileWorkbook> {
    const data = asBytes(bytes);
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const pending = await checkWorkbookLeaving(data, limits, isWorksheetPart);
    return new PlanFileWorkbook(data, pending, await StreamedTables.ofPending(data, limits, pending), options);
  }

  /** Opens an .xlsx file (Node only); the same checks as `load`. */
  static async fromFile(path: string, options: XlsxOptions = {}): Promise<PlanFileWorkbook> {
    return PlanFileWorkbook.load(await readRegularFile(nodeFileSystem(), path, { ...DEFAULT_LIMITS, ...options.limits }.maxBytes), options);
  }

  /** The JMP tables: streamed from the file until the model is loaded, from the model after. */
  async readTables(options: ReadOptions = {}): Promise<RawTable[]> {
    if (this.model) return (await this.model).readTables(options);
    const read = this.tablesRead;
    this.tablesRead = undefined;
    if (!read) return this.tables.readTables(options);
    options.onProgress?.(1, 1);
    return read;
  }

  /** Applies the template: nothing to write when it is current, else through the whole model. */
  async applyTemplate(options: ApplyOptions = {}): Promise<ApplyResult> {
    if (!this.model && options.withSample !== true && (await this.templateCurrent())) {
      return { tablesAdded: [], columnsAdded: [], settingsAdded: [], version: TEMPLATE_VERSION };
    }
    return (await this.editable()).applyTemplate(options);
  }

  /** Rebuilds the Dashboard and Issues: on their own while the model is not loaded, else in it. */
  async writeResults(analysis: Analysis, options: WriteResultsOptions = {}): Promise<void> {
    if (this.model) return (await this.model).writeResults(analysis, options);
    const names = (await this.checkedContents()).layout?.sheets.map((s) => s.name);
    if (names !== undefined) {
      try {
        const definedNames = await readDefinedNames(this.tables.parts, this.tables.map.workbookPart);
        this.generated = { pack: generatedPackage({ names, definedNames }, analysis, options), analysis, options };
        return;
      } catch {
        // Something the light writer does not write (see refresh/gridXml.ts): the whole model writes them.
      }
    }
    return (await this.editable()).writeResults(analysis, options);
  }

  async listSheets(): Promise<SheetSummary[]> {
    return (await this.editable()).listSheets();
  }

  async readSheet(name: string, options: ReadSheetOptions = {}): Promise<SheetValues> {
    return (await this.editable()).readSheet(name, options);
  }

  async appendRows(table: TableName, rows: readonly Record<string, unknown>[], currencies?: RowCurrencies): Promise<number> {
    return (await this.editable()).appendRows(table, rows, currencies);
  }

  async checkRoomForRows(counts: ReadonlyMap<TableName, number>): Promise<void> {
    await (await this.editable()).checkRoomForRows(counts);
  }

  async formatBlankMoney(currency: string): Promise<void> {
    await (await this.editable()).formatBlankMoney(currency);
  }

  async applyMerge(merge: MergePlan, currency?: string, rowCurrency?: string): Promise<void> {
    await (await this.editable()).applyMerge(merge, currency, rowCurrency);
  }

  async readMergeLog(): Promise<LogLine[]> {
    return (await this.editable()).readMergeLog();
  }

  async appendMergeLog(lines: readonly LogLine[]): Promise<void> {
    await (await this.editable()).appendMergeLog(lines);
  }

  async readImportMapping(): Promise<string | undefined> {
    return (await this.editable()).readImportMapping();
  }

  async writeImportMapping(json: string): Promise<void> {
    await (await this.editable()).writeImportMapping(json);
  }

  /**
   * Parts of the file a save would drop: while only the generated sheets are written, those
   * on them (and only on them); else the model's answer.
   */
  partsLostOnSave(): readonly UncarriedPart[] {
    if (this.loaded) return this.loaded.partsLostOnSave();
    // The generated sheets are written once every part is checked, so the contents are known.
    if (!this.generated || !this.contents?.layout) return [];
    return uncarriedPartsReplaced(this.contents.layout, this.generated.pack.sheets, this.contents.uncarried);
  }

  /** The workbook as .xlsx bytes: the file with the generated sheets spliced in, or the model's save. */
  async toBuffer(): Promise<Uint8Array> {
    if (this.model) return (await this.model).toBuffer();
    if (!this.generated) return this.bytes;
    return splicePackage({ original: this.bytes, rewritten: this.generated.pack.parts, ownedSheets: this.generated.pack.sheets, ownedNames: MARKER_NAMES });
  }

  /** Writes the workbook to `path` (Node only), replacing the file. */
  async saveAs(path: string): Promise<void> {
    await nodeFileSystem().writeFile(path, await this.toBuffer());
  }

  private async templateCurrent(): Promise<boolean> {
    const { parts, map } = this.tables;
    const definedNames = await readDefinedNames(parts, map.workbookPart);
    const version = await readNamedNumber(parts, map, definedNames.get(VERSION_NAME));
    this.tablesRead = await this.tables.readTables();
    const contents = await this.checkedContents();
    return fullySeen(contents) && templateIsCurrent({ map, version, tables: this.tablesRead, validations: contents.validations });
  }

  /** What the guard learned of the whole file: the checks still pending run first. */
  private async checkedContents(): Promise<WorkbookContents> {
    this.contents ??= await this.pending.finish();
    return this.contents;
  }

  /**
   * ExcelJS's model of the whole workbook, loaded on first need (the file is not checked again);
   * generated sheets already written are written again in it.
   */
  private editable(): Promise<XlsxWorkbook> {
    this.model ??= this.checkedContents().then(async (contents) => {
      const model = await XlsxWorkbook.loadChecked(this.bytes, contents, this.options);
      this.tablesRead = undefined;
      if (this.generated) await model.writeResults(this.generated.analysis, this.generated.options);
      this.generated = undefined;
      this.loaded = model;
      return model;
    });
    return this.model;
  }
}
