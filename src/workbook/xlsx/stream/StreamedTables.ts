/**
 * The JMP tables of an .xlsx, read without building a workbook model: the workbook's
 * relationships say which sheets hold the tables (`workbookMap.ts`), and only those sheets are
 * streamed, with the shared strings and the date formats their cells need. It delivers the
 * RawTables the ExcelJS path delivers (`readTables.ts`), at a fraction of the time and memory,
 * and it reads workbooks ExcelJS cannot load (charts and drawings it fails on are never opened).
 *
 * The file passes the same safety checks as `XlsxWorkbook.load` first (`checkWorkbookBytes`).
 * Runs in Node and in browsers.
 */
import { normalizeHeader, TABLES } from "../../../model/schema";
import type { TableSpec } from "../../../model/schema";
import type { RawTable } from "../../../model/rawTable";
import type { ReadOptions } from "../../port";
import type { CellRange } from "../a1";
import { overlaps, MAX_COLUMN } from "../a1";
import { UnreadableWorkbookError } from "../errors";
import { nodeFileSystem, readRegularFile } from "../fileBytes";
import type { WorkbookLimits } from "../zipGuard";
import { asBytes, checkWorkbookBytes, checkWorkbookLeaving, DEFAULT_LIMITS, isWorksheetPart } from "../zipGuard";
import type { PendingChecks } from "../zipGuard";
import { readDateStyles, readSharedStrings } from "./cellFormats";
import type { PlannedTable } from "./locateParts";
import { planTable } from "./locateParts";
import { PackageParts } from "./packageParts";
import type { CellContext, CellWindow } from "./sheetCells";
import { cellWindow, readSheetCells } from "./sheetCells";
import type { WorkbookMap } from "./workbookMap";
import { readWorkbookMap } from "./workbookMap";

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Rows `from`..`to` of a window, each `width` cells wide, holes as null. Rows already at the
 * window's width (a table's) are handed out as they are, not copied.
 */
function windowRows(w: CellWindow, from: number, to: number): unknown[][] {
  const width = w.right - w.left + 1;
  const out: unknown[][] = [];
  for (let r = from; r <= to; r++) {
    const cells = w.rows[r - w.top];
    if (cells && cells.length === width) {
      out.push(cells);
      continue;
    }
    const row = new Array<unknown>(width);
    for (let i = 0; i < width; i++) row[i] = cells?.[i] ?? null;
    out.push(row);
  }
  return out;
}

/** An Excel table as a RawTable, as `readTables.ts` builds it from ExcelJS's model. */
function fromTable(planned: Extract<PlannedTable, { kind: "table" }>, w: CellWindow): RawTable {
  const { table, spec, sheet } = planned;
  const { top, bottom, left, right } = table.range;
  const header = table.headerRowCount > 0 ? top : undefined;
  const totals = table.totalsRowCount > 0 ? bottom : undefined;
  const firstData = header === undefined ? top : top + 1;
  const lastData = totals === undefined ? bottom : bottom - 1;
  const lastRow = totals ?? lastData;
  return {
    name: spec.name,
    sheet: sheet.name,
    headerRow: header ?? firstData - 1,
    firstColumn: left - 1,
    headers: Array.from({ length: right - left + 1 }, (_, i) => table.columns[i] ?? null),
    rows: windowRows(w, firstData, lastRow),
    hasTotalsRow: totals !== undefined && lastRow >= firstData,
  };
}

/** Headers that must be in row 1 for the sheet rule: the required ones, or all for Settings. */
function keyHeaders(spec: TableSpec): string[] {
  const required = spec.columns.filter((c) => c.required);
  return (required.length >= 2 ? required : spec.columns).map((c) => normalizeHeader(c.header));
}

/** A plain range on the template sheet (row 1 holds the headers), or undefined. */
function fromRegion(planned: Extract<PlannedTable, { kind: "region" }>, w: CellWindow): RawTable | undefined {
  const first = w.rows[0] ?? [];
  let left = 0;
  let right = 0;
  const found = new Set<string>();
  first.forEach((value, i) => {
    if (isBlank(value)) return;
    if (left === 0) left = i + 1;
    right = i + 1;
    found.add(normalizeHeader(value));
  });
  const { spec, sheet } = planned;
  if (left === 0 || !keyHeaders(spec).every((h) => found.has(h))) return undefined;
  const headerCells: CellRange = { top: 1, left, bottom: 1, right };
  if (sheet.tables.some((t) => overlaps(t.range, headerCells))) return undefined;
  let bottom = 1;
  for (let r = w.rows.length; r > 1 && bottom === 1; r--) {
    const cells = w.rows[r - 1];
    if (cells && cells.slice(left - 1, right).some((v) => !isBlank(v))) bottom = r;
  }
  const cut: CellWindow = { top: 1, left, bottom, right, rows: w.rows.map((cells) => cells?.slice(left - 1, right)) };
  return {
    name: spec.name,
    sheet: sheet.name,
    headerRow: 1,
    firstColumn: left - 1,
    headers: windowRows(cut, 1, 1)[0],
    rows: windowRows(cut, 2, bottom),
  };
}

/** The JMP tables of a workbook file, read by streaming the sheets that hold them. */
export class StreamedTables {
  /** What the cells of `readCells` refer to, read once; and the cells it has kept. */
  private otherCells: { context: Promise<CellContext>; budget: { cells: number } } | undefined;

