/**
 * The Web Worker that opens files for browser mode (its own webpack entry, `open-worker.js`):
 * it takes an `OpenRequest` and answers as `openInWorker` says. One worker serves one file.
 */
import type { OpenRequest } from "./openProtocol";
import { openInWorker } from "./openInWorker";

/** The part of the worker's global scope used here (the DOM library has no worker types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<OpenRequest>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  if (event.data?.type === "open") void openInWorker(event.data.bytes, (message) => scope.postMessage(message));
};
