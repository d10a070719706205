/**
 * A new .xlsx workbook that takes many rows fast: rows appended to a table still as the
 * template made it (a header and one empty row) are kept aside as values and written into the
 * file's XML when it is saved (`packageRows.ts`), instead of through ExcelJS's cell model.
 * Everything reads as if they were written: `readTables` gives them, so the analysis, the
 * Dashboard and the Issues sheets see the whole plan. Rows for any other table, and every other
 * edit, go through the ordinary adapter. `jmp import` makes its plans with it: a 50,000-row
 * tracker is some 200,000 plan rows, which ExcelJS takes several times longer to save than to read.
 * Once rows are kept aside, the Dashboard and Issues are not written through ExcelJS either: they
 * are written as `jmp apply` writes them (`refresh/generatedPackage.ts`) and spliced into the
 * saved package (at 50,000 tracker rows, 14,000 issues: ExcelJS took 3-3.5 s over them).
 */
import type { Analysis } from "../../engine";
import type { LogLine, MergePlan } from "../../engine/merge";
import type { RawTable } from "../../model/rawTable";
import type { TableName } from "../../model/schema";
import type { RowCurrencies } from "../columnFormats";
import { rowsInTableOrder } from "../convert/tableRows";
import type { ApplyOptions, ApplyResult, ImportableWorkbook, ReadOptions, ReadSheetOptions, SheetSummary, SheetValues, WriteResultsOptions } from "../port";
import { writeRowsIntoPackage } from "./packageRows";
import { generatedPackage, MARKER_NAMES } from "./refresh/generatedPackage";
import type { GeneratedPackage } from "./refresh/generatedPackage";
import { splicePackage } from "./splice/splicePackage";
import { XlsxWorkbook } from "./XlsxWorkbook";

/** True when a table is as the template makes it: no row but one blank one. */
function isFresh(table: RawTable | undefined): table is RawTable {
  const blank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  return table !== undefined && !table.hasTotalsRow && table.rows.length === 1 && table.rows[0].every(blank);
}

/** A new workbook whose fresh tables take their rows when it is saved. */
export class BulkRowsWorkbook implements ImportableWorkbook {
  /** Rows kept aside, by table, in the table's column order. */
  private readonly held = new Map<string, { headers: readonly unknown[]; rows: unknown[][] }>();
  /** The results to write at save time, once rows are kept aside. */
  private results: { readonly analysis: Analysis; readonly options: WriteResultsOptions } | undefined;

  constructor(private readonly inner: XlsxWorkbook = XlsxWorkbook.create()) {}

  /** The JMP tables, the rows kept aside included. */
  async readTables(options: ReadOptions = {}): Promise<RawTable[]> {
    const tables = await this.inner.readTables(options);
    return tables.map((t) => {
      const held = this.held.get(t.name.toLowerCase());
      return held ? { ...t, rows: held.rows } : t;
    });
  }

  async applyTemplate(options: ApplyOptions = {}): Promise<ApplyResult> {
    if (this.held.size > 0) throw new Error("The template is set up before rows are added");
    return this.inner.applyTemplate(options);
  }

  /**
   * With rows kept aside, the generated sheets are written at save time, beside them; else now.
   * Only one writing is held back: a second one, or one that shows a sheet, goes through the
   * model after the one held (in the order asked).
   */
  async writeResults(analysis: Analysis, options: WriteResultsOptions = {}): Promise<void> {
    if (this.held.size === 0 || options.activate !== undefined || this.results !== undefined) {
      await this.writeHeldResults();
      return this.inner.writeResults(analysis, options);
    }
    this.results = { analysis, options };
  }

  /** Writes the results held back through the model, so that what reads the model sees them. */
  private async writeHeldResults(): Promise<void> {
    const results = this.results;
    this.results = undefined;
    if (results) await this.inner.writeResults(results.analysis, results.options);
  }

  async listSheets(): Promise<SheetSummary[]> {
    await this.writeHeldResults();
    return this.inner.listSheets();
  }