  private constructor(
    /** The package's parts, for readers of other facts of the same file. */
    readonly parts: PackageParts,
    /** Where the sheets and tables are. */
    readonly map: WorkbookMap,
    private readonly limits: WorkbookLimits,
    /** The checks of the parts left to check while the tables are read (see `fromFile`). */
    private readonly pending?: PendingChecks,
  ) {}

  /** Checks the bytes of an .xlsx (SPEC section 8) and reads where its sheets and tables are. */
  static async load(bytes: Uint8Array | ArrayBuffer, limits: Partial<WorkbookLimits> = {}): Promise<StreamedTables> {
    const data = asBytes(bytes);
    const all = { ...DEFAULT_LIMITS, ...limits };
    await checkWorkbookBytes(data, all);
    return StreamedTables.ofChecked(data, all);
  }

  /** Reads where the sheets and tables are in bytes that `checkWorkbookBytes` has passed with `limits`. */
  static async ofChecked(bytes: Uint8Array, limits: WorkbookLimits): Promise<StreamedTables> {
    const parts = new PackageParts(bytes, limits.maxEntries);
    return new StreamedTables(parts, await readWorkbookMap(parts), limits);
  }

  /**
   * Reads an .xlsx file (Node only) for its tables; the same checks as `load`, but the
   * worksheets' contents are checked as `readTables` streams them (see `ofPending`).
   */
  static async fromFile(path: string, limits: Partial<WorkbookLimits> = {}): Promise<StreamedTables> {
    const all = { ...DEFAULT_LIMITS, ...limits };
    const bytes = await readRegularFile(nodeFileSystem(), path, all.maxBytes);
    return StreamedTables.ofPending(bytes, all, await checkWorkbookLeaving(bytes, all, isWorksheetPart));
  }

  /**
   * Reads where the sheets and tables are in bytes whose checks are partly `pending` (see
   * `checkWorkbookLeaving`): a pending part is checked in the same inflate and parse that reads
   * it, and `readTables` runs the checks still pending before it returns. (The worksheets are
   * almost all of a plan's bytes: checked apart, they were inflated and parsed twice.)
   */
  static async ofPending(bytes: Uint8Array, limits: WorkbookLimits, pending: PendingChecks): Promise<StreamedTables> {
    try {
      const parts = new PackageParts(bytes, limits.maxEntries, pending);
      return new StreamedTables(parts, await readWorkbookMap(parts), limits, pending);
    } catch (error) {
      // A part that fails the reader may be the one whose check would refuse the file: say that.
      await pending.finish();
      throw error;
    }
  }

  /** Every JMP table present, in template order, as `XlsxWorkbook.readTables` gives them. */
  async readTables(options: ReadOptions = {}): Promise<RawTable[]> {
    const planned = TABLES.map((spec) => planTable(this.map, spec)).filter((p): p is PlannedTable => p !== undefined);
    const windows = new Map<PlannedTable, CellWindow>();
    for (const p of planned) {
      windows.set(p, cellWindow(p.kind === "table" ? p.table.range : { top: 1, left: 1, bottom: Number.MAX_SAFE_INTEGER, right: MAX_COLUMN }));
    }
    await this.checkedFirst(async () => {
      const context = await this.cellContext(planned.length > 0);
      const budget = { cells: 0 };
      const sheets = [...new Set(planned.map((p) => p.sheet))];
      for (const [index, sheet] of sheets.entries()) {
        const onSheet = planned.filter((p) => p.sheet === sheet).map((p) => windows.get(p) as CellWindow);
        await readSheetCells(this.parts, sheet.part, context, onSheet, budget);
        options.onProgress?.(index + 1, sheets.length);
      }
    });
    const tables: RawTable[] = [];
    for (const p of planned) {
      const w = windows.get(p) as CellWindow;
      const table = p.kind === "table" ? fromTable(p, w) : fromRegion(p, w);
      if (table) tables.push(table);
    }
    return tables;
  }

  /**
   * Fills `windows` with the cells of sheet part `part`, for readers of other cells than the
   * tables' (the sheets and named cells browser mode lists). The cells kept count against one
   * budget, the tables' limit, however many sheets are read.
   */
  async readCells(part: string, windows: readonly CellWindow[]): Promise<void> {
    this.otherCells ??= { context: this.cellContext(true), budget: { cells: 0 } };
    await readSheetCells(this.parts, part, await this.otherCells.context, windows, this.otherCells.budget);
  }

  /**
   * Runs `read`, then the checks still pending. When `read` fails, the checks run first all the
   * same: a file they refuse is refused with their one line, as when they run before any read.
   */
  private async checkedFirst(read: () => Promise<void>): Promise<void> {
    try {
      await read();
    } catch (error) {
      await this.pending?.finish();
      throw error;
    }
    await this.pending?.finish();
  }

  private async cellContext(needed: boolean): Promise<CellContext> {
    if (!needed) return { strings: [], dateStyles: [], date1904: this.map.date1904, maxCells: this.limits.maxTableCells };
    try {
      const strings = await readSharedStrings(this.parts, this.map.sharedStrings);
      const dateStyles = await readDateStyles(this.parts, this.map.styles);
      return { strings, dateStyles, date1904: this.map.date1904, maxCells: this.limits.maxTableCells };
    } catch (error) {
      if (error instanceof UnreadableWorkbookError) throw error;
      throw new UnreadableWorkbookError(`The file could not be read as an Excel workbook: ${error instanceof Error ? error.message : String(error)}`, "corrupt");
    }
  }
}
