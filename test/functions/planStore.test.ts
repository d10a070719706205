/**
 * The live plan behind the function cells: any number of cells cost one workbook read and one
 * analysis per change wave, every cell follows a change without the user pressing anything, and
 * a cancelled cell stops receiving.
 */
import { analyze } from "../../src/engine";
import { toCellValue } from "../../src/functions/errors";
import { computeFunction } from "../../src/functions/figureLookup";
import { PARTNER_FUNCTION_NAMES } from "../../src/functions/functionSpecs";
import type { FunctionName } from "../../src/functions/functionSpecs";
import { LiveFunctions } from "../../src/functions/liveFunctions";
import { PlanReadError, PlanStore } from "../../src/workbook/live/PlanStore";
import type { RawTable } from "../../src/model/rawTable";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { requireTableSpec } from "../../src/model/schema";
import { cellError, countingAnalyzer, MemoryWorkbook, na, RecordingInvocation, settle } from "./doubles";

const PARTNERS = ["P-101", "Fabrikam Solutions", "p-103", "*", "", "Lamna Networks", "P-110"];

/** One function cell: which function with which arguments. */
interface Cell {
  readonly name: FunctionName;
  readonly partner: unknown;
  readonly initiative?: unknown;
  readonly invocation: RecordingInvocation;
}

/** `count` cells cycling through every function and a spread of partner arguments. */
function cells(count: number): Cell[] {
  return Array.from({ length: count }, (_, i) => {
    const name = PARTNER_FUNCTION_NAMES[i % PARTNER_FUNCTION_NAMES.length];
    const partner = PARTNERS[i % PARTNERS.length];
    const initiative = i % 5 === 0 && name !== "BUDGET" && name !== "ISSUES" ? "INI-CLOUD" : undefined;
    return { name, partner, initiative, invocation: new RecordingInvocation() };
  });
}

function startAll(live: LiveFunctions<ReturnType<typeof cellError>>, list: readonly Cell[]): void {
  for (const c of list) live.stream(c.name, c.invocation, c.partner, c.initiative);
}

const analyses = new WeakMap<readonly RawTable[], ReturnType<typeof analyze>>();

/** What the cell must show for these tables, computed straight from the engine. */
function expectedShown(tables: readonly RawTable[], c: Cell) {
  let analysis = analyses.get(tables);
  if (!analysis) {
    analysis = analyze(tables);
    analyses.set(tables, analysis);
  }
  return toCellValue(computeFunction(analysis, c.name, c.partner, c.initiative), cellError);
}

let added = 0;

/** The tables plus one new Revenue outcome of `amount` for each given partner. */
function withRevenue(tables: readonly RawTable[], partners: readonly string[], amount: number): RawTable[] {
  const spec = requireTableSpec("JmpOutcomes");
  const headers = spec.columns.map((c) => c.header);
  return tables.map((t) => {
    if (t.name !== "JmpOutcomes") return t;
    const rows = partners.map((p) =>
      headers.map((h) => ({ "Outcome ID": `OC-NEW-${++added}`, "Partner ID": p, Metric: "Revenue", Value: amount, Date: new Date(Date.UTC(2026, 5, 1)) })[h] ?? null),
    );
    return { ...t, rows: [...t.rows, ...rows] };
  });
}

