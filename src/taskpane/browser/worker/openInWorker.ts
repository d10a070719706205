/**
 * What the open worker does with a file's bytes: the safety checks and the streaming read of
 * the JMP tables (`StreamedTables`) and of the facts of its sheets (`sheetFacts.ts`), the
 * engine's analysis, and the results posted back in small messages (`openProtocol.ts`). Free of
 * worker globals, so tests run it in Node.
 */
import { analysisParts, partsInPieces } from "../../../engine";
import type { RawTable } from "../../../model/rawTable";
import { UnreadableWorkbookError } from "../../../workbook/xlsx/errors";
import type { SheetFacts } from "../../../workbook/xlsx/sheetFacts";
import { readSheetFacts } from "../../../workbook/xlsx/sheetFacts";
import { StreamedTables } from "../../../workbook/xlsx/stream/StreamedTables";
import type { OpenMessage, PostedError, TableHead } from "./openProtocol";
import { ROWS_PER_MESSAGE, STEPS } from "./openProtocol";

/** Posts a message to the page. */
export type Post = (message: OpenMessage) => void;

/** Lets the page paint between steps when this runs on the page itself (`openOnPage.ts`). */
export type Pause = () => Promise<void>;

/** In a worker nothing waits: the page's thread is free anyway. */
const noPause: Pause = () => Promise.resolve();

/** An error as it crosses to the page. */
export function postedError(error: unknown): PostedError {
  if (error instanceof UnreadableWorkbookError) return { name: error.name, message: error.message, reason: error.reason };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

/** A table without its rows. */
function headOf(table: RawTable): TableHead {
  const { name, sheet, headerRow, firstColumn, headers, hasTotalsRow } = table;
  return hasTotalsRow === undefined ? { name, sheet, headerRow, firstColumn, headers } : { name, sheet, headerRow, firstColumn, headers, hasTotalsRow };
}

/**
 * Posts the rows of tables or sheets a slice at a time (`slice` makes the message of one),
 * with progress by rows, pausing after each slice.
 */
async function postRows(all: readonly (readonly (readonly unknown[])[])[], slice: (index: number, rows: readonly (readonly unknown[])[]) => OpenMessage, post: Post, pause: Pause): Promise<void> {
  const total = all.reduce((n, rows) => n + rows.length, 0);
  let done = 0;
  for (const [index, rows] of all.entries()) {
    for (let from = 0; from < rows.length; from += ROWS_PER_MESSAGE) {
      const part = rows.slice(from, from + ROWS_PER_MESSAGE);
      post(slice(index, part));
      done += part.length;
      post({ type: "progress", done, total });
      await pause();
    }
  }
}

/** Posts the tables: their heads, then their rows. */
async function postTables(tables: readonly RawTable[], post: Post, pause: Pause): Promise<void> {
  post({ type: "tables", heads: tables.map(headOf) });
  await postRows(
    tables.map((t) => t.rows),
    (table, rows) => ({ type: "rows", table, rows }),
    post,
    pause,
  );
}

/** Posts the sheets' facts: the list and mapping with the heads of the values, then their rows. */
async function postSheets(facts: SheetFacts, post: Post, pause: Pause): Promise<void> {
  const values = [...facts.values];
  const heads = values.map(([key, { headers, headerRow, firstColumn }]) => ({ key, headers, headerRow, firstColumn }));
  post({ type: "sheets", sheets: facts.sheets, importMapping: facts.importMapping, heads });
  await postRows(
    values.map(([, v]) => v.rows),
    (sheet, rows) => ({ type: "sheetRows", sheet, rows }),
    post,
    pause,
  );
}

/**
 * Opens the bytes of an .xlsx and posts what the page shows; never throws. `pause` runs after
 * each step and slice (on the page, it lets the browser paint the progress).
 */
export async function openInWorker(bytes: ArrayBuffer, post: Post, pause: Pause = noPause): Promise<void> {
  try {
    post({ type: "step", label: STEPS.check });
    await pause();
    const streamed = await StreamedTables.load(bytes);
    post({ type: "step", label: STEPS.read });
    await pause();
    const tables = await streamed.readTables({ onProgress: (done, total) => post({ type: "progress", done, total }) });
    // Sheets it cannot list (a sheet past the cell budget) are left to ExcelJS's model, which
    // says why when the Set up view asks: the plan itself opens as before.
    const facts = await readSheetFacts(streamed, tables).catch(() => undefined);
    post({ type: "step", label: STEPS.analyze });
    await pause();
    const parts = analysisParts(tables);
    post({ type: "step", label: STEPS.send });
    await pause();
    await postTables(tables, post, pause);
    if (facts) await postSheets(facts, post, pause);
    for (const piece of partsInPieces(parts)) post({ type: "analysis", piece });
    post({ type: "opened" });
  } catch (error) {
    post({ type: "failed", error: postedError(error) });
  }
}
