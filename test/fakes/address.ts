/**
 * A1 addresses for the Excel fake: zero-based rectangles to and from `B2:D9`, `'Joint Plan'!A1`,
 * `C:C` and `3:3`, the forms the adapter and the tests use.
 */
import { columnLetters } from "../../src/model/rawTable";

/** A zero-based rectangle of cells. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Excel's sheet height: 1,048,576 rows. */
export const MAX_ROWS = 1_048_576;
/** Excel's sheet width: 16,384 columns. */
export const MAX_COLS = 16_384;

/** Zero-based column index of column letters: A -> 0, AB -> 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits, `_` or `.`. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The A1 address of a rectangle, with its sheet: `Tactics!A2:L9`. */
export function formatAddress(sheet: string, rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const start = `${d}${columnLetters(rect.col)}${d}${rect.row + 1}`;
  const single = rect.rows === 1 && rect.cols === 1;
  const end = `${d}${columnLetters(rect.col + rect.cols - 1)}${d}${rect.row + rect.rows}`;
  return `${quoteSheet(sheet)}!${single ? start : `${start}:${end}`}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/** Parses `A1`, `A1:C9`, `C:E` or `3:5` (no sheet part) into a rectangle. */
export function parseAddress(address: string): Rect {
  const [from, to = from] = address.split(":");
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (a && b) {
    const r1 = Number(a[2]) - 1;
    const r2 = Number(b[2]) - 1;
    const c1 = columnIndex(a[1]);
    const c2 = columnIndex(b[1]);
    return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  }
  const ca = COLUMN.exec(from);
  const cb = COLUMN.exec(to);
  if (ca && cb) {
    const c1 = columnIndex(ca[1]);
    const c2 = columnIndex(cb[1]);
    return { row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 };
  }
  const ra = ROW.exec(from);
  const rb = ROW.exec(to);
  if (ra && rb) {
    const r1 = Number(ra[1]) - 1;
    const r2 = Number(rb[1]) - 1;
    return { row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS };
  }
  throw Object.assign(new Error(`Invalid address ${address}`), { code: "InvalidArgument" });
}

/** Splits `'Joint Plan'!C12` into sheet name and address; the sheet is undefined when absent. */
export function splitSheet(reference: string): { sheet: string | undefined; address: string } {
  const text = reference.replace(/^=/, "");
  const match = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(text);
  if (!match) return { sheet: undefined, address: text };
  return { sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2], address: match[3] };
}

/** True when two rectangles share a cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** True when `outer` holds every cell of `inner`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}
