/**
 * Where browser mode's page cannot start its open worker (Chromium refuses any worker to a page
 * opened from disk, `file:///.../app.html`), the file is still opened: the worker's own reader
 * runs on the page, with the same steps and progress, pausing between them so the page paints.
 * The file is never blamed for the page's limit.
 */
import { analyze } from "../../../src/engine";
import { reportJson } from "../../../src/engine/reportJson";
import { BrowserFiles } from "../../../src/taskpane/browser/BrowserFiles";
import type { XlsxModule } from "../../../src/taskpane/browser/BrowserFiles";
import { openOnPage } from "../../../src/taskpane/browser/worker/openOnPage";
import { openOffThread } from "../../../src/taskpane/browser/worker/openOffThread";
import type { OpenWorker } from "../../../src/taskpane/browser/worker/openOffThread";
import { STEPS } from "../../../src/taskpane/browser/worker/openProtocol";
import { PlanSession } from "../../../src/taskpane/session/PlanSession";
import { StreamedTables } from "../../../src/workbook/xlsx/stream/StreamedTables";
import { samplePlanBytes } from "../../workbook/xlsx/chartParts";

/** What Chromium throws for `new Worker(...)` on a page opened from disk. */
function refusedWorker(): OpenWorker {
  throw new DOMException("Failed to construct 'Worker': Script at 'file:///home/u/dist/open-worker.js' cannot be accessed from origin 'null'.", "SecurityError");
}

/** A worker whose script never loads: an error event, and no message. */
function workerThatNeverLoads(): OpenWorker {
  const worker: OpenWorker = {
    onmessage: null,
    onerror: null,
    postMessage: () => setTimeout(() => worker.onerror?.({ message: "" } as ErrorEvent), 0),
    terminate: () => undefined,
  };
  return worker;
}

/** Opens the sample plan through the file service with `startWorker`; the xlsx chunk must stay unloaded. */
async function openWith(startWorker: () => OpenWorker): Promise<{ session: PlanSession; chunkLoads: number }> {
  const session = new PlanSession({ mode: "browser", pause: () => Promise.resolve() });
  let chunkLoads = 0;
  const loadXlsx = (): Promise<XlsxModule> => {
    chunkLoads += 1;
    return import("../../../src/workbook/xlsx/fileWorkbooks");
  };
  const files = new BrowserFiles(session, { startWorker, loadXlsx, save: () => undefined });
  await files.open(new File([(await samplePlanBytes()) as BlobPart], "plan.xlsx"));
  return { session, chunkLoads };
}

test.each([
  ["the page may not start a worker", refusedWorker],
  ["the worker's script never loads", workerThatNeverLoads],
])("when %s, the file is opened on the page and checked as the worker would", async (_, startWorker) => {
  const { session, chunkLoads } = await openWith(startWorker);
  const state = session.getState();
  expect(state.problem).toBeUndefined();
  expect(state.fileName).toBe("plan.xlsx");
  const tables = await (await StreamedTables.load(await samplePlanBytes())).readTables();
  expect(reportJson(state.analysis!)).toEqual(reportJson(analyze(tables)));
  expect(state.tables).toEqual(tables);
  // The same reader as the worker's: ExcelJS's chunk is not needed to open and show the plan.
  expect(chunkLoads).toBe(0);
});

test("on the page the reader gives the page back between its steps and slices, with the worker's steps and progress", async () => {
  const bytes = await samplePlanBytes();
  let pauses = 0;
  const steps: string[] = [];
  const progress: number[] = [];
  const opened = await openOffThread(
    openOnPage(() => {
      pauses += 1;
      return new Promise((resolve) => setTimeout(resolve, 0));
    }),
    bytes,
    { step: (label) => steps.push(label), progress: (done) => progress.push(done) },
  );
  expect(steps).toEqual([STEPS.check, STEPS.read, STEPS.analyze, STEPS.send]);
  expect(progress.length).toBeGreaterThan(0);
  // One to start, one after each step, one after each slice of rows (tables, then sheets).
  expect(pauses).toBeGreaterThanOrEqual(1 + 4 + 2);
  expect(reportJson(opened.analysis)).toEqual(reportJson(analyze(opened.tables)));
});

test("a worker that fails after it started answering is not retried on the page: its error stands", async () => {
  const worker: OpenWorker = {
    onmessage: null,
    onerror: null,
    postMessage: () =>
      setTimeout(() => {
        worker.onmessage?.({ data: { type: "step", label: STEPS.check } } as MessageEvent);
        worker.onerror?.({ message: "out of memory" } as ErrorEvent);
      }, 0),
    terminate: () => undefined,
  };
  const { session } = await openWith(() => worker);
  expect(session.getState().analysis).toBeUndefined();
  expect(session.getState().problem?.message).toMatch(/background reader stopped: out of memory/);
});
