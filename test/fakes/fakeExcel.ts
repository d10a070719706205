/**
 * A typed fake of the Excel objects the Office.js adapter uses, for tests and the benchmark:
 * `createFakeExcel({ tables })` seeds a workbook from raw tables and hands out an `ExcelHost`
 * whose batches count every `context.sync()` and measure each request and response in bytes.
 *
 *     const excel = createFakeExcel({ tables: workbook(cleanPlan()) });
 *     await new ExcelWorkbook(excel.host).readTables();
 *     excel.syncs; excel.maxRequestBytes; excel.maxResponseBytes;
 */
import { serialFromDay, dayFromDate } from "../../src/model/dates";
import type { RawTable } from "../../src/model/rawTable";
import type { ExcelHost, XlContext } from "../../src/workbook/excel/xlTypes";
import { parseAddress } from "./address";
import { FakeContext } from "./fakeContext";
import type { FakeLimits } from "./fakeMeter";
import { EXCEL_WEB_LIMITS, FakeMeter } from "./fakeMeter";
import type { SheetState } from "./fakeSheet";
import type { Handler, TableEventArgs, TableState } from "./fakeState";
import { WorkbookState } from "./fakeState";
import { fakeWorkbook } from "./fakeWorkbook";

export type { SyncRecord, FakeLimits } from "./fakeMeter";
export type { SheetState } from "./fakeSheet";
export type { TableState, WorkbookState } from "./fakeState";

/** What to start the fake with. */
export interface FakeExcelOptions {
  /** Tables placed where their `sheet`, `headerRow` and `firstColumn` say. */
  readonly tables?: readonly RawTable[];
  /** Extra empty sheets, created first (a new workbook has `Sheet1`). */
  readonly sheets?: readonly string[];
  /** Limits other than Excel on the web's 5 MB and 5 million cells. */
  readonly limits?: Partial<FakeLimits>;
  /**
   * What the host's batches ask `Excel.run` for (default true, as `officeExcelHost` does): wait
   * while the user edits a cell, or fail at once with `InvalidOperationInCellEditMode`.
   */
  readonly delayForCellEdit?: boolean;
}

/** The fake workbook with its host and counters. */
export interface FakeExcel {
  /** Runs adapter batches against the fake. */
  readonly host: ExcelHost;
  readonly state: WorkbookState;
  readonly meter: FakeMeter;
  /** Syncs since the last reset. */
  readonly syncs: number;
  /** Largest accepted request and response since the last reset, in bytes. */
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  /** Recalculations requested with `application.calculate`. */
  readonly calculations: number;
  /** Zeroes the counters (the workbook stays). */
  reset(): void;
  /** Places raw tables as Excel tables, converting cells to what Excel stores. */
  seedTables(tables: readonly RawTable[]): void;
  sheet(name: string): SheetState;
  /** Stored values of a range on a sheet (`"B2:C3"`). */
  values(sheet: string, address: string): unknown[][];
  /** A user's (or co-author's) edit: writes typed input and fires the table and worksheet change events. */
  edit(sheet: string, address: string, values: readonly (readonly unknown[])[], source?: "Local" | "Remote"): void;
  /**
   * A choice from a cell's drop-down list in Excel on the web: the cell changes and only the
   * worksheet's changed event fires, not the table's (office-js issue #3899).
   */
  pick(sheet: string, address: string, value: unknown): void;
  /**
   * Formulas computed new values: stored as they are (no input parsing), and only the sheet's
   * calculated event fires; no changed event reports them (office-js issues #4066, #3888).
   */
  recalculate(sheet: string, address: string, values: readonly (readonly unknown[])[]): void;
  /** Event handlers registered on the table collection. */
  handlerCount(): number;
  /** The user starts editing a cell (batches wait or fail until `endCellEdit`). */
  beginCellEdit(): void;
  /** The user leaves the cell. */
  endCellEdit(): void;
}

