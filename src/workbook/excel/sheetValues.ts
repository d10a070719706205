/**
 * Worksheets for the convert view over Office.js. Listing takes two syncs (sheet and table
 * names, then every sheet's used range size); reading a sheet takes one sync for its used range
 * and one per ~3.6 MB of values (a sheet of a few thousand rows: one), so neither grows with the
 * number of sheets or rows beyond what the payload limit forces.
 */
import { tableSpec } from "../../model/schema";
import type { ReadSheetOptions, SheetSummary, SheetValues } from "../port";
import { gridBytes, isPayloadTooLarge } from "./payload";
import type { PayloadLimits } from "./payload";
import type { XlContext, XlRange } from "./xlTypes";

/** Every visible worksheet in tab order with its used range's size and whether it holds a JMP table. */
export async function listSheets(context: XlContext): Promise<SheetSummary[]> {
  const { worksheets, tables } = context.workbook;
  worksheets.load("items/name,items/visibility");
  tables.load("items/name,items/worksheet/name");
  await context.sync();
  const jmp = new Set(tables.items.filter((t) => tableSpec(t.name) !== undefined).map((t) => t.worksheet.name.toLowerCase()));
  const used = worksheets.items.filter((sheet) => sheet.visibility === "Visible").map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowCount,columnCount");
    return { name: sheet.name, range };
  });
  await context.sync();
  return used.map(({ name, range }) => ({
    name,
    rows: range.isNullObject ? 0 : range.rowCount,
    columns: range.isNullObject ? 0 : range.columnCount,
    holdsJmpTables: jmp.has(name.toLowerCase()),
  }));
}

/** The smallest per-cell estimate a measurement may lower it to. */
const MIN_BYTES_PER_CELL = 8;
/** Margin over the measured size for the next chunk. */
const MEASURE_MARGIN = 1.5;

/** The used range of the sheet `name`: header row first, then at most `maxRows` rows. */
export async function readSheet(context: XlContext, name: string, limits: PayloadLimits, options: ReadSheetOptions = {}): Promise<SheetValues> {
  const sheet = context.workbook.worksheets.getItem(name);
  const used: XlRange = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return { headers: [], rows: [], headerRow: 1 };

  const width = used.columnCount;
  const total = options.maxRows === undefined ? used.rowCount : Math.min(used.rowCount, 1 + Math.max(0, options.maxRows));
  const grid: unknown[][] = [];
  let bytesPerCell = limits.initialBytesPerCell;
  while (grid.length < total) {
    const rowBytes = width * bytesPerCell + 3;
    const count = Math.max(1, Math.min(total - grid.length, Math.floor(limits.budgetBytes / rowBytes), Math.floor(limits.maxCellsPerSync / width)));
    const chunk = sheet.getRangeByIndexes(used.rowIndex + grid.length, used.columnIndex, count, width);
    chunk.load("values");
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || count === 1) throw error;
      bytesPerCell *= 2;
      continue;
    }
    grid.push(...chunk.values.slice(0, count));
    bytesPerCell = Math.max(MIN_BYTES_PER_CELL, (gridBytes(chunk.values) / (count * width)) * MEASURE_MARGIN);
  }
  // The used range of values starts at its first row holding a value: that row is the header.
  return { headers: grid[0] ?? [], rows: grid.slice(1), headerRow: used.rowIndex + 1, firstColumn: used.columnIndex + 1 };
}
