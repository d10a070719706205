/**
 * The messages between the page and the Web Worker that opens a file in browser mode. The page
 * sends the file's bytes (transferred, not copied); the worker answers with steps and progress,
 * the JMP tables in slices of rows (each message small, so taking one in never blocks the page
 * for long), then the analysis's parts (`engine/analysisTransfer.ts`), or why it failed.
 */
import type { AnalysisParts } from "../../../engine";
import type { RawTable } from "../../../model/rawTable";
import type { UnreadableReason } from "../../../workbook/xlsx/errors";

/** Page to worker: open these bytes. */
export interface OpenRequest {
  readonly type: "open";
  readonly bytes: ArrayBuffer;
}

/** A table without its rows, which follow in `rows` messages. */
export type TableHead = Omit<RawTable, "rows">;

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
  /** The last message of a file opened. */
  | { readonly type: "analysis"; readonly parts: AnalysisParts }
  /** The last message of a file that could not be opened. */
  | { readonly type: "failed"; readonly error: PostedError };

/** Rows per `rows` message: some 20,000 cells, a few milliseconds to take in on a slow page. */
export const ROWS_PER_MESSAGE = 2_000;

/** The steps as the progress bar names them. */
export const STEPS = {
  check: "Checking the file",
  read: "Reading the plan tables",
  analyze: "Checking the plan",
  send: "Showing the plan",
} as const;
