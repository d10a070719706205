/**
 * What the open worker does with a file's bytes: the safety checks and the streaming read of
 * the JMP tables (`StreamedTables`), the engine's analysis, and the results posted back in
 * small messages (`openProtocol.ts`). Free of worker globals, so tests run it in Node.
 */
import { analysisParts } from "../../../engine";
import type { RawTable } from "../../../model/rawTable";
import { UnreadableWorkbookError } from "../../../workbook/xlsx/errors";
import { StreamedTables } from "../../../workbook/xlsx/stream/StreamedTables";
import type { OpenMessage, PostedError, TableHead } from "./openProtocol";
import { ROWS_PER_MESSAGE, STEPS } from "./openProtocol";

/** Posts a message to the page. */
export type Post = (message: OpenMessage) => void;

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

/** Posts the tables: their heads, then their rows a slice at a time, with progress by rows. */
function postTables(tables: readonly RawTable[], post: Post): void {
  post({ type: "tables", heads: tables.map(headOf) });
  const total = tables.reduce((n, t) => n + t.rows.length, 0);
  let done = 0;
  tables.forEach((table, index) => {
    for (let from = 0; from < table.rows.length; from += ROWS_PER_MESSAGE) {
      const rows = table.rows.slice(from, from + ROWS_PER_MESSAGE);
      post({ type: "rows", table: index, rows });
      done += rows.length;
      post({ type: "progress", done, total });
    }
  });
}

/** Opens the bytes of an .xlsx and posts what the page shows; never throws. */
export async function openInWorker(bytes: ArrayBuffer, post: Post): Promise<void> {
  try {
    post({ type: "step", label: STEPS.check });
    const streamed = await StreamedTables.load(bytes);
    post({ type: "step", label: STEPS.read });
    const tables = await streamed.readTables({ onProgress: (done, total) => post({ type: "progress", done, total }) });
    post({ type: "step", label: STEPS.analyze });
    const parts = analysisParts(tables);
    post({ type: "step", label: STEPS.send });
    postTables(tables, post);
    post({ type: "analysis", parts });
  } catch (error) {
    post({ type: "failed", error: postedError(error) });
  }
}
