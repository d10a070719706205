/**
 * The messages between the page and the Web Worker that opens a file in browser mode. The page
 * sends the file's bytes (transferred, not copied); the worker answers with steps and progress,
 * the JMP tables in slices of rows, the sheets the Set up view lists (their values in slices
 * too), then the analysis's parts in pieces (`engine/analysisTransfer.ts`), or why it failed.
 * Every message is small, so taking one in never blocks the page for long.
 */
import type { AnalysisPiece } from "../../../engine";
import type { RawTable } from "../../../model/rawTable";
import type { SheetSummary, SheetValues } from "../../../workbook/port";
import type { UnreadableReason } from "../../../workbook/xlsx/errors";

/** Page to worker: open these bytes. */
export interface OpenRequest {
  readonly type: "open";
  readonly bytes: ArrayBuffer;
}

/** A table without its rows, which follow in `rows` messages. */
export type TableHead = Omit<RawTable, "rows">;

/** A sheet's values without their rows, which follow in `sheetRows` messages; `key` as `sheetKey` makes it. */
export type SheetHead = Omit<SheetValues, "rows"> & { readonly key: string };

/** An error as it crosses: its name and message, and a refused file's reason. */
export interface PostedError {
  readonly name: string;
  readonly message: string;
  readonly reason?: UnreadableReason;
}

/** Worker to page. */
export type OpenMessage =
  /** A new step begins (its progress restarts). */
  | { readonly type: "step"; readonly label: string }
  | { readonly type: "progress"; readonly done: number; readonly total: number }
  /** The tables read, without rows, in template order. */
  | { readonly type: "tables"; readonly heads: readonly TableHead[] }
  /** The next rows of table `table` (an index into `heads`). */
  | { readonly type: "rows"; readonly table: number; readonly rows: readonly (readonly unknown[])[] }
  /** The visible sheets, the stored import mapping, and the heads of the sheets whose values follow. */
  | { readonly type: "sheets"; readonly sheets: readonly SheetSummary[]; readonly importMapping: string | undefined; readonly heads: readonly SheetHead[] }
  /** The next rows of sheet `sheet` (an index into the `sheets` message's `heads`). */
  | { readonly type: "sheetRows"; readonly sheet: number; readonly rows: readonly (readonly unknown[])[] }
  /** A piece of the analysis's parts. */
  | { readonly type: "analysis"; readonly piece: AnalysisPiece }
  /** The last message of a file opened: every piece has been sent. */
  | { readonly type: "opened" }
  /** The last message of a file that could not be opened. */
  | { readonly type: "failed"; readonly error: PostedError };

/** Rows per `rows` or `sheetRows` message: some 20,000 cells, a few milliseconds to take in on a slow page. */
export const ROWS_PER_MESSAGE = 2_000;

/** The steps as the progress bar names them. */
export const STEPS = {
  check: "Checking the file",
  read: "Reading the plan tables",
  analyze: "Checking the plan",
  send: "Showing the plan",
} as const;
