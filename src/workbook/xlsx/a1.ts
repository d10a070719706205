/**
 * A1 references: rectangular ranges with 1-based rows and columns, as ExcelJS addresses cells.
 */
import { columnLetters } from "../../model/rawTable";

/** A rectangle of cells; rows and columns are 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Excel's last row. */
export const MAX_ROW = 1_048_576;
/** Excel's last column (XFD). */
export const MAX_COLUMN = 16_384;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** The 1-based column number of letters: A -> 1, AB -> 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Letters of a 1-based column number: 1 -> A. */
export function letters(column: number): string {
  return columnLetters(column - 1);
}

/** A cell address: (2, 3) -> "C2"; absolute adds dollars: "$C$2". */
export function address(row: number, column: number, absolute = false): string {
  return absolute ? `$${letters(column)}$${row}` : `${letters(column)}${row}`;
}

/** Parses "B3:D9" or "B3"; undefined for anything else. */
export function parseRange(ref: unknown): CellRange | undefined {
  if (typeof ref !== "string") return undefined;
  const [first, second = first, extra] = ref.trim().split(":");
  if (extra !== undefined) return undefined;
  const a = CELL.exec(first);
  const b = CELL.exec(second);
  if (!a || !b) return undefined;
  const r1 = Number(a[2]);
  const r2 = Number(b[2]);
  const c1 = columnNumber(a[1]);
  const c2 = columnNumber(b[1]);
  const range = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  return range.top >= 1 && range.left >= 1 && range.bottom <= MAX_ROW && range.right <= MAX_COLUMN ? range : undefined;
}

/** "B3:D9" (or "B3" for one cell). */
export function formatRange(range: CellRange, absolute = false): string {
  const tl = address(range.top, range.left, absolute);
  return range.top === range.bottom && range.left === range.right ? tl : `${tl}:${address(range.bottom, range.right, absolute)}`;
}

/** True when two ranges share a cell. */
export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export { quoteSheetName as quoteSheet } from "../../model/sheetReference";

/** What `cellPosition` returns for text that is not a cell reference. */
export const NOT_A_CELL = -1;
/** What `cellPosition` returns for a cell reference outside Excel's grid. */
export const OUTSIDE_GRID = -2;
/** Positions pack the column below this factor and the row above it. */
const ROW_FACTOR = 32_768;

/**
 * A cell reference (`B7`, `$B$7`) as one number, parsed without a regular expression or a
 * string made (a sheet's cells each carry one): `row * 32768 + column`; `NOT_A_CELL` when `ref`
 * is not letters then digits, `OUTSIDE_GRID` when it is but lies outside the sheet's grid.
 */
export function cellPosition(ref: string): number {
  return cellPositionIn(ref, 0, ref.length);
}

/** `cellPosition` of the characters of `text` from `start` to `end`, read in place. */
export function cellPositionIn(text: string, start: number, end: number): number {
  let at = start < end && text.charCodeAt(start) === 36 ? start + 1 : start;
  let column = 0;
  let letterCount = 0;
  for (; at < end; at++) {
    const code = text.charCodeAt(at) | 32;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
    letterCount++;
  }
  if (letterCount === 0) return NOT_A_CELL;
  if (at < end && text.charCodeAt(at) === 36) at++;
  let row = 0;
  let digitCount = 0;
  for (; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return NOT_A_CELL;
    row = row * 10 + (code - 48);
    digitCount++;
  }
  if (digitCount === 0) return NOT_A_CELL;
  if (letterCount > 3 || column > MAX_COLUMN || digitCount > 7 || row < 1 || row > MAX_ROW) return OUTSIDE_GRID;
  return row * ROW_FACTOR + column;
}

/** The row of a position from `cellPosition`. */
export function positionRow(position: number): number {
  return Math.floor(position / ROW_FACTOR);
}

/** The column of a position from `cellPosition`. */
export function positionColumn(position: number): number {
  return position % ROW_FACTOR;
}
