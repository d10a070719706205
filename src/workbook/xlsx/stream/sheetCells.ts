/**
 * Streams one worksheet part and keeps the values of the cells inside the windows asked for
 * (the JMP tables on the sheet); every other cell is passed over without being decoded. Values
 * come out as the ExcelJS path delivers them (`cellValues.ts`): text, numbers, booleans, error
 * values as `{ error }`, numbers in date-formatted cells as dates, ISO dates (`t="d"`) as their
 * serials (`isoDates.ts`), formulas as their cached results, and the hidden cells of a merged
 * range as blank.
 */
import { cellPosition, MAX_COLUMN, NOT_A_CELL, positionColumn, positionRow } from "../a1";
import type { CellRange } from "../a1";
import { parseRange } from "../a1";
import { UnreadableWorkbookError } from "../errors";
import { isoDateSerial } from "../isoDates";
import { decodeEscapes } from "./cellFormats";
import type { PackageParts } from "./packageParts";

/** A rectangle of a sheet whose values are kept, row by row. */
export interface CellWindow extends CellRange {
  /**
   * Per sheet row from `top`: the row's values from column `left`, or undefined for a row with
   * none. A window as wide as the sheet grows its rows to their last cell; others make each row
   * at the window's width, blanks as null.
   */
  readonly rows: (unknown[] | undefined)[];
}

/** What cells refer to outside their sheet. */
export interface CellContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Most cells the windows may keep in all (the read's cell budget). */
  readonly maxCells: number;
}

/** A new window over `range`. */
export function cellWindow(range: CellRange): CellWindow {
  return { ...range, rows: [] };
}

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-30 in the 1900 system) to 1970-01-01. */
const EPOCH_SERIAL = 25_569;

/** A date serial as a date, rounded to the millisecond as the ExcelJS path rounds it. */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - EPOCH_SERIAL + (date1904 ? 1462 : 0)) * MS_PER_DAY));
}

/**
 * Most distinct dates a sheet's reader shares. A plan's dates repeat (a year holds 365 days, a
 * sheet hundreds of thousands of date cells), so each date cell gets the one `Date` made for its
 * serial instead of a new one: fewer objects kept until the analysis, which reads them and never
 * changes them. Past this many distinct serials each cell gets its own again.
 */
const SHARED_DATES = 50_000;

/** The state of the cell being read. */
class CellReader {
  row = 0;
  column = 0;
  type = "n";
  style = -1;
  /** Text of `<v>` and of an inline string's own `<t>`. */
  value: string | undefined;
  /** Text of an inline string's runs. */
  runs: string | undefined;
  formula = false;
  /** What the text being read belongs to. */
  target: "v" | "t" | "run" | "f" | undefined;
  inInline = false;
  inRun = false;
  phonetic = 0;
  wanted = false;

  private readonly dates = new Map<number, Date>();

  constructor(private readonly context: CellContext) {}

  /** A cell starts at grid `position` (`NOT_A_CELL`: the one after the last), with its `t` as written and its style number (-1: none). */
  start(position: number, type: string | undefined, style: number): void {
    if (position >= 0) {
      this.column = positionColumn(position);
      this.row = positionRow(position);
    } else {
      this.column++;
    }
    this.type = type ?? "n";
    this.style = style;
    this.value = undefined;
    this.runs = undefined;
    this.formula = false;
    this.target = undefined;
    this.inInline = false;
    this.phonetic = 0;
  }

  text(text: string): void {
    if (this.target === undefined || this.phonetic > 0) return;
    if (this.target === "run") this.runs = (this.runs ?? "") + text;
    else if (this.target === "f") this.formula ||= text !== "";
    else this.value = (this.value ?? "") + text;
  }

  /** The cell's value once it is closed. */
  result(): unknown {
    const { value, type } = this;
    if (this.formula) {
      if (value === undefined || value === "") return null;
      if (type === "str") return value;
      if (type === "b") return parseInt(value, 10) !== 0;
      if (type === "e") return { error: value };
      if (type === "d") return this.isoDate(value);
      return this.number(parseFloat(value));
    }
    const text = type === "inlineStr" && this.runs !== undefined ? (value ?? "") + decodeEscapes(this.runs) : value;
    if (text === undefined) return null;
    switch (type) {
      case "s":
        return this.context.strings[parseInt(text, 10)] ?? null;
      case "str":
      case "inlineStr":
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return { error: text };
      case "d":
        return this.isoDate(text);
      default:
        return this.number(parseFloat(text));
    }
  }

  /** An ISO 8601 date (`t="d"`) as its serial would read; text that is no such date is handed on for the engine to report (V03). */
  private isoDate(text: string): number | Date | string {
    const serial = isoDateSerial(text, this.context.date1904);
    return serial === undefined ? text : this.number(serial);
  }

  private number(n: number): number | Date {
    return this.style >= 0 && this.context.dateStyles[this.style] === true ? this.date(n) : n;
  }

