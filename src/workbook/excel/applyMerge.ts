/**
 * Writes a partner pack's merge plan into the open Excel workbook: the listed cells of existing
 * rows, found by table column and sheet row, then the new rows appended as the convert view
 * appends them (`appendRows.ts`: values just below the table, which grows over them; cells
 * inserted only where something sits below), so nothing beside or below a table is overwritten. Text from a
 * pack goes in as text, never as a formula. One sync reads each table's columns and the target
 * cells' formats; the writes go in chunks under the payload budget.
 */
import type { CellWrite, MergePlan } from "../../engine/merge";
import { normalizeHeader, requireTableSpec } from "../../model/schema";
import type { TableName } from "../../model/schema";
import { appendTableRows } from "./appendRows";
import { inputFor } from "./cellInput";
import { gridBytes, WriteBatch } from "./payload";
import type { XlContext, XlRange } from "./xlTypes";

/** A cell write placed on its sheet, with the cell's range to load the format of. */
interface PlacedWrite {
  readonly write: CellWrite;
  readonly range: XlRange;
}

/** Queues the ranges of the cells `writes` changes in `table`; call after the columns are loaded. */
function placeWrites(context: XlContext, name: TableName, writes: readonly CellWrite[], left: number, headers: readonly string[]): PlacedWrite[] {
  const spec = requireTableSpec(name);
  const sheet = context.workbook.tables.getItem(name).worksheet;
  return writes.map((write) => {
    const column = spec.columns.find((c) => c.key === write.column);
    const index = column ? headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(column.header)) : -1;
    // The merge was planned from this table's columns; a missing one means the plan went stale.
    if (index < 0) throw new Error(`The ${spec.label} table has no ${column?.header ?? write.column} column any more; import the pack again.`);
    const range = sheet.getRangeByIndexes(write.row - 1, left + index, 1, 1);
    range.load("numberFormat");
    return { write, range };
  });
}

async function writeCells(context: XlContext, writes: readonly CellWrite[], budgetBytes: number): Promise<void> {
  if (writes.length === 0) return;
  const names = [...new Set(writes.map((w) => w.table))];
  const headerRanges = names.map((name) => {
    const header = context.workbook.tables.getItem(name).getHeaderRowRange();
    header.load("values,columnIndex");
    return header;
  });
  await context.sync();
  const placed = names.flatMap((name, i) => {
    const header = headerRanges[i];
    const headers = (header.values[0] ?? []).map((h) => String(h ?? ""));
    return placeWrites(
      context,
      name,
      writes.filter((w) => w.table === name),
      header.columnIndex,
      headers,
    );
  });
  await context.sync();
  const batch = new WriteBatch(context, budgetBytes);
  for (const { write, range } of placed) {
    const format = range.numberFormat[0]?.[0];
    const input = inputFor(write.value, typeof format === "string" ? format : "General");
    await batch.reserve(gridBytes([[input]]));
    range.values = [[input]];
  }
  await batch.flush();
}

/** Writes `merge` into the workbook: changed cells first, then the appended rows per table. */
export async function applyMergeToExcel(context: XlContext, merge: MergePlan, budgetBytes: number): Promise<void> {
  await writeCells(context, merge.cellWrites, budgetBytes);
  const tables = [...new Set(merge.rowAppends.map((a) => a.table))];
  for (const name of tables) {
    const spec = requireTableSpec(name);
    const rows = merge.rowAppends
      .filter((a) => a.table === name)
      .map((a) => Object.fromEntries(spec.columns.filter((c) => a.cells.has(c.key)).map((c) => [c.header, a.cells.get(c.key)])));
    await appendTableRows(context, name, rows, budgetBytes);
  }
}