describe("one read per wave", () => {
  test("2,000 concurrent invocations cost exactly one workbook read and one analysis", async () => {
    const workbook = new MemoryWorkbook(samplePlanTables());
    const counter = countingAnalyzer();
    const store = new PlanStore(workbook, counter.analyzer);
    await store.start();
    const list = cells(2000);
    startAll(new LiveFunctions(store, cellError), list);
    await settle();

    expect(workbook.reads).toBe(1);
    expect(counter.runs).toBe(1);
    expect(store.subscriberCount).toBe(2000);
    const tables = workbook.tables;
    for (const c of list.slice(0, 120)) expect(c.invocation.results).toEqual([expectedShown(tables, c)]);
    expect(list.every((c) => c.invocation.results.length === 1)).toBe(true);
  });

  test("a change notification costs exactly one more read and every cell gets its new value", async () => {
    const workbook = new MemoryWorkbook(samplePlanTables());
    const counter = countingAnalyzer();
    const store = new PlanStore(workbook, counter.analyzer);
    await store.start();
    const list = cells(2000);
    startAll(new LiveFunctions(store, cellError), list);
    await settle();
    const before = list.filter((c) => c.name === "REVENUE" && c.partner === "P-101" && c.initiative === undefined)[0].invocation.shown;

    const changed = withRevenue(workbook.tables, ["P-101", "P-102", "P-103", "P-108", "P-110"], 1000);
    workbook.change(changed);
    await settle();

    expect(workbook.reads).toBe(2);
    expect(counter.runs).toBe(2);
    for (const c of list) expect(c.invocation.shown).toEqual(expectedShown(changed, c));
    const revenueCells = list.filter((c) => c.name === "REVENUE" && c.initiative === undefined);
    expect(revenueCells.length).toBeGreaterThan(0);
    for (const c of revenueCells) expect(c.invocation.results).toHaveLength(2);
    const after = revenueCells.find((c) => c.partner === "P-101")?.invocation.shown;
    expect(after).toBe((before as number) + 1000);
  });

  test("cells whose value the change leaves alone are not sent again", async () => {
    const workbook = new MemoryWorkbook(samplePlanTables());
    const store = new PlanStore(workbook);
    await store.start();
    const live = new LiveFunctions(store, cellError);
    const budget = new RecordingInvocation();
    const revenue = new RecordingInvocation();
    live.stream("BUDGET", budget, "P-101");
    live.stream("REVENUE", revenue, "P-101");
    await settle();
    workbook.change(withRevenue(workbook.tables, ["P-101"], 500));
    await settle();
    expect(budget.results).toEqual([250000]);
    expect(revenue.results).toHaveLength(2);
  });

  test("concurrent analysis() callers share one read; a later caller reuses it until the data changes", async () => {
    const workbook = new MemoryWorkbook(samplePlanTables());
    const store = new PlanStore(workbook);
    await store.start();
    const analyses = await Promise.all(Array.from({ length: 50 }, () => store.analysis()));
    expect(new Set(analyses).size).toBe(1);
    await store.analysis();
    expect(workbook.reads).toBe(1);
    workbook.change(workbook.tables);
    expect(workbook.reads).toBe(1);
    await store.analysis();
    expect(workbook.reads).toBe(2);
  });

  test("with no cell showing, a change costs no read until something asks", async () => {
    const workbook = new MemoryWorkbook(samplePlanTables());
    const store = new PlanStore(workbook);
    await store.start();
    workbook.change(workbook.tables);
    workbook.change(workbook.tables);
    await settle();
    expect(workbook.reads).toBe(0);
    expect(store.dataVersion).toBe(2);
  });

  test.each(["oldest first", "newest first"] as const)(
    "two waves whose reads overlap (finishing %s): only the newer plan is shown",
    async (order) => {
      const workbook = new MemoryWorkbook(samplePlanTables());
      const store = new PlanStore(workbook);
      await store.start();
      const revenue = new RecordingInvocation();
      new LiveFunctions(store, cellError).stream("REVENUE", revenue, "P-101");
      await settle();
      const first = revenue.shown as number;

      workbook.holdReads = true;
      const once = withRevenue(workbook.tables, ["P-101"], 100);
      workbook.change(once);
      await settle();
      workbook.change(withRevenue(once, ["P-101"], 100));
      await settle();
      expect(workbook.reads).toBe(3);
      workbook.releaseReads(order);
      await settle();

      expect(revenue.results).toEqual([first, first + 200]);
    },
  );
});

