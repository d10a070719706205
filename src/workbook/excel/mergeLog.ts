/**
 * The `JMP Log` sheet in the open workbook, as the xlsx adapter keeps it (see
 * `engine/merge/mergeLog.ts`): read in two syncs, appended in two (the sheet names and the
 * log's used rows, then one write of every new line), while the log and the lines stay within
 * a request's budget; past it, a sync more per `LOG_ROWS_PER_READ` rows read past the first thousand and per chunk of
 * lines written (a merge adding thousands of rows logs a line per cell of each). Text goes in as
 * text, so a pack's "=..." is logged, never run.
 */
import { LOG_HEADERS, LOG_SHEET, LOG_WIDTHS, readResultCell, resultCell } from "../../engine/merge";
import type { LogLine, ShownValue } from "../../engine/merge";
import { layoutInput } from "./cellInput";
import { gridBytes, WriteBatch } from "./payload";
import { columnWidthPoints } from "./columnRules";
import type { XlContext, XlWorksheet } from "./xlTypes";

/** The log sheet, when the workbook has one (one sync). */
async function logSheet(context: XlContext): Promise<XlWorksheet | undefined> {
  const { worksheets } = context.workbook;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items.find((s) => s.name.toLowerCase() === LOG_SHEET.toLowerCase());
}

function shown(value: unknown): ShownValue {
  return value === "" || value === undefined || value === null ? null : typeof value === "number" || typeof value === "boolean" ? value : String(value);
}

/** Rows of the log read per sync: some 5,000 x 9 short cells, well within a response's limit. */
export const LOG_ROWS_PER_READ = 5_000;
/** Rows read with the log's size: a log of usual length, without reading thousands of empty cells. */
const FIRST_ROWS = 1_000;

/** Every line of the log, oldest first; none without the sheet. */
export async function readMergeLog(context: XlContext): Promise<LogLine[]> {
  const sheet = await logSheet(context);
  if (!sheet) return [];
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  // The first rows come with the log's size, so a log of usual length takes this one sync.
  const first = sheet.getRangeByIndexes(0, 0, FIRST_ROWS, LOG_HEADERS.length);
  first.load("values");
  await context.sync();
  if (used.isNullObject) return [];
  const rows: unknown[][] = [...first.values];
  const end = used.rowIndex + used.rowCount;
  for (let at = FIRST_ROWS; at < end; at += LOG_ROWS_PER_READ) {
    const next = sheet.getRangeByIndexes(at, 0, Math.min(LOG_ROWS_PER_READ, end - at), LOG_HEADERS.length);
    next.load("values");
    await context.sync();
    rows.push(...next.values);
  }
  const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
  return rows
    .slice(1)
    .filter((r) => text(r[0]) !== "")
    .map((r) => ({ when: text(r[0]), partner: text(r[1]), packMade: text(r[2]), table: text(r[3]), id: text(r[4]), column: text(r[5]), old: shown(r[6]), new: shown(r[7]), ...readResultCell(text(r[8])) }));
}

/** Appends lines below the log's last used row, creating the sheet with its header row the first time; `budgetBytes` bounds each sync's writes. */
export async function appendMergeLog(context: XlContext, lines: readonly LogLine[], budgetBytes: number): Promise<void> {
  if (lines.length === 0) return;
  let sheet = await logSheet(context);
  let next = 0;
  const rows = lines.map((l) => [l.when, l.partner, l.packMade, l.table, l.id, l.column, l.old, l.new, resultCell(l)].map((v) => layoutInput(typeof v === "boolean" ? String(v) : v)));
  if (sheet) {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount");
    await context.sync();
    next = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  } else {
    sheet = context.workbook.worksheets.add(LOG_SHEET);
    sheet.getRangeByIndexes(0, 0, 1, LOG_HEADERS.length).values = [[...LOG_HEADERS]];
    sheet.getRangeByIndexes(0, 0, 1, LOG_HEADERS.length).format.font.bold = true;
    sheet.freezePanes.freezeRows(1);
    LOG_WIDTHS.forEach((width, c) => ((sheet as XlWorksheet).getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(width)));
    next = 1;
  }
  // Lines in chunks of at most half the budget each, as every long write (`WriteBatch`).
  const batch = new WriteBatch(context, budgetBytes);
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes + gridBytes([rows[end]]) <= batch.chunkBytes)) bytes += gridBytes([rows[end++]]);
    await batch.reserve(2, bytes);
    (sheet as XlWorksheet).getRangeByIndexes(next + start, 0, end - start, LOG_HEADERS.length).values = rows.slice(start, end);
    start = end;
  }
  await batch.flush();
}
