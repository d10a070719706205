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

/** A sheet name quoted for a reference: `'Joint Plan'`, inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