describe("cancellation", () => {
  test("cancelled invocations stop receiving and leave the store", async () => {
    const workbook = new MemoryWorkbook(samplePlanTables());
    const store = new PlanStore(workbook);
    await store.start();
    const list = cells(2000).map((c) => ({ ...c, name: "REVENUE" as FunctionName, initiative: undefined }));
    startAll(new LiveFunctions(store, cellError), list);
    await settle();
    const cancelled = list.filter((_, i) => i % 2 === 0);
    for (const c of cancelled) c.invocation.cancel();
    expect(store.subscriberCount).toBe(1000);

    const changed = withRevenue(workbook.tables, ["P-101", "P-102", "P-103", "P-108", "P-110"], 1000);
    workbook.change(changed);
    await settle();

    for (const c of cancelled) expect(c.invocation.results).toHaveLength(1);
    const kept = list.filter((_, i) => i % 2 === 1);
    for (const c of kept) expect(c.invocation.shown).toEqual(expectedShown(changed, c));
    expect(workbook.reads).toBe(2);
  });

  test("an invocation cancelled before the store exists never subscribes", async () => {
    const workbook = new MemoryWorkbook(samplePlanTables());
    let provide: (store: PlanStore) => void = () => undefined;
    const live = new LiveFunctions(
      new Promise<PlanStore>((resolve) => {
        provide = resolve;
      }),
      cellError,
    );
    const early = new RecordingInvocation();
    const waiting = new RecordingInvocation();
    live.stream("BUDGET", early, "P-101");
    live.stream("BUDGET", waiting, "P-102");
    early.cancel();
    await settle();
    expect(waiting.results).toEqual([]);

    const store = new PlanStore(workbook);
    provide(store);
    await settle();
    expect(early.results).toEqual([]);
    expect(waiting.results).toEqual([220000]);
    expect(store.subscriberCount).toBe(1);
    expect(workbook.reads).toBe(1);
  });

  test("an invocation cancelled while its first value is being shown leaves the store", async () => {
    const workbook = new MemoryWorkbook(samplePlanTables());
    const store = new PlanStore(workbook);
    await store.analysis();
    const live = new LiveFunctions(store, cellError);
    const replaced = new RecordingInvocation();
    replaced.setResult = (value) => {
      replaced.results.push(value);
      replaced.cancel();
    };
    live.stream("BUDGET", replaced, "P-101");
    await settle();
    expect(replaced.results).toEqual([250000]);
    expect(store.subscriberCount).toBe(0);
  });

  test("stop() ends following edits", async () => {
    const workbook = new MemoryWorkbook(samplePlanTables());
    const store = new PlanStore(workbook);
    await store.start();
    expect(workbook.listenerCount).toBe(1);
    store.stop();
    expect(workbook.listenerCount).toBe(0);
    expect(store.subscriberCount).toBe(0);
  });
});

describe("failures", () => {
  test("a wrong argument type answers #VALUE! at once and costs no read", async () => {
    const workbook = new MemoryWorkbook(samplePlanTables());
    const store = new PlanStore(workbook);
    const invocation = new RecordingInvocation();
    new LiveFunctions(store, cellError).stream("ROI", invocation, true);
    expect(invocation.results).toEqual([{ error: "#VALUE!", message: 'partner must be a Partner ID or partner name (or "*" for all partners)' }]);
    await settle();
    expect(workbook.reads).toBe(0);
    expect(store.subscriberCount).toBe(0);
  });

  test("a failed read shows #N/A with the reason, and the next wave reads again", async () => {
    const workbook = new MemoryWorkbook(samplePlanTables());
    const store = new PlanStore(workbook);
    await store.start();
    workbook.failWith = "the workbook is busy";
    const cellsNow = [new RecordingInvocation(), new RecordingInvocation()];
    const live = new LiveFunctions(store, cellError);
    for (const c of cellsNow) live.stream("BUDGET", c, "P-101");
    await settle();
    expect(workbook.reads).toBe(1);
    for (const c of cellsNow) expect(c.shown).toEqual(na("the JMP plan could not be read: the workbook is busy"));
    await expect(store.analysis()).rejects.toBeInstanceOf(PlanReadError);

    workbook.failWith = undefined;
    workbook.change(workbook.tables);
    await settle();
    for (const c of cellsNow) expect(c.shown).toBe(250000);
  });

  test("a listener that throws does not keep the value from the other cells", async () => {
    const workbook = new MemoryWorkbook(samplePlanTables());
    const store = new PlanStore(workbook);
    const received: string[] = [];
    store.subscribe(() => {
      throw new Error("broken cell");
    });
    store.subscribe((state) => received.push(state.ok ? "ok" : "failed"));
    await settle();
    expect(received).toEqual(["ok"]);
  });
});

