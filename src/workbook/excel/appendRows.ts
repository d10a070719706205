/**
 * Appends rows to a JMP table over Office.js, for the convert view and imports: one sync reads
 * the table's columns and last row and whether the rows below it are empty, then every row is
 * written in chunks that keep each request under the payload budget (a few thousand rows: one
 * sync). The rows go in as `Range.values` just below the table, which Excel grows over them
 * (Microsoft's co-authoring guidance: `table.rows.add` risks merge conflicts between
 * co-authors); the new rows take the number formats (written first, so text stays text),
 * drop-downs and highlights of the last row. Only when something already sits below the table
 * does it fall back to `rows.add`, which inserts cells so nothing there is overwritten. A blank
 * last row (a new template table has one; empty means no value and no formula) is filled first.
 * Text goes in as text, never as a formula. The caller's batch sends the last chunk.
 */
import { requireTableSpec } from "../../model/schema";
import type { TableName } from "../../model/schema";
import { AppendRowsError } from "../convert/errors";
import { isBlankRow, rowsInTableOrder } from "../convert/tableRows";
import { inputFor } from "./cellInput";
import type { CellInput } from "./cellInput";
import { gridBytes } from "./payload";
import type { WriteBatch } from "./payload";
import type { XlContext } from "./xlTypes";

/** A value as input for a cell of number format `format`; error values go in as their text. */
function appendInput(value: unknown, format: string): CellInput {
  const error = value !== null && typeof value === "object" && !(value instanceof Date) ? (value as { error?: unknown }).error : undefined;
  return inputFor(typeof error === "string" ? error : value, format);
}

/** True when Office.js reported that the item asked for does not exist. */
function isNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ItemNotFound";
}

/** Where appended rows went. */
export interface AppendedRows {
  /** Rows written. */
  readonly count: number;
  /** Zero-based sheet row of the first one (the blank last row when it was filled). */
  readonly firstRow: number;
}

/**
 * Appends `rows` (keyed by header) to the JMP table `table` as part of the operation `batch`
 * writes (its first sync reads the table, carrying the writes queued before). `imposedFormat`
 * names the number format a column's cell of new row `row` (an index into `rows`) must take
 * instead of the last row's (money in the row's partner currency), if any.
 */
export async function appendTableRows(context: XlContext, table: TableName, rows: readonly Record<string, unknown>[], batch: WriteBatch, imposedFormat?: (header: string, row: number) => string | undefined): Promise<AppendedRows> {
  const spec = requireTableSpec(table);
  const target = context.workbook.tables.getItem(spec.name);
  target.columns.load("items/name");
  const body = target.getDataBodyRange();
  body.load("rowIndex,columnIndex,rowCount");
  const last = body.getLastRow();
  // Formulas, not values: a row whose formulas show nothing is not blank and is never written over.
  last.load("formulas,numberFormat");
  // Anything in the rows the new ones will take? (At most one row more than needed is looked at.)
  const beneath = last.getRowsBelow(Math.max(1, rows.length)).getUsedRangeOrNullObject(true);
  beneath.load("rowIndex");
  try {
    await batch.flush();
  } catch (error) {
    if (isNotFound(error)) throw new AppendRowsError(`The workbook has no ${spec.label} table (${spec.name}); set up the template first`, "noTable");
    throw error;
  }
  const values = rowsInTableOrder(spec.name, target.columns.items.map((c) => c.name), rows);
  if (values.length === 0) return { count: 0, firstRow: body.rowIndex + body.rowCount };

  const headers = target.columns.items.map((c) => c.name);
  const lastFormats = (last.numberFormat[0] ?? []).map((f) => (typeof f === "string" ? f : "General"));
  const formats = values.map((_, r) => (imposedFormat ? lastFormats.map((f, c) => imposedFormat(headers[c] ?? "", r) ?? f) : lastFormats));
  // Only rows whose formats differ from the last row's need them written where Excel would copy them.
  const imposing = formats.some((row) => row.some((f, c) => f !== lastFormats[c]));
  const inputs = values.map((row, r) => row.map((v, c) => appendInput(v, formats[r][c] ?? "General")));
  let next = 0;
  if (isBlankRow(last.formulas[0] ?? [])) {
    const lastRow = target.worksheet.getRangeByIndexes(body.rowIndex + body.rowCount - 1, body.columnIndex, 1, inputs[0].length);
    await batch.reserve(imposing ? 4 : 3, gridBytes([inputs[0]]) + (imposing ? gridBytes([formats[0]]) : 0));
    if (imposing) lastRow.numberFormat = [formats[0].slice(0, inputs[0].length)];
    lastRow.values = [inputs[0]];
    next = 1;
  }
  const first = next;
  const chunkBytes = batch.chunkBytes;
  // Rows written below the table carry their number formats too.
  const withFormats = beneath.isNullObject || imposing;
  while (next < inputs.length) {
    let end = next;
    let bytes = 0;
    while (end < inputs.length && (end === next || bytes < chunkBytes)) {
      bytes += gridBytes([inputs[end]]) + (withFormats ? gridBytes([formats[end]]) : 0);
      end++;
    }
    const chunk = inputs.slice(next, end);
    const chunkFormats = formats.slice(next, end).map((row) => row.slice(0, chunk[0].length));
    if (beneath.isNullObject) {
      await batch.reserve(4, bytes);
      const below = target.worksheet.getRangeByIndexes(body.rowIndex + body.rowCount + (next - first), body.columnIndex, chunk.length, chunk[0].length);
      below.numberFormat = chunkFormats;
      below.values = chunk;
    } else {
      await batch.reserve(imposing ? 5 : 3, bytes);
      target.rows.add(undefined, chunk);
      // The inserted rows took the last row's formats; formats of their own go on after.
      if (imposing) target.worksheet.getRangeByIndexes(body.rowIndex + body.rowCount + (next - first), body.columnIndex, chunk.length, chunk[0].length).numberFormat = chunkFormats;
    }
    next = end;
  }
  return { count: values.length, firstRow: body.rowIndex + body.rowCount - first };
}
