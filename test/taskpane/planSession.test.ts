import { analyze } from "../../src/engine";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import type { RawTable } from "../../src/model/rawTable";
import { isLiveWorkbook, PlanSession } from "../../src/taskpane/session/PlanSession";
import type { TaskState } from "../../src/taskpane/session/PlanSession";
import type { ApplyResult, LiveWorkbook, ReadOptions } from "../../src/workbook/port";
import { UnreadableWorkbookError } from "../../src/workbook/xlsx/errors";

/** A live workbook in memory whose reads report progress row by row and can be held open. */
class MemoryWorkbook implements LiveWorkbook {
  reads = 0;
  written: unknown[] = [];
  changeListener: (() => void) | undefined;
  gate: Promise<void> = Promise.resolve();

  constructor(private tables: RawTable[] = samplePlanTables()) {}

  async readTables(options: ReadOptions = {}): Promise<RawTable[]> {
    this.reads += 1;
    await this.gate;
    const total = 400;
    for (let done = 1; done <= total; done++) options.onProgress?.(done, total);
    return this.tables;
  }
  async applyTemplate(): Promise<ApplyResult> {
    return { tablesAdded: [], columnsAdded: [], settingsAdded: [], version: 1 };
  }
  async writeResults(analysis: unknown): Promise<void> {
    this.written.push(analysis);
  }
  async select(): Promise<void> {}
  async onTablesChanged(listener: () => void): Promise<() => void> {
    this.changeListener = listener;
    return () => (this.changeListener = undefined);
  }
}

/** Records every task state the session shows. */
function recordTasks(session: PlanSession): (TaskState | undefined)[] {
  const seen: (TaskState | undefined)[] = [];
  session.subscribe(() => {
    const task = session.getState().task;
    if (seen[seen.length - 1] !== task) seen.push(task);
  });
  return seen;
}

describe("PlanSession", () => {
  test("a refresh reads, reports progress once per percent, and analyzes with the engine", async () => {
    const workbook = new MemoryWorkbook();
    const session = new PlanSession({ mode: "excel", workbook });
    const tasks = recordTasks(session);
    await session.refresh();
    expect(session.getState().analysis?.findings).toEqual(analyze(samplePlanTables()).findings);
    const reading = tasks.filter((t) => t?.label === "Reading the plan tables");
    // The start, then 400 progress calls shown once per percent from 0 to 100.
    expect(reading.length).toBe(1 + 101);
    expect(reading[reading.length - 1]).toMatchObject({ done: 400, total: 400 });
    expect(tasks.some((t) => t?.label === "Checking the plan")).toBe(true);
    expect(session.getState().task).toBeUndefined();
    expect(session.getState().notice).toBe("Plan checked: 6 errors, 6 warnings.");
  });

  test("refreshes asked while one waits are joined: a burst of edits costs one read", async () => {
    const workbook = new MemoryWorkbook();
    let open: () => void = () => undefined;
    workbook.gate = new Promise((resolve) => (open = resolve));
    const session = new PlanSession({ mode: "excel", workbook });
    const first = session.refresh();
    await new Promise((resolve) => setTimeout(resolve, 5));
    // The first read is under way; these three wait behind it as one.
    const queued = [session.refresh(), session.refresh(), session.refresh()];
    expect(new Set(queued).size).toBe(1);
    open();
    await Promise.all([first, ...queued]);
    expect(workbook.reads).toBe(2);
  });

  test("tasks run one at a time in the order asked: results are written from the check before", async () => {
    const workbook = new MemoryWorkbook();
    const session = new PlanSession({ mode: "excel", workbook });
    const refreshed = session.refresh();
    const written = session.writeResults();
    await Promise.all([refreshed, written]);
    expect(workbook.written).toEqual([session.getState().analysis]);
    expect(session.getState().resultsFrom).toBe(session.getState().analysis);
  });

  test("a failure becomes a problem with a next step, and the next task clears it", async () => {
    const workbook = new MemoryWorkbook();
    jest.spyOn(workbook, "readTables").mockRejectedValueOnce(new UnreadableWorkbookError("The file is password-protected", "encrypted"));
    const session = new PlanSession({ mode: "browser", workbook });
    await session.refresh();
    expect(session.getState().problem).toEqual({
      title: "The plan could not be read",
      message: "The file is password-protected",
      next: "Remove the password in Excel (File > Info > Protect Workbook), save, and open it again.",
    });
    expect(session.getState().task).toBeUndefined();
    await session.refresh();
    expect(session.getState().problem).toBeUndefined();
    expect(session.getState().analysis).toBeDefined();
  });

  test("follows edits: a change notification checks the plan again", async () => {
    const workbook = new MemoryWorkbook();
    const session = new PlanSession({ mode: "excel", workbook });
    await session.follow();
    expect(workbook.changeListener).toBeDefined();
    workbook.changeListener?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(workbook.reads).toBe(1);
    session.dispose();
    expect(workbook.changeListener).toBeUndefined();
  });

  test("a host that refuses the change listener is reported, and checks still work", async () => {
    const workbook = new MemoryWorkbook();
    jest.spyOn(workbook, "onTablesChanged").mockRejectedValue(new Error("Events are not supported"));
    const session = new PlanSession({ mode: "excel", workbook });
    await session.follow();
    const note = { title: "The pane cannot follow edits", message: "Events are not supported" };
    expect(session.getState().followProblem).toMatchObject(note);
    await session.refresh();
    expect(session.getState().analysis).toBeDefined();
    // The note outlives the tasks after it: it is a lasting condition, not one task's failure.
    expect(session.getState().followProblem).toMatchObject(note);
    session.dismissFollowProblem();
    expect(session.getState().followProblem).toBeUndefined();
  });

  test("browser mode keeps the rows read, so a finding can show its row", async () => {
    const session = new PlanSession({ mode: "browser", workbook: new MemoryWorkbook() });
    await session.refresh();
    const analysis = session.getState().analysis;
    const f04 = analysis?.findings.find((f) => f.code === "F04");
    expect(f04 && session.rowOf(f04)?.values.slice(0, 3)).toEqual(["AL-033", "P-101", null]);
    const excel = new PlanSession({ mode: "excel", workbook: new MemoryWorkbook() });
    await excel.refresh();
    expect(f04 && excel.rowOf(f04)).toBeUndefined();
  });

  test("tells live workbooks from files", () => {
    expect(isLiveWorkbook(new MemoryWorkbook())).toBe(true);
    const file = { readTables: () => Promise.resolve([]), applyTemplate: () => new MemoryWorkbook().applyTemplate(), writeResults: () => Promise.resolve() };
    expect(isLiveWorkbook(file)).toBe(false);
    expect(isLiveWorkbook(undefined)).toBe(false);
  });
});