  async readSheet(name: string, options: ReadSheetOptions = {}): Promise<SheetValues> {
    await this.writeHeldResults();
    return this.inner.readSheet(name, options);
  }

  /**
   * Rows for a fresh table (or one that took rows this way) are kept aside, in the formats of the
   * template's empty row (a new plan's partners are in its currency); others are written now.
   */
  async appendRows(table: TableName, rows: readonly Record<string, unknown>[], currencies?: RowCurrencies): Promise<number> {
    const key = table.toLowerCase();
    let held = this.held.get(key);
    if (!held) {
      const current = (await this.inner.readTables()).find((t) => t.name.toLowerCase() === key);
      if (!isFresh(current)) return this.inner.appendRows(table, rows, currencies);
      held = { headers: current.headers, rows: [] };
      this.held.set(key, held);
    }
    for (const row of rowsInTableOrder(table, held.headers, rows)) held.rows.push(row);
    return rows.length;
  }

  /** A table whose rows are kept aside is a fresh template table, with nothing below it: the inner workbook's check holds for it too. */
  async checkRoomForRows(counts: ReadonlyMap<TableName, number>): Promise<void> {
    await this.inner.checkRoomForRows(counts);
  }

  /** Before any row is kept aside, as the template is set up: the rows kept take the formats of the template's empty row when saved. */
  async formatBlankMoney(currency: string): Promise<void> {
    if (this.held.size > 0) throw new Error("Money formats are set before rows are added");
    await this.inner.formatBlankMoney(currency);
  }

  /** Cell writes and appends; not to a table whose rows are kept aside (nothing here needs it). */
  async applyMerge(merge: MergePlan, currency?: string, rowCurrency?: string): Promise<void> {
    const touched = [...merge.cellWrites.map((w) => w.table), ...merge.rowAppends.map((a) => a.table)];
    if (touched.some((t) => this.held.has(t.toLowerCase()))) throw new Error("Rows kept for saving cannot be edited before the workbook is saved");
    await this.inner.applyMerge(merge, currency, rowCurrency);
  }

  async readMergeLog(): Promise<LogLine[]> {
    return this.inner.readMergeLog();
  }

  async appendMergeLog(lines: readonly LogLine[]): Promise<void> {
    await this.inner.appendMergeLog(lines);
  }

  async readImportMapping(): Promise<string | undefined> {
    return this.inner.readImportMapping();
  }

  async writeImportMapping(json: string): Promise<void> {
    await this.inner.writeImportMapping(json);
  }

  /** The workbook as .xlsx bytes, the rows kept aside written into their tables, the results beside them. */
  async toBuffer(): Promise<Uint8Array> {
    const pack = await this.heldResultsPackage();
    const bytes = await writeRowsIntoPackage(await this.inner.toBuffer(), [...this.held].map(([table, held]) => ({ table, rows: held.rows })));
    return pack ? splicePackage({ original: bytes, rewritten: pack.parts, ownedSheets: pack.sheets, ownedNames: MARKER_NAMES }) : bytes;
  }

  /** The results held back as a package of their own; written through the model instead when the light writer cannot write them. */
  private async heldResultsPackage(): Promise<GeneratedPackage | undefined> {
    if (!this.results) return undefined;
    const { workbook } = this.inner;
    const names = workbook.worksheets.map((sheet) => sheet.name);
    const definedNames = new Map(workbook.definedNames.model.map((n) => [n.name, n.ranges.join(",")]));
    try {
      // Kept held: a second save writes them again.
      return generatedPackage({ names, definedNames }, this.results.analysis, this.results.options);
    } catch {
      // Something the light writer does not write (see refresh/gridXml.ts): the model writes them.
      await this.writeHeldResults();
      return undefined;
    }
  }

  /** Writes the workbook to `path` (Node only), replacing the file. */
  async saveAs(path: string): Promise<void> {
    const { writeFile } = await import("node:fs/promises");
    await writeFile(path, await this.toBuffer());
  }
}
