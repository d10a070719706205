/**
 * Reads every JMP table of the workbook in as few round trips as the payload limits allow:
 *
 * 1. one sync for the table names, header visibility and sheet names;
 * 2. one sync for the header values and the data body's position and size;
 * 3. one sync per body chunk group: rows of all tables are cut into chunks and as many chunks
 *    as fit the budget (estimated bytes and a cell cap) go into the same sync.
 *
 * So a small plan takes three syncs, and a large one `2 + ceil(bytes / budget)`: one sync per
 * ~3.6 MB of cell values. Queuing every chunk before a single sync would make that one response
 * as large as the whole plan, which Excel refuses past 5 MB, so the chunk syncs are the price
 * of the limit, not of the chunking. The per-cell size is measured on every response and the
 * next chunks sized from it; a payload refusal halves the chunk and retries it.
 */
import type { RawTable } from "../../model/rawTable";
import { tableSpec } from "../../model/schema";
import type { ProgressListener } from "../port";
import { gridBytes, isPayloadTooLarge } from "./payload";
import type { PayloadLimits } from "./payload";
import type { XlContext, XlRange, XlTable } from "./xlTypes";

/** A table whose body is being read. */
interface TableRead {
  readonly table: XlTable;
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly unknown[];
  readonly bodyRow: number;
  readonly bodyColumn: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rows: unknown[][];
  /** Rows read so far. */
  next: number;
  /** Estimated bytes per cell in a response. */
  bytesPerCell: number;
}

/** Part of a table's body requested in a sync. */
interface Piece {
  readonly read: TableRead;
  readonly start: number;
  readonly count: number;
  readonly range: XlRange;
}

/** The smallest per-cell estimate a measurement may lower it to. */
const MIN_BYTES_PER_CELL = 8;
/** Margin over the measured size for the next chunks (later rows may hold longer text). */
const MEASURE_MARGIN = 1.5;

/** Reads every JMP table present, in workbook order. */
export async function readJmpTables(context: XlContext, limits: PayloadLimits, onProgress?: ProgressListener): Promise<RawTable[]> {
  const tables = context.workbook.tables;
  tables.load("items/name,items/showHeaders,items/worksheet/name");
  await context.sync();
  const jmp = tables.items.filter((t) => tableSpec(t.name) !== undefined);
  if (jmp.length === 0) return [];

  const shapes = jmp.map((table) => queueShape(table));
  await context.sync();
  const reads = shapes.map((shape) => startRead(shape, limits.initialBytesPerCell));

  const total = reads.reduce((n, r) => n + r.rowCount, 0);
  let done = 0;
  onProgress?.(0, total);
  while (reads.some((r) => r.next < r.rowCount)) {
    const pieces = queueChunks(reads, limits);
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || pieces.every((p) => p.count === 1)) throw error;
      for (const read of new Set(pieces.map((p) => p.read))) read.bytesPerCell *= 2;
      continue;
    }
    for (const piece of pieces) done += takePiece(piece);
    onProgress?.(done, total);
  }

  return reads.map((r) => ({ name: r.name, sheet: r.sheet, headerRow: r.bodyRow, firstColumn: r.bodyColumn, headers: r.headers, rows: r.rows }));
}

interface Shape {
  readonly table: XlTable;
  readonly header: XlRange | undefined;
  readonly body: XlRange;
}

function queueShape(table: XlTable): Shape {
  const body = table.getDataBodyRange();
  body.load("rowIndex,columnIndex,rowCount,columnCount");
  if (!table.showHeaders) {
    // A table with its header row hidden still has column names: the headers the user set.
    table.columns.load("items/name");
    return { table, header: undefined, body };
  }
  const header = table.getHeaderRowRange();
  header.load("values");
  return { table, header, body };
}

function startRead(shape: Shape, bytesPerCell: number): TableRead {
  const headers = shape.header ? (shape.header.values[0] ?? []) : shape.table.columns.items.map((c) => c.name);
  return {
    table: shape.table,
    name: shape.table.name,
    sheet: shape.table.worksheet.name,
    headers,
    // The header sits just above the body: its 1-based row number is the body's 0-based index.
    bodyRow: shape.body.rowIndex,
    bodyColumn: shape.body.columnIndex,
    rowCount: shape.body.rowCount,
    columnCount: shape.body.columnCount,
    rows: [],
    next: 0,
    bytesPerCell,
  };
}

/** Queues value loads for as many rows as fit one sync, taking tables in order. */
function queueChunks(reads: readonly TableRead[], limits: PayloadLimits): Piece[] {
  const pieces: Piece[] = [];
  let bytes = limits.budgetBytes;
  let cells = limits.maxCellsPerSync;
  for (const read of reads) {
    const remaining = read.rowCount - read.next;
    if (remaining === 0) continue;
    const rowBytes = read.columnCount * read.bytesPerCell + 3;
    let count = Math.min(remaining, Math.floor(bytes / rowBytes), Math.floor(cells / read.columnCount));
    if (count < 1) {
      if (pieces.length > 0) break;
      // Always make progress: one row, however wide, is the smallest request there is.
      count = 1;
    }
    const range = read.table.worksheet.getRangeByIndexes(read.bodyRow + read.next, read.bodyColumn, count, read.columnCount);
    range.load("values");
    pieces.push({ read, start: read.next, count, range });
    bytes -= count * rowBytes;
    cells -= count * read.columnCount;
    if (count < remaining) break;
  }
  return pieces;
}

/** Stores a piece's rows, learns the table's cell size from it, returns the rows taken. */
function takePiece(piece: Piece): number {
  const { read, range, count } = piece;
  const values = range.values;
  for (let i = 0; i < count; i++) read.rows.push(values[i] ?? []);
  read.next = piece.start + count;
  const measured = gridBytes(values) / Math.max(1, count * read.columnCount);
  read.bytesPerCell = Math.max(MIN_BYTES_PER_CELL, measured * MEASURE_MARGIN);
  return count;
}