describe("retries", () => {
  // The store's backoff runs on timers the test moves; promises and setImmediate stay real.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ["setImmediate", "nextTick", "queueMicrotask"] }));
  afterEach(() => jest.useRealTimers());

  /** A store with these retry delays and one BUDGET("P-101") cell showing its first value. */
  async function budgetCell(retryDelaysMs: readonly number[]) {
    const workbook = new MemoryWorkbook(samplePlanTables());
    const store = new PlanStore(workbook, undefined, { retryDelaysMs });
    await store.start();
    const cell = new RecordingInvocation();
    new LiveFunctions(store, cellError).stream("BUDGET", cell, "P-101");
    await settle();
    return { workbook, store, cell };
  }

  async function advance(ms: number): Promise<void> {
    jest.advanceTimersByTime(ms);
    await settle();
  }

  test("a failed read after good ones keeps the cells' values, retries with backoff, and shows the failure only when the retries are spent", async () => {
    const { workbook, store, cell } = await budgetCell([100, 200]);
    expect(cell.results).toEqual([250000]);

    workbook.failWith = "InvalidOperation";
    workbook.change(workbook.tables);
    await settle();
    expect(workbook.reads).toBe(2);
    await advance(99);
    expect(workbook.reads).toBe(2);
    await advance(1);
    expect(workbook.reads).toBe(3);
    expect(cell.results).toEqual([250000]);
    await advance(199);
    expect(workbook.reads).toBe(3);
    await advance(1);
    // The first read of the wave and two retries; then the failure is shown and reads stop.
    expect(workbook.reads).toBe(4);
    expect(cell.shown).toEqual(na("the JMP plan could not be read: InvalidOperation"));
    await advance(10_000);
    expect(workbook.reads).toBe(4);

    // The next change reads again and the cell recovers.
    workbook.failWith = undefined;
    workbook.change(workbook.tables);
    await settle();
    expect(cell.shown).toBe(250000);
    store.stop();
  });

  test("a retry that succeeds brings the new values without a change notification", async () => {
    const { workbook, store, cell } = await budgetCell([100]);
    workbook.failWith = "InvalidOperationInCellEditMode";
    workbook.change(withRevenue(workbook.tables, ["P-101"], 5));
    await settle();
    workbook.failWith = undefined;
    await advance(100);
    expect(workbook.reads).toBe(3);
    expect(cell.results).toEqual([250000]);
    expect(await store.analysis()).toBeDefined();
    expect(workbook.reads).toBe(3);
    store.stop();
  });

  test("a change during the backoff reads at once and cancels the pending retry", async () => {
    const { workbook, store, cell } = await budgetCell([100]);
    workbook.failWith = "busy";
    workbook.change(workbook.tables);
    await settle();
    workbook.failWith = undefined;
    workbook.change(workbook.tables);
    await settle();
    expect(workbook.reads).toBe(3);
    await advance(1000);
    expect(workbook.reads).toBe(3);
    expect(cell.results).toEqual([250000]);
    store.stop();
  });
});
