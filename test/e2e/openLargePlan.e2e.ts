/**
 * Issue 22: opening a large plan in browser mode. The synthetic plan at a tenth of the SPEC size
 * (55,000 rows, 3 MB; `test/bench/files/planFile.ts`) is opened through the file input; the pane
 * shows the open worker's steps and progress while it reads and checks the file, then the same
 * findings and partner figures as `jmp report --json` on that file.
 *
 * The page must never block for long while the file opens. Wall-clock durations on a busy CI
 * machine would make a flaky assertion, so the tests assert what bounds the page's work: every
 * message the worker sends is a slice (rows by the thousand, the analysis in pieces), and the
 * page never fetches ExcelJS (the xlsx chunk) to open and show the plan, its Set up view's sheet
 * lists included. The long tasks themselves are recorded (`PerformanceObserver`, "longtask")
 * and written to `test-output/e2e/open-large-plan-long-tasks.json` to read, never asserted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "fs";
import { join } from "path";
import type { ReportJson } from "../../src/engine/reportJson";
import { ROWS_PER_MESSAGE } from "../../src/taskpane/browser/worker/openProtocol";
import { writePlanWorkbook } from "../bench/files/planFile";
import { generatePlan, scaleSize, SPEC_SIZE } from "../helpers/generatePlan";
import { BUILD_DIR } from "./build";
import { startPane, WORK_DIR } from "./paneBrowser";
import type { PaneHarness } from "./paneBrowser";
import type { Page } from "playwright-core";
import { expectedPartnerRows, showView, tableHeaders, tableRows } from "./paneText";
import { reportOf } from "./workbooks";

/** The tenth-size plan, kept between runs (git-ignored): writing it takes some seconds. */
async function tenthPlanFile(): Promise<string> {
  const file = join(WORK_DIR, "tenth-size-plan.xlsx");
  if (!existsSync(file)) {
    // Before the pane starts: in a fresh clone nothing has made the folder yet.
    mkdirSync(WORK_DIR, { recursive: true });
    const partial = `${file}.partial`;
    await writePlanWorkbook(partial, generatePlan({ ...scaleSize(SPEC_SIZE, 0.1), seed: 20_260_101 }));
    renameSync(partial, file);
  }
  return file;
}

/** A long task: when it started (ms from the page's start) and how long it ran. */
interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/** What the page recorded of one message from the open worker. */
interface Received {
  readonly type: string;
  /** Rows in a `rows` or `sheetRows` message. */
  readonly rows?: number;
  /** The kind of an analysis piece. */
  readonly piece?: string;
}

/** The records the init script keeps on the page's window. */
interface Recorded {
  longTasks: LongTask[];
  workerMessages: Received[];
}

/** Writes the page's long tasks from the file picked to the plan and its Set up view shown. */
async function recordLongTasks(page: Page): Promise<void> {
  const tasks = await page.evaluate(() => (window as unknown as Recorded).longTasks);
  const opening = tasks.filter((t) => t.start + t.duration > pickedAt && t.start < shownAt);
  const longest = Math.max(0, ...opening.map((t) => t.duration));
  const record = { pickedAt, shownAt, longest, over100: opening.filter((t) => t.duration > 100), opening };
  writeFileSync(join(WORK_DIR, "open-large-plan-long-tasks.json"), `${JSON.stringify(record, null, 2)}\n`);
}

let pane: PaneHarness;
let report: ReportJson;
let pickedAt: number;
let shownAt: number;
const steps = new Set<string>();
/** Scripts the page asked for from the file picked until the Set up view had listed the sheets. */
const scripts: string[] = [];