  /** The date of a serial, shared by the cells holding that serial (see `SHARED_DATES`). */
  private date(serial: number): Date {
    let date = this.dates.get(serial);
    if (date === undefined) {
      date = serialToDate(serial, this.context.date1904);
      if (this.dates.size < SHARED_DATES) this.dates.set(serial, date);
    }
    return date;
  }
}

function holds(w: CellWindow, row: number, column: number): boolean {
  return row >= w.top && row <= w.bottom && column >= w.left && column <= w.right;
}

/** True when some window holds the cell. */
function wanted(windows: readonly CellWindow[], row: number, column: number): boolean {
  for (const w of windows) if (holds(w, row, column)) return true;
  return false;
}

/** Puts a value in every window holding its cell (a table may sit inside a sheet-wide window). */
function place(windows: readonly CellWindow[], row: number, column: number, value: unknown): void {
  for (const w of windows) {
    if (!holds(w, row, column)) continue;
    let cells = w.rows[row - w.top];
    if (!cells) {
      // Rows of a table are made at their final width, so they are handed out as they are.
      cells = w.right === MAX_COLUMN ? [] : new Array<unknown>(w.right - w.left + 1).fill(null);
      w.rows[row - w.top] = cells;
    }
    cells[column - w.left] = value;
  }
}

/** Blanks the hidden cells of merged ranges inside the windows (only the top-left cell shows). */
function blankMergedCells(windows: readonly CellWindow[], merges: readonly CellRange[]): void {
  for (const merge of merges) {
    for (const w of windows) {
      for (let r = Math.max(merge.top, w.top); r <= Math.min(merge.bottom, w.bottom); r++) {
        const cells = w.rows[r - w.top];
        if (!cells) continue;
        for (let c = Math.max(merge.left, w.left); c <= Math.min(merge.right, w.right); c++) {
          if (r !== merge.top || c !== merge.left) cells[c - w.left] = null;
        }
      }
    }
  }
}

/** Reads sheet `part`, filling `windows` with the values of their cells. */
export async function readSheetCells(parts: PackageParts, part: string, context: CellContext, windows: readonly CellWindow[], budget: { cells: number }): Promise<void> {
  const cell = new CellReader(context);
  const merges: CellRange[] = [];
  let inCell = false;
  /** A cell is closed: its value, if wanted and not blank, goes to its windows within the budget. */
  const keep = (): void => {
    if (!cell.wanted) return;
    const value = cell.result();
    if (value === null) return;
    if (++budget.cells > context.maxCells) {
      throw new UnreadableWorkbookError(`The workbook holds more than the ${context.maxCells.toLocaleString("en-US")} cells that can be read at once`, "tooManyCells");
    }
    place(windows, cell.row, cell.column, value);
  };
  await parts.read(part, {
    cell(position, plain) {
      // A cell inside another cell (well-formed, though Excel never writes it) goes the general way.
      if (inCell) return false;
      cell.start(position, plain.type, plain.styleNumber());
      cell.wanted = wanted(windows, cell.row, cell.column);
      // What the text events of its <v> or inline <t> would have left.
      cell.value = plain.value;
      keep();
      return true;
    },
    open(name, a) {
      switch (name) {
        case "row":
          cell.row = a.r === undefined ? cell.row + 1 : Number(a.r);
          cell.column = 0;
          return;
        case "c":
          cell.start(a.r === undefined ? NOT_A_CELL : cellPosition(a.r), a.t, a.s === undefined ? -1 : Number(a.s));
          cell.wanted = wanted(windows, cell.row, cell.column);
          inCell = true;
          return;
        case "v":
          if (inCell && cell.wanted) cell.target = "v";
          return;
        case "f":
          if (!inCell || !cell.wanted) return;
          if (a.t !== undefined) cell.formula = true;
          cell.target = "f";
          return;
        case "is":
          cell.inInline = inCell;
          return;
        case "r":
          cell.inRun = cell.inInline;
          return;
        case "rPh":
          if (cell.inInline) cell.phonetic++;
          return;
        case "t":
          if (cell.inInline && cell.wanted) cell.target = cell.inRun ? "run" : "t";
          return;
        case "mergeCell": {
          const range = parseRange(a.ref);
          if (range) merges.push(range);
          return;
        }
        default:
          return;
      }
    },
    text(text) {
      if (inCell) cell.text(text);
    },
    close(name) {
      switch (name) {
        case "c":
          inCell = false;
          keep();
          return;
        case "v":
        case "t":
        case "f":
          cell.target = undefined;
          return;
        case "r":
          cell.inRun = false;
          cell.target = undefined;
          return;
        case "rPh":
          if (cell.phonetic > 0) cell.phonetic--;
          return;
        case "is":
          cell.inInline = false;
          return;
        default:
          return;
      }
    },
  });
  blankMergedCells(windows, merges);
}
