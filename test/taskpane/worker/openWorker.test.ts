/**
 * Browser mode's open worker, run in Node: the worker's side (`openInWorker`) and the page's
 * (`openOffThread`) joined by a fake worker that passes every message through a structured
 * clone, as `postMessage` does. The page gets the tables the streaming reader reads, the sheets
 * the model lists, and the analysis the engine makes, with steps and progress on the way, every
 * message small; a refused file keeps its reason.
 */
import { analyze } from "../../../src/engine";
import { reportJson } from "../../../src/engine/reportJson";
import type { OpenMessage, OpenRequest } from "../../../src/taskpane/browser/worker/openProtocol";
import { ROWS_PER_MESSAGE, STEPS } from "../../../src/taskpane/browser/worker/openProtocol";
import { openInWorker } from "../../../src/taskpane/browser/worker/openInWorker";
import { openOffThread } from "../../../src/taskpane/browser/worker/openOffThread";
import type { OpenWorker } from "../../../src/taskpane/browser/worker/openOffThread";
import { UnreadableWorkbookError } from "../../../src/workbook/xlsx/errors";
import { StreamedTables } from "../../../src/workbook/xlsx/stream/StreamedTables";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { writePlanWorkbook } from "../../bench/files/planFile";
import { generatePlan, scaleSize, SPEC_SIZE } from "../../helpers/generatePlan";
import { samplePlanBytes } from "../../workbook/xlsx/chartParts";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/** A worker running `openInWorker` in this process; records what crossed. */
class FakeWorker implements OpenWorker {
  onmessage: OpenWorker["onmessage"] = null;
  onerror: OpenWorker["onerror"] = null;
  readonly posted: OpenMessage[] = [];
  transferred: Transferable[] = [];
  terminated = false;

  postMessage(request: OpenRequest, transfer: Transferable[]): void {
    this.transferred = transfer;
    const bytes = structuredClone(request.bytes, { transfer: transfer as ArrayBuffer[] });
    void openInWorker(bytes, (message) => {
      const copy = structuredClone(message);
      this.posted.push(copy);
      // Each message arrives as a task of its own.
      setTimeout(() => this.onmessage?.({ data: copy } as MessageEvent<OpenMessage>), 0);
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A task control that records what it was told. */
function recorder() {
  const steps: string[] = [];
  const progress: [number, number][] = [];
  return { steps, progress, control: { step: (label: string) => steps.push(label), progress: (done: number, total: number) => progress.push([done, total]) } };
}

test("the sample plan arrives as the streaming reader reads it and the engine analyses it", async () => {
  const bytes = await samplePlanBytes();
  const worker = new FakeWorker();
  const task = recorder();
  const opened = await openOffThread(worker, bytes, task.control);
  const tables = await (await StreamedTables.load(bytes)).readTables();
  expect(opened.tables).toEqual(tables);
  expect(reportJson(opened.analysis)).toEqual(reportJson(analyze(tables)));
  const model = await XlsxWorkbook.load(bytes);
  expect(opened.sheets?.sheets).toEqual(await model.listSheets());
  expect(opened.sheets?.importMapping).toBeUndefined();
  expect(task.steps).toEqual([STEPS.check, STEPS.read, STEPS.analyze, STEPS.send]);
  expect(task.progress.length).toBeGreaterThan(0);
  expect(worker.terminated).toBe(true);
  // The page keeps its bytes: a copy was transferred.
  expect(worker.transferred).toHaveLength(1);
  expect(bytes.byteLength).toBeGreaterThan(0);
});

test("a large plan's rows cross in slices, with progress by rows up to their total", async () => {
  const folder = mkdtempSync(join(tmpdir(), "jmp-open-worker-"));
  try {
    const file = join(folder, "plan.xlsx");
    await writePlanWorkbook(file, generatePlan({ ...scaleSize(SPEC_SIZE, 0.03), seed: 3 }));
    const bytes = new Uint8Array(readFileSync(file));
    const worker = new FakeWorker();
    const task = recorder();
    const opened = await openOffThread(worker, bytes, task.control);
    const rows = worker.posted.filter((m) => m.type === "rows");
    const total = opened.tables.reduce((n, t) => n + t.rows.length, 0);
    expect(rows.every((m) => m.type === "rows" && m.rows.length <= ROWS_PER_MESSAGE)).toBe(true);
    expect(rows.length).toBeGreaterThan(opened.tables.length);
    expect(task.progress.at(-1)).toEqual([total, total]);
    // The analysis in pieces, then the end.
    expect(worker.posted.filter((m) => m.type === "analysis").length).toBeGreaterThanOrEqual(6);
    expect(worker.posted.at(-1)?.type).toBe("opened");
    // Against the tables read here: Jest's realm does not take the clone's Dates for its own.
    const tables = await (await StreamedTables.load(bytes)).readTables();
    expect(opened.tables).toEqual(tables);
    expect(opened.analysis.findings).toEqual(analyze(tables).findings);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("a file that is not a workbook is refused with its reason, and the worker ends", async () => {
  const worker = new FakeWorker();
  const refused = openOffThread(worker, new TextEncoder().encode("Partner,Amount\nP1,100\n"), recorder().control);
  await expect(refused).rejects.toBeInstanceOf(UnreadableWorkbookError);
  await expect(refused).rejects.toMatchObject({ reason: "notZip" });
  expect(worker.posted.at(-1)?.type).toBe("failed");
  expect(worker.terminated).toBe(true);
});

test("a sheet of the user's crosses in slices, with the stored import mapping", async () => {
  const plan = XlsxWorkbook.create({ now: () => new Date(Date.UTC(2026, 0, 15)) });
  await plan.applyTemplate({ withSample: true });
  const tracker = plan.workbook.addWorksheet("Tracker");
  tracker.addRow(["Partner", "Activity", "Amount"]);
  for (let i = 1; i <= ROWS_PER_MESSAGE * 2 + 5; i++) tracker.addRow([`Partner ${i % 17}`, `Activity ${i}`, i * 10]);
  await plan.writeImportMapping('{"sheet":"Tracker"}');
  const bytes = await plan.toBuffer();
  const worker = new FakeWorker();
  const opened = await openOffThread(worker, bytes, recorder().control);
  const model = await XlsxWorkbook.load(bytes);
  const slices = worker.posted.filter((m) => m.type === "sheetRows");
  expect(slices.map((m) => m.type === "sheetRows" && m.rows.length)).toEqual([ROWS_PER_MESSAGE, ROWS_PER_MESSAGE, 5]);
  expect(opened.sheets?.sheets).toEqual(await model.listSheets());
  expect(opened.sheets?.values.get("tracker")).toEqual(await model.readSheet("Tracker"));
  expect(opened.sheets?.importMapping).toBe('{"sheet":"Tracker"}');
});
