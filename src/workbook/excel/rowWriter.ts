/**
 * Writes a block of rows to a sheet in chunks that keep every request under the payload
 * budget: rows are gathered until their values (and formats) reach about half the budget,
 * then written as one range (three calls: the range, its formats, its values), so a long Issues
 * list becomes a few large writes, not one write per row and not one oversized request.
 */
import type { CellInput } from "./cellInput";
import { gridBytes } from "./payload";
import type { WriteBatch } from "./payload";
import type { XlWorksheet } from "./xlTypes";

/** Rows to write at a position, with optional number formats of the same shape. */
export interface RowBlock {
  /** Zero-based sheet row and column of the top-left cell. */
  readonly top: number;
  readonly left: number;
  readonly rows: readonly (readonly CellInput[])[];
  readonly formats?: readonly (readonly string[])[];
  /** Write through `formulas` (cells starting with `=` are formulas the tool built). */
  readonly asFormulas?: boolean;
}

/** Writes the rows, chunked under the batch's budget. Formats go first so text stays text. */
export async function writeRows(batch: WriteBatch, sheet: XlWorksheet, block: RowBlock): Promise<void> {
  const { rows, formats } = block;
  if (rows.length === 0) return;
  const width = rows[0].length;
  const target = batch.chunkBytes;
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes < target)) {
      bytes += gridBytes([rows[end]]) + (formats ? gridBytes([formats[end]]) : 0);
      end++;
    }
    await batch.reserve(formats ? 3 : 2, bytes);
    const range = sheet.getRangeByIndexes(block.top + start, block.left, end - start, width);
    if (formats) range.numberFormat = formats.slice(start, end) as string[][];
    const chunk = rows.slice(start, end) as CellInput[][];
    if (block.asFormulas) range.formulas = chunk;
    else range.values = chunk;
    start = end;
  }
}
