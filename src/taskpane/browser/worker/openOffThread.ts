/**
 * The page's side of opening a file in a Web Worker: the bytes go to the worker (a copy is
 * transferred; the page keeps its own for download and for ExcelJS on the first change), and
 * its messages come back one task each: progress to the task's bar, rows appended to their
 * tables and sheets, the analysis's pieces kept, and at last the analysis assembled from them,
 * which is cheap. The page thus never runs the read or the engine's pass itself, and no message
 * it takes in is large.
 */
import { analysisOf, assembledParts } from "../../../engine";
import type { Analysis, AnalysisPiece } from "../../../engine";
import type { RawTable } from "../../../model/rawTable";
import type { SheetValues } from "../../../workbook/port";
import { UnreadableWorkbookError } from "../../../workbook/xlsx/errors";
import type { SheetFacts } from "../../../workbook/xlsx/sheetFacts";
import type { OpenMessage, OpenRequest, PostedError, SheetHead, TableHead } from "./openProtocol";

/** The part of a `Worker` used here. */
export interface OpenWorker {
  onmessage: ((event: MessageEvent<OpenMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: OpenRequest, transfer: Transferable[]): void;
  terminate(): void;
}

/** What the worker's progress drives (the session's `TaskControl`). */
export interface OpenProgress {
  progress(done: number, total: number): void;
  step(label: string): void;
}

/** A file opened off the page's thread: its tables, their analysis, and its sheets' facts (when read). */
export interface OpenedPlan {
  readonly tables: RawTable[];
  readonly analysis: Analysis;
  readonly sheets?: SheetFacts;
}

/**
 * The worker never ran: its script could not be loaded or started (a page opened from disk, a
 * host that does not serve `open-worker.js`). The file is not to blame; the page reads it itself.
 */
export class WorkerUnavailableError extends Error {
  constructor(reason: string) {
    super(`The background reader could not start (${reason}).`);
    this.name = "WorkerUnavailableError";
  }
}

/** The worker's error as the page's: a refused file keeps its class and reason. */
function errorOf(posted: PostedError): Error {
  if (posted.reason) return new UnreadableWorkbookError(posted.message, posted.reason);
  const error = new Error(posted.message);
  error.name = posted.name;
  return error;
}

/** A table as it fills: rows arrive in `rows` messages and are pushed into its own array. */
type FillingTable = RawTable & { readonly rows: (readonly unknown[])[] };
/** A sheet's values as they fill, likewise. */
type FillingSheet = SheetValues & { readonly rows: unknown[][] };

/** Appends `rows` to `into` (a loop: spreading thousands of rows into `push` can overflow the stack). */
function append<T>(into: T[], rows: readonly T[]): void {
  for (const row of rows) into.push(row);
}

/** Opens `bytes` in `worker`, which it ends when done. */
export function openOffThread(worker: OpenWorker, bytes: Uint8Array, task: OpenProgress): Promise<OpenedPlan> {
  return new Promise<OpenedPlan>((resolve, reject) => {
    let tables: FillingTable[] = [];
    let heads: readonly SheetHead[] = [];
    let sheets: (SheetFacts & { readonly values: Map<string, FillingSheet> }) | undefined;
    const pieces: AnalysisPiece[] = [];
    let answered = false;
    const finish = (end: () => void): void => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      end();
    };
    worker.onmessage = ({ data: message }) => {
      answered = true;
      switch (message.type) {
        case "step":
          return task.step(message.label);
        case "progress":
          return task.progress(message.done, message.total);
        case "tables":
          tables = message.heads.map((head: TableHead) => ({ ...head, rows: [] }));
          return;
        case "rows":
          return append(tables[message.table].rows, message.rows);
        case "sheets": {
          heads = message.heads;
          const values = new Map(heads.map(({ key, ...head }): [string, FillingSheet] => [key, { ...head, rows: [] }]));
          sheets = { sheets: message.sheets, values, importMapping: message.importMapping };
          return;
        }
        case "sheetRows":
          return append((sheets?.values.get(heads[message.sheet].key) as FillingSheet).rows, message.rows as unknown[][]);
        case "analysis":
          pieces.push(message.piece);
          return;
        case "opened":
          return finish(() => resolve({ tables, analysis: analysisOf(assembledParts(pieces), tables), sheets }));
        case "failed":
          return finish(() => reject(errorOf(message.error)));
      }
    };
    worker.onerror = (event) => {
      // The reader catches its own failures, so an error event means the worker itself failed;
      // before any answer, it never ran at all.
      const reason = event.message || "no reason given";
      finish(() => reject(answered ? new Error(`The background reader stopped: ${reason}`) : new WorkerUnavailableError(reason)));
    };
    // A copy of its own (a Node Buffer's slice would share, and detach, the caller's memory).
    const copy = new Uint8Array(bytes);
    worker.postMessage({ type: "open", bytes: copy.buffer }, [copy.buffer]);
  });
}
