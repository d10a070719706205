/**
 * Walks the data rows of a table: skips blank rows and the totals row, and hands each remaining
 * row with its sheet row number to the table's row reader.
 */
import type { RawTable } from "../../model/rawTable";
import { isBlank } from "./cellValue";
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

/** Tells the data rows of a table from blank rows and an unflagged totals row. */
export class DataRowTest {
  /** Rows to look at: those before the table's flagged totals row, if it has one. */
  readonly end: number;
  private readonly indices: number[];

  constructor(raw: RawTable, slots: Slots) {
    this.indices = presentIndices(slots);
    const length = Array.isArray(raw.rows) ? raw.rows.length : 0;
    this.end = Math.max(0, raw.hasTotalsRow ? length - 1 : length);
  }

  /** True when row `i`, holding `cells`, is a data row: something in a schema column, and not a totals row. */
  holdsData(cells: readonly unknown[], i: number): boolean {
    return !isBlankRow(cells, this.indices) && !(i === this.end - 1 && looksLikeTotals(cells));
  }

  /** `holdsData` for a row already known to hold something (its ID cell, say): only the last row may be a totals row. */
  holdsDataGivenContent(cells: readonly unknown[], i: number): boolean {
    return i !== this.end - 1 || !looksLikeTotals(cells);
  }
}

/** The positions in `raw.rows` of the data rows that hold something in a schema column. */
export function dataRows(raw: RawTable, slots: Slots): Int32Array {
  const test = new DataRowTest(raw, slots);
  const kept = new Int32Array(test.end);
  let count = 0;
  for (let i = 0; i < test.end; i++) if (test.holdsData(cellsOf(raw.rows[i]), i)) kept[count++] = i;
  return kept.subarray(0, count);
}

/** A row's cells; a malformed row reads as empty. */
export function cellsOf(row: unknown): readonly unknown[] {
  return Array.isArray(row) ? row : [];
}