beforeAll(async () => {
  const file = await tenthPlanFile();
  report = reportOf(file);
  pane = await startPane();
  await pane.context.addInitScript(() => {
    const recorded = window as unknown as Recorded;
    recorded.longTasks = [];
    recorded.workerMessages = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) recorded.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
    // Every worker the page starts reports what each of its messages carried.
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener("message", (event: MessageEvent) => {
          const data = event.data as { type: string; rows?: unknown[]; piece?: { kind: string } };
          recorded.workerMessages.push({ type: data.type, rows: data.rows?.length, piece: data.piece?.kind });
        });
      }
    };
  });
  await pane.open();
  const { page } = pane;
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  pickedAt = await page.evaluate(() => performance.now());
  await page.getByLabel("Open an .xlsx workbook").setInputFiles(file);
  // The task's label names the worker's step; collected until the plan is checked.
  const status = page.getByRole("status");
  while (!/Plan checked/.test((await status.textContent()) ?? "")) {
    const label = await page.locator("main label").allTextContents();
    label.forEach((l) => steps.add(l));
    await page.waitForTimeout(50);
  }
  // Browser mode shows Set up first: its tracker and convert sections list the sheets.
  await page.getByText("No sheet besides the plan's own holds a list to convert", { exact: false }).waitFor();
  await page.getByText("No sheet besides the plan's own holds a list: open the tracker file, or copy its sheet into this workbook.").waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[role="progressbar"]').length === 0);
  shownAt = await page.evaluate(() => performance.now());
  await recordLongTasks(page);
  await pane.screenshot("large-plan-opened");
});

afterAll(async () => {
  await pane?.close();
});

test("opening shows the worker's steps with their progress", () => {
  expect([...steps]).toEqual(expect.arrayContaining(["Reading the plan tables"]));
  expect(shownAt).toBeGreaterThan(pickedAt);
});

test("every message from the worker is a bounded slice: rows by the thousand, the analysis in pieces", async () => {
  const received = await pane.page.evaluate(() => (window as unknown as Recorded).workerMessages);
  const rows = received.filter((m) => m.type === "rows");
  expect(rows.length * ROWS_PER_MESSAGE).toBeGreaterThanOrEqual(55_000);
  expect(rows.every((m) => m.rows !== undefined && m.rows > 0 && m.rows <= ROWS_PER_MESSAGE)).toBe(true);
  expect(received.filter((m) => m.type === "sheetRows").every((m) => m.rows !== undefined && m.rows <= ROWS_PER_MESSAGE)).toBe(true);
  const pieces = received.filter((m) => m.type === "analysis").map((m) => m.piece);
  expect(pieces.filter((p) => p === "core")).toHaveLength(1);
  expect(pieces.filter((p) => p === "table")).toHaveLength(4);
  expect(pieces.filter((p) => p === "findings").length).toBeGreaterThanOrEqual(1);
  expect(new Set(received.map((m) => m.type))).toEqual(new Set(["step", "progress", "tables", "rows", "sheets", "analysis", "opened"]));
  expect(received.at(-1)?.type).toBe("opened");
});

/** The build's scripts that carry ExcelJS's model: the xlsx adapter's chunk and the chunk holding the library. */
function modelScripts(): string[] {
  return readdirSync(BUILD_DIR).filter((name) => name.endsWith(".js") && (name.startsWith("xlsx.") || readFileSync(join(BUILD_DIR, name), "utf8").includes("exceljs")));
}

test("the page never fetches ExcelJS to open and show the plan, its sheet lists included", () => {
  const model = modelScripts();
  expect(model.length).toBeGreaterThanOrEqual(2);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((path) => model.some((name) => path.endsWith(`/${name}`)))).toEqual([]);
});

test("the findings and the partner figures are those of jmp report", async () => {
  const { page } = pane;
  await showView(page, "Check");
  const errors = report.issues.filter((i) => i.severity === "error").length;
  const warnings = report.issues.length - errors;
  expect(errors + warnings).toBeGreaterThan(1000);
  await page.getByText(`${errors.toLocaleString("en-US")} errors and ${warnings.toLocaleString("en-US")} warnings in the plan.`).waitFor();
  await showView(page, "Funding");
  const table = page.getByRole("table", { name: "Funding by partner" });
  const headers = await tableHeaders(table);
  const shown = await tableRows(table);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown).toEqual(expectedPartnerRows(headers, report.partners, report.plan.currency).slice(0, shown.length));
});

test("nothing was requested outside the local server and the page logged no error", () => {
  expect(pane.outside).toEqual([]);
  expect(pane.errors).toEqual([]);
});
