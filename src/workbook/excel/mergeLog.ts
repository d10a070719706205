/**
 * The `JMP Log` sheet in the open workbook, as the xlsx adapter keeps it (see
 * `engine/merge/mergeLog.ts`): read in two syncs, appended in two (the sheet names and the
 * log's used rows, then one write of every new line), while the log and the lines stay within
 * a request's budget; past it, a sync more per `LOG_ROWS_PER_READ` rows read past the first thousand and per chunk of
 * lines written (a merge adding thousands of rows logs a line per cell of each). Text goes in as
 * text, so a pack's "=..." is logged, never run.
 */
import { LOG_HEADERS, LOG_SHEET, LOG_WIDTHS, logLineOf, logRow } from "../../engine/merge";
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

/** Rows of the log read per sync: some 5,000 x 10 short cells, well within a response's limit. */
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
    .map((r) => logLineOf((c) => text(r[c]), (c) => shown(r[c])));
}

/** Writes the header of the log's column `c` in bold and makes the column as wide as its lines. */
function titleColumn(sheet: XlWorksheet, c: number): void {
  const cell = sheet.getRangeByIndexes(0, c, 1, 1);
  cell.values = [[LOG_HEADERS[c]]];
  cell.format.font.bold = true;
  cell.format.columnWidth = columnWidthPoints(LOG_WIDTHS[c]);
}

/** Appends lines below the log's last used row, creating the sheet with its header row the first time; `budgetBytes` bounds each sync's writes. */
export async function appendMergeLog(context: XlContext, lines: readonly LogLine[], budgetBytes: number): Promise<void> {
  if (lines.length === 0) return;
  let sheet = await logSheet(context);
  let next = 0;
  const rows = lines.map((l) => logRow(l).map((v) => layoutInput(typeof v === "boolean" ? String(v) : v)));
  if (sheet) {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount");
    const header = sheet.getRangeByIndexes(0, 0, 1, LOG_HEADERS.length);
    header.load("values");
    await context.sync();
    // An emptied sheet gets its headers again below, so its lines start below them.
    next = used.isNullObject ? 1 : used.rowIndex + used.rowCount;
    // A log begun before its later columns (Metric) gets their headers with the first lines that fill them.
    LOG_HEADERS.forEach((_, c) => {
      if (header.values[0][c] === "" || header.values[0][c] === null) titleColumn(sheet as XlWorksheet, c);
    });
  } else {
    sheet = context.workbook.worksheets.add(LOG_SHEET);
    sheet.freezePanes.freezeRows(1);
    LOG_HEADERS.forEach((_, c) => titleColumn(sheet as XlWorksheet, c));
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
