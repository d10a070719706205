/**
 * The open worker's own work run on the page, for where the page cannot start a Web Worker: a
 * page opened from disk (`file:///.../app.html`) has an opaque origin, and Chromium refuses it
 * any worker script ("cannot be accessed from origin 'null'"). That is the page's limit, not the
 * file's fault, so the file is read all the same: by the same reader (`openInWorker`), through
 * the same messages, with the same progress. The reader inflates and parses the sheets chunk by
 * chunk; between its steps the page is given back to the browser, so the progress bar paints and
 * the pane answers as far as one thread allows.
 */
import { openInWorker } from "./openInWorker";
import type { OpenWorker } from "./openOffThread";
import type { OpenMessage, OpenRequest } from "./openProtocol";

/** Gives the page back to the browser for a moment (a zero-delay timer lets it paint). */
export type YieldToPage = () => Promise<void>;

const nextTask: YieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An `OpenWorker` that runs on the page's own thread. */
export function openOnPage(yieldToPage: YieldToPage = nextTask): OpenWorker {
  let ended = false;
  const worker: OpenWorker = {
    onmessage: null,
    onerror: null,
    postMessage(request: OpenRequest): void {
      const deliver = (message: OpenMessage): void => {
        if (!ended) worker.onmessage?.({ data: message } as MessageEvent<OpenMessage>);
      };
      // Started on a later turn, as a worker's answer would be: the caller's handlers are set by then.
      void yieldToPage().then(() => openInWorker(request.bytes, deliver, yieldToPage));
    },
    terminate(): void {
      ended = true;
    },
  };
  return worker;
}