/** Creates a fake Excel workbook. */
export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = new WorkbookState();
  const meter = new FakeMeter({ ...EXCEL_WEB_LIMITS, ...options.limits });
  const counters = { calculations: 0 };
  for (const name of options.sheets ?? []) state.addSheet(name);
  if (options.tables) seed(state, options.tables);
  if (state.sheets.length === 0) state.addSheet("Sheet1");

  const run = async <T>(ctx: FakeContext, batch: (context: XlContext) => Promise<T>): Promise<T> => {
    const result = await batch(ctx);
    // Excel.run sends what the batch left queued.
    if (ctx.pending) await ctx.sync();
    return result;
  };
  const host: ExcelHost = {
    run: (batch) => run(new FakeContext(state, meter, fakeWorkbook, counters, options.delayForCellEdit ?? true), batch),
    runIn: (context, batch) => {
      if (!(context instanceof FakeContext)) throw new Error("runIn needs a context of this fake");
      return run(context, batch);
    },
  };

  return {
    host,
    state,
    meter,
    get syncs() {
      return meter.syncs;
    },
    get maxRequestBytes() {
      return meter.maxRequestBytes;
    },
    get maxResponseBytes() {
      return meter.maxResponseBytes;
    },
    get calculations() {
      return counters.calculations;
    },
    reset: () => {
      meter.reset();
      counters.calculations = 0;
    },
    seedTables: (tables) => seed(state, tables),
    sheet: (name) => state.sheet(name),
    values: (sheet, address) => {
      const s = state.sheet(sheet);
      const rect = parseAddress(address);
      return Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (_, j) => s.value(rect.row + i, rect.col + j)));
    },
    edit: (sheet, address, values, source = "Local") => edit(state, sheet, address, values, source),
    pick: (sheet, address, value) => {
      const s = state.sheet(sheet);
      const rect = parseAddress(address);
      s.input(rect.row, rect.col, value);
      fire(state.sheetEvents(s).changed, { worksheetId: s.id, address, source: "Local", type: "WorksheetChanged" });
    },
    recalculate: (sheet, address, values) => {
      const s = state.sheet(sheet);
      const rect = parseAddress(address);
      values.forEach((row, i) => row.forEach((v, j) => s.setRaw(rect.row + i, rect.col + j, v)));
      fire(state.sheetEvents(s).calculated, { worksheetId: s.id, address, type: "WorksheetCalculated" });
    },
    handlerCount: () => state.events.changed.size + state.events.added.size + state.events.deleted.size + state.sheets.reduce((n, s) => n + state.sheetEvents(s).changed.size + state.sheetEvents(s).calculated.size, 0),
    beginCellEdit: () => state.beginCellEdit(),
    endCellEdit: () => state.endCellEdit(),
  };
}

/** What Excel stores for a raw cell: dates as serial numbers, errors as their text. */
function stored(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    const day = dayFromDate(value);
    return day === undefined ? undefined : serialFromDay(day);
  }
  if (typeof value === "object" && "error" in value) return String((value as { error: unknown }).error);
  return value;
}

function seed(state: WorkbookState, tables: readonly RawTable[]): void {
  for (const raw of tables) {
    const sheet = state.findSheet(raw.sheet) ?? state.addSheet(raw.sheet);
    const top = raw.headerRow - 1;
    const width = Math.max(1, raw.headers.length);
    for (let c = 0; c < width; c++) sheet.setRaw(top, raw.firstColumn + c, String(raw.headers[c] ?? `Column${c + 1}`));
    raw.rows.forEach((row, i) => {
      const r = top + 1 + i;
      for (let c = 0; c < width; c++) {
        const v = stored(row[c]);
        if (v !== undefined && v !== "") sheet.setRaw(r, raw.firstColumn + c, v);
      }
    });
    const table = state.addTable(sheet, { row: top, col: raw.firstColumn, rows: Math.max(2, raw.rows.length + 1), cols: width });
    table.name = raw.name;
  }
}

function edit(state: WorkbookState, sheetName: string, address: string, values: readonly (readonly unknown[])[], source: "Local" | "Remote"): void {
  const sheet = state.sheet(sheetName);
  const rect = parseAddress(address);
  values.forEach((row, i) => row.forEach((v, j) => sheet.input(rect.row + i, rect.col + j, v)));
  for (const table of state.tablesTouching(sheet, rect)) {
    state.syncColumnNames(table);
    const args: TableEventArgs = { tableId: table.id, tableName: table.name, worksheetId: sheet.id, source, type: "TableChanged", address };
    fire(state.events.changed, args);
  }
  fire(state.sheetEvents(sheet).changed, { worksheetId: sheet.id, address, source, type: "WorksheetChanged" });
}

/** Calls every handler of an event with `args`. */
function fire(handlers: ReadonlySet<Handler>, args: object): void {
  for (const handler of [...handlers]) void handler(args);
}

/** The table state named `name` (tests inspect it). */
export function tableNamed(excel: FakeExcel, name: string): TableState {
  return excel.state.table(name);
}
