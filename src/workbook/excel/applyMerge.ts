/**
 * Writes a partner pack's merge plan into the open Excel workbook: the listed cells of existing
 * rows, found by table column and sheet row, then the new rows appended as the convert view
 * appends them (`appendRows.ts`: values just below the table, which grows over them; cells
 * inserted only where something sits below), so nothing beside or below a table is overwritten. Text from a
 * pack goes in as text, never as a formula. One sync reads each table's columns; then the target
 * cells' formats are read and the cells written in chunks whose requests stay under the payload
 * budget (a cell costs a range and a write: about 400 bytes of request besides its value, so
 * tens of thousands of single-cell edits take several syncs). The whole merge is one operation:
 * screen updating is suspended once.
 */
import type { CellWrite, MergePlan } from "../../engine/merge";
import { formatKind, normalizeHeader, requireTableSpec } from "../../model/schema";
import type { ColumnType, TableName } from "../../model/schema";
import type { ColumnFormats } from "../columnFormats";
import { appendTableRows } from "./appendRows";
import { inputFor } from "./cellInput";
import { CALL_BYTES, gridBytes, WriteBatch } from "./payload";
import type { XlContext, XlRange, XlWorksheet } from "./xlTypes";

/** A cell write placed on its sheet, with the cell's range to load the format of. */
interface PlacedWrite {
  readonly write: CellWrite;
  readonly range: XlRange;
  /** The column's type: a foreign partner's money format goes on a money column, the plan's format on a General cell. */
  readonly type: ColumnType | undefined;
}

/** Where a table's cells are: its sheet, first column and headers. */
interface TablePlace {
  readonly sheet: XlWorksheet;
  readonly left: number;
  readonly headers: readonly string[];
}

/** Queues the range of the cell `write` changes, with a load of its number format. */
function placeWrite(write: CellWrite, place: TablePlace): PlacedWrite {
  const spec = requireTableSpec(write.table);
  const column = spec.columns.find((c) => c.key === write.column);
  const index = column ? place.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(column.header)) : -1;
  // The merge was planned from this table's columns; a missing one means the plan went stale.
  if (index < 0) throw new Error(`The ${spec.label} table has no ${column?.header ?? write.column} column any more; import the pack again.`);
  const range = place.sheet.getRangeByIndexes(write.row - 1, place.left + index, 1, 1);
  range.load("numberFormat");
  return { write, range, type: column?.type };
}

/** Reads where each table's columns are (one sync). */
async function placeTables(context: XlContext, names: readonly TableName[]): Promise<Map<TableName, TablePlace>> {
  const headerRanges = names.map((name) => {
    const header = context.workbook.tables.getItem(name).getHeaderRowRange();
    header.load("values,columnIndex");
    return header;
  });
  await context.sync();
  return new Map(
    names.map((name, i) => {
      const header = headerRanges[i];
      const headers = (header.values[0] ?? []).map((h) => String(h ?? ""));
      return [name, { sheet: context.workbook.tables.getItem(name).worksheet, left: header.columnIndex, headers }];
    }),
  );
}

/**
 * Writes the changed cells: per chunk, one sync reads the cells' formats (carrying the previous
 * chunk's writes), then the chunk's writes are queued. A read costs a range and a load, a
 * write a second use of the range and its values; chunks take a quarter of the budget in calls.
 */
async function writeCells(context: XlContext, writes: readonly CellWrite[], batch: WriteBatch, formats: CellWriteFormats): Promise<void> {
  if (writes.length === 0) return;
  const places = await placeTables(context, [...new Set(writes.map((w) => w.table))]);
  const perChunk = Math.max(1, Math.floor(batch.budgetBytes / 4 / (2 * CALL_BYTES)));
  for (let start = 0; start < writes.length; start += perChunk) {
    const chunk = writes.slice(start, start + perChunk);
    const placed = chunk.map((write) => placeWrite(write, places.get(write.table) as TablePlace));
    await batch.flush();
    for (const { write, range, type } of placed) {
      const loaded = range.numberFormat[0]?.[0];
      const imposed = imposedFormat(type, typeof loaded === "string" ? loaded : "General", write.value, formats);
      const format = imposed ?? (typeof loaded === "string" ? loaded : "General");
      const input = inputFor(write.value, format);
      await batch.reserve(imposed ? 3 : 2, gridBytes([[input]]) + (imposed ? gridBytes([[imposed]]) : 0));
      if (imposed) range.numberFormat = [[imposed]];
      range.values = [[input]];
    }
  }
}

/** The number formats a merge gives (as the file writer gives them, `xlsx/packs/applyMerge.ts`). */
export interface CellWriteFormats {
  /** The plan's formats, for a written cell still in Excel's General format. */
  readonly plan?: ColumnFormats;
  /** The money format of a pack partner in another currency: every money cell written takes it. */
  readonly foreignMoney?: string;
}

/**
 * The format a written cell must take over the one it has: a foreign partner's money format on
 * a money cell; the plan's format for its column on a cell still in General (a date written as
 * a serial into a General cell would show 46112, not the date), unless the cell is left blank.
 */
function imposedFormat(type: ColumnType | undefined, loaded: string, value: unknown, formats: CellWriteFormats): string | undefined {
  if (type === undefined) return undefined;
  if (formats.foreignMoney !== undefined && formatKind(type) === "money") return formats.foreignMoney;
  if (loaded !== "General" || value === null || value === undefined || value === "") return undefined;
  return formats.plan?.forType(type);
}

/**
 * Writes `merge` into the workbook: changed cells first, then the appended rows per table.
 * `formats`: a written cell still in General takes the plan's format for its column, and the
 * money cells written of a pack partner in another currency take its money format;
 * `newRowMoney` (the partner's, or the plan's for a plan-currency partner) goes on the money
 * cells of its new rows.
 */
export async function applyMergeToExcel(context: XlContext, merge: MergePlan, budgetBytes: number, formats: CellWriteFormats = {}, newRowMoney = formats.foreignMoney): Promise<void> {
  const batch = new WriteBatch(context, budgetBytes);
  await writeCells(context, merge.cellWrites, batch, formats);
  const tables = [...new Set(merge.rowAppends.map((a) => a.table))];
  for (const name of tables) {
    const spec = requireTableSpec(name);
    const rows = merge.rowAppends
      .filter((a) => a.table === name)
      .map((a) => Object.fromEntries(spec.columns.filter((c) => a.cells.has(c.key)).map((c) => [c.header, a.cells.get(c.key)])));
    const moneyHeaders = new Set(spec.columns.filter((c) => formatKind(c.type) === "money").map((c) => normalizeHeader(c.header)));
    // New rows copy the last row's look, maybe another partner's in another currency: their money takes their own.
    await appendTableRows(context, name, rows, batch, newRowMoney === undefined ? undefined : (header) => (moneyHeaders.has(normalizeHeader(header)) ? newRowMoney : undefined));
  }
  await batch.flush();
}
