/**
 * Walks the data rows of a table: skips blank rows and the totals row, and hands each remaining
 * row with its sheet row number to the table's row reader.
 */
import type { RawTable } from "../model/rawTable";
import { isBlank } from "./cellValue";
import type { WorkArrays } from "./store/workArrays";
import type { Slots } from "./tableColumns";

const TOTALS_LABEL = /^\s*(grand\s+)?totals?\s*:?\s*$/i;

/** The indices of the schema columns present, for the blank-row test. */
function presentIndices(slots: Slots): number[] {
  return Object.values(slots).filter((s) => s.index >= 0).map((s) => s.index);
}

function isBlankRow(cells: readonly unknown[], indices: readonly number[]): boolean {
  for (const i of indices) if (!isBlank(cells[i])) return false;
  return true;
}

/** True for a totals row that the table does not flag: its first cell reads "Total". */
function looksLikeTotals(cells: readonly unknown[]): boolean {
  const first = cells[0];
  return typeof first === "string" && TOTALS_LABEL.test(first);
}

/** Calls `visit` for every data row that holds something in a schema column. */
export function scanRows(raw: RawTable, slots: Slots, visit: (cells: readonly unknown[], row: number) => void): void {
  const rows = raw.rows;
  const firstDataRow = raw.headerRow + 1;
  for (const i of dataRows(raw, slots)) visit(cellsOf(rows[i]), firstDataRow + i);
}

/**
 * The positions in `raw.rows` of the data rows that hold something in a schema column; in
 * work memory when given (valid until its next use for positions).
 */
export function dataRows(raw: RawTable, slots: Slots, work?: WorkArrays): Int32Array {
  const indices = presentIndices(slots);
  const rows = Array.isArray(raw.rows) ? raw.rows : [];
  const end = Math.max(0, raw.hasTotalsRow ? rows.length - 1 : rows.length);
  const kept = work ? work.int32("positions", end) : new Int32Array(end);
  let count = 0;
  for (let i = 0; i < end; i++) {
    const cells = cellsOf(rows[i]);
    if (isBlankRow(cells, indices)) continue;
    if (i === end - 1 && looksLikeTotals(cells)) continue;
    kept[count++] = i;
  }
  return kept.subarray(0, count);
}

/** A row's cells; a malformed row reads as empty. */
export function cellsOf(row: unknown): readonly unknown[] {
  return Array.isArray(row) ? row : [];
}
