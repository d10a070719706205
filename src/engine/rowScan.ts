/**
 * Walks the data rows of a table: skips blank rows and the totals row, and hands each remaining
 * row with its sheet row number to the table's row reader.
 */
import type { RawTable } from "../model/rawTable";
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
  const indices = presentIndices(slots);
  const rows = Array.isArray(raw.rows) ? raw.rows : [];
  const end = raw.hasTotalsRow ? rows.length - 1 : rows.length;
  const firstDataRow = raw.headerRow + 1;
  for (let i = 0; i < end; i++) {
    const cells = Array.isArray(rows[i]) ? rows[i] : [];
    if (isBlankRow(cells, indices)) continue;
    if (i === end - 1 && looksLikeTotals(cells)) continue;
    visit(cells, firstDataRow + i);
  }
}
