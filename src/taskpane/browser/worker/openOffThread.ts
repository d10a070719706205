/**
 * The page's side of opening a file in a Web Worker: the bytes go to the worker (a copy is
 * transferred; the page keeps its own for download and for ExcelJS on the first change), and
 * its messages come back one task each: progress to the task's bar, rows appended to their
 * tables, and at last the analysis assembled from its parts, which is cheap. The page thus never
 * runs the read or the engine's pass itself.
 */
import { analysisOf, revivedParts } from "../../../engine";
import type { Analysis } from "../../../engine";
import type { RawTable } from "../../../model/rawTable";
import { UnreadableWorkbookError } from "../../../workbook/xlsx/errors";
import type { OpenMessage, OpenRequest, PostedError, TableHead } from "./openProtocol";

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

/** A file opened off the page's thread: its tables and their analysis. */
export interface OpenedPlan {
  readonly tables: RawTable[];
  readonly analysis: Analysis;
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

/** Opens `bytes` in `worker`, which it ends when done. */
export function openOffThread(worker: OpenWorker, bytes: Uint8Array, task: OpenProgress): Promise<OpenedPlan> {
  return new Promise<OpenedPlan>((resolve, reject) => {
    let tables: FillingTable[] = [];
    const finish = (end: () => void): void => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      end();
    };
    worker.onmessage = ({ data: message }) => {
      switch (message.type) {
        case "step":
          return task.step(message.label);
        case "progress":
          return task.progress(message.done, message.total);
        case "tables":
          tables = message.heads.map((head: TableHead) => ({ ...head, rows: [] }));
          return;
        case "rows":
          for (const row of message.rows) tables[message.table].rows.push(row);
          return;
        case "analysis":
          return finish(() => resolve({ tables, analysis: analysisOf(revivedParts(message.parts), tables) }));
        case "failed":
          return finish(() => reject(errorOf(message.error)));
      }
    };
    worker.onerror = (event) => finish(() => reject(new Error(event.message || "The file could not be opened in the background.")));
    // A copy of its own (a Node Buffer's slice would share, and detach, the caller's memory).
    const copy = new Uint8Array(bytes);
    worker.postMessage({ type: "open", bytes: copy.buffer }, [copy.buffer]);
  });
}
