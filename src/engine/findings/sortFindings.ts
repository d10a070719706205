/**
 * Orders findings the way a user walks a workbook: by table in template order, then row, then
 * column, then code.
 */
import type { Finding } from "../../model/findings";
import { TABLES } from "../../model/schema";

const TABLE_ORDER = new Map(TABLES.map((t, i) => [t.name as string, i]));
/** The rank of a table the template does not know: after all the others. */
const OTHER_TABLE = TABLES.length;
/**
 * Rows are counted into buckets, one per row number, when there are at most this many buckets
 * per finding (plus SPARE_ROWS): a large plan's findings sit on rows below a few hundred
 * thousand. Sparser rows, which only odd hosts hand over, are ordered by comparison.
 */
const ROWS_PER_FINDING = 8;
const SPARE_ROWS = 1 << 16;

/** Sorts findings (a new array; stable for equal keys). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const n = findings.length;
  const tables = new Float64Array(n);
  const rows = new Float64Array(n);
  let countable = true;
  let maxRow = 0;
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    tables[i] = TABLE_ORDER.get(f.table) ?? OTHER_TABLE;
    const row = f.row ?? 0;
    rows[i] = row;
    if (!(Number.isInteger(row) && row >= 0)) countable = false;
    else if (row > maxRow) maxRow = row;
  }
  const order = countable && maxRow <= ROWS_PER_FINDING * n + SPARE_ROWS ? countedOrder(findings, tables, rows, maxRow) : comparedOrder(findings, tables, rows);
  // Plain loops: building these through iterators left a garbage object per finding.
  const sorted: Finding[] = [];
  for (let k = 0; k < n; k++) sorted.push(findings[order[k]]);
  return sorted;
}

/**
 * The order by counting: a stable pass by row, then one by table (a radix sort, linear in the
 * findings and the rows), then each run of findings on one row put in column and code order.
 */
function countedOrder(findings: readonly Finding[], tables: Float64Array, rows: Float64Array, maxRow: number): Int32Array {
  const byRow = stableCount(identity(findings.length), rows, maxRow);
  const order = stableCount(byRow, tables, OTHER_TABLE);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && tables[order[end]] === tables[order[start]] && rows[order[end]] === rows[order[start]]) end++;
    if (end - start > 1) insertionSort(order, start, end, (i, j) => compareCells(findings[i], findings[j]));
    start = end;
  }
  return order;
}

/** `items` reordered by `keyOf[item]` (whole numbers 0..maxKey), keeping the order of equal keys. */
function stableCount(items: Int32Array, keyOf: Float64Array, maxKey: number): Int32Array {
  const starts = new Int32Array(maxKey + 2);
  for (let k = 0; k < items.length; k++) starts[keyOf[items[k]] + 1]++;
  for (let key = 1; key < starts.length; key++) starts[key] += starts[key - 1];
  const out = new Int32Array(items.length);
  for (let k = 0; k < items.length; k++) out[starts[keyOf[items[k]]]++] = items[k];
  return out;
}

/** The order by one comparison of every key. */
function comparedOrder(findings: readonly Finding[], tables: Float64Array, rows: Float64Array): Int32Array {
  return identity(findings.length).sort((i, j) => tables[i] - tables[j] || rows[i] - rows[j] || compareCells(findings[i], findings[j]) || i - j);
}

/** The column number of an A1 address's letters (`G16` is 7); 0 without an address (a whole-row finding). */
function columnOf(cell: string | null): number {
  if (cell === null) return 0;
  let column = 0;
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i) | 32;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return column;
}

/** Findings on one row: left to right as the sheet shows them (whole-row ones first), then by header and code. */
function compareCells(a: Finding, b: Finding): number {
  return columnOf(a.cell) - columnOf(b.cell) || compareText(a.column ?? "", b.column ?? "") || compareText(a.code, b.code);
}

/** Sorts `order[start..end)` in place, keeping the order of items that compare equal. */
function insertionSort(order: Int32Array, start: number, end: number, compare: (i: number, j: number) => number): void {
  for (let k = start + 1; k < end; k++) {
    const item = order[k];
    let at = k;
    while (at > start && compare(order[at - 1], item) > 0) {
      order[at] = order[at - 1];
      at--;
    }
    order[at] = item;
  }
}

function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
