/**
 * The functions over the Office.js adapter, on the Excel fake: many function cells, a user's
 * edit (and a co-author's) in a JMP table, and the cells follow with exactly one workbook read
 * for the wave, counted both as `readTables` calls and as the fake's round trips.
 */
import { analyze } from "../../src/engine";
import { LiveFunctions } from "../../src/functions/liveFunctions";
import { PlanStore } from "../../src/workbook/live/PlanStore";
import { startSharedPlan } from "../../src/workbook/live/sharedPlan";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { requireTableSpec } from "../../src/model/schema";
import { columnLetters } from "../../src/model/rawTable";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../fakes/fakeExcel";
import { cellError, RecordingInvocation, sleep, until as waitUntil } from "./doubles";

const DEBOUNCE_MS = 5;
const CELLS = 500;

/** Waits for `done()` on the adapter's real timers, then long enough for a wrong extra read. */
function until(done: () => boolean): Promise<void> {
  return waitUntil(done, DEBOUNCE_MS, DEBOUNCE_MS * 6);
}

/** The A1 address of a column of a sample table's data row (header on row 1 from column A). */
function sampleCell(table: "JmpOutcomes" | "JmpPartners", header: string, dataRow: number): string {
  const index = requireTableSpec(table).columns.findIndex((c) => c.header === header);
  return `${columnLetters(index)}${dataRow + 2}`;
}

async function setup() {
  const tables = samplePlanTables();
  const excel = createFakeExcel({ tables });
  const workbook = new ExcelWorkbook(excel.host, { debounceMs: DEBOUNCE_MS });
  const reads = jest.spyOn(workbook, "readTables");
  const store = await startSharedPlan(workbook, {});
  const live = new LiveFunctions(store, cellError);
  const revenue = Array.from({ length: CELLS }, () => new RecordingInvocation());
  const budgets = Array.from({ length: CELLS }, () => new RecordingInvocation());
  revenue.forEach((cell, i) => live.stream("REVENUE", cell, i % 2 === 0 ? "P-103" : "Northwind Systems"));
  budgets.forEach((cell) => live.stream("BUDGET", cell, "*"));
  await until(() => [...revenue, ...budgets].every((c) => c.results.length === 1));
  return { tables, excel, workbook, reads, revenue, budgets };
}

test("the cells open with the engine's values, from one read", async () => {
  const { tables, reads, revenue, budgets } = await setup();
  const analysis = analyze(tables);
  const northwind = analysis.partners.find((p) => p.id === "P-103");
  expect(reads).toHaveBeenCalledTimes(1);
  for (const cell of revenue) expect(cell.results).toEqual([(northwind?.figures.revenue ?? NaN) / 100]);
  for (const cell of budgets) expect(cell.results).toEqual([1085000]);
});

test("one edit in a JMP table: every cell updated, exactly one workbook read for the wave", async () => {
  const { excel, workbook, reads, revenue, budgets } = await setup();

  // What one read of this workbook costs in round trips.
  excel.reset();
  await workbook.readTables();
  const syncsPerRead = excel.syncs;
  expect(syncsPerRead).toBeGreaterThan(0);
  reads.mockClear();
  excel.reset();

  // OC-001 is P-103's first outcome, Revenue 57,300; the user types 60,000 over it.
  const row = samplePlanTables()
    .find((t) => t.name === "JmpOutcomes")
    ?.rows.findIndex((r) => r[0] === "OC-001");
  expect(row).toBe(0);
  const before = revenue[0].shown as number;
  excel.edit("Outcomes", sampleCell("JmpOutcomes", "Value", 0), [[60000]]);
  await until(() => revenue.every((c) => c.results.length === 2));

  expect(reads).toHaveBeenCalledTimes(1);
  expect(excel.syncs).toBe(syncsPerRead);
  for (const cell of revenue) expect(cell.shown).toBeCloseTo(before + 2700, 6);
  // The budgets did not change, so those cells were left alone.
  for (const cell of budgets) expect(cell.results).toEqual([1085000]);
});

test("a co-author's edit to a budget reaches the cells the same way", async () => {
  const { excel, reads, budgets } = await setup();
  reads.mockClear();
  excel.reset();
  // P-101 Adatum's budget goes from 250,000 to 300,000 in another user's session.
  excel.edit("Partners", sampleCell("JmpPartners", "MDF budget", 0), [[300000]], "Remote");
  await until(() => budgets.every((c) => c.results.length === 2));
  expect(reads).toHaveBeenCalledTimes(1);
  for (const cell of budgets) expect(cell.shown).toBe(1135000);
});

describe("the user typing in a cell when the re-read comes", () => {
  /** Cells over a fake whose batches fail in cell edit mode (a host without `delayForCellEdit`). */
  async function refusingSetup() {
    const excel = createFakeExcel({ tables: samplePlanTables(), delayForCellEdit: false });
    const workbook = new ExcelWorkbook(excel.host, { debounceMs: DEBOUNCE_MS });
    const reads = jest.spyOn(workbook, "readTables");
    const store = new PlanStore(workbook, undefined, { retryDelaysMs: [DEBOUNCE_MS, 300, 600, 1200, 2400] });
    await store.start();
    const cells = Array.from({ length: 20 }, () => new RecordingInvocation());
    const live = new LiveFunctions(store, cellError);
    cells.forEach((cell) => live.stream("REVENUE", cell, "P-103"));
    return { excel, reads, store, cells };
  }

  test("a refused read keeps the cells' last values and is retried once the user leaves the cell", async () => {
    const { excel, reads, store, cells } = await refusingSetup();
    await until(() => cells.every((c) => c.results.length === 1));
    const before = cells[0].shown as number;
    reads.mockClear();
    excel.reset();

    excel.edit("Outcomes", sampleCell("JmpOutcomes", "Value", 0), [[60000]]);
    // The user goes on typing in the next cell before the debounced re-read runs.
    excel.beginCellEdit();
    await until(() => excel.meter.refused >= 2);
    expect(excel.meter.log.filter((r) => r.refused !== undefined).every((r) => r.refused === "InvalidOperationInCellEditMode")).toBe(true);
    // No #N/A meanwhile: the cells still show the last plan read.
    for (const cell of cells) expect(cell.results).toEqual([before]);

    excel.endCellEdit();
    await until(() => cells.every((c) => c.results.length === 2));
    for (const cell of cells) expect(cell.shown).toBeCloseTo(before + 2700, 6);
    expect(reads.mock.calls.length).toBeGreaterThanOrEqual(3);
    store.stop();
  });

  test("cells opened during a cell edit show why, then the values once the read succeeds", async () => {
    const excel = createFakeExcel({ tables: samplePlanTables(), delayForCellEdit: false });
    excel.beginCellEdit();
    const workbook = new ExcelWorkbook(excel.host, { debounceMs: DEBOUNCE_MS });
    const store = new PlanStore(workbook, undefined, { retryDelaysMs: [40, 80, 160, 320] });
    void store.start().catch(() => undefined);
    const cell = new RecordingInvocation();
    new LiveFunctions(store, cellError).stream("BUDGET", cell, "*");
    await until(() => cell.results.length === 1);
    expect(cell.shown).toEqual(expect.objectContaining({ error: "#N/A" }));
    excel.endCellEdit();
    await until(() => cell.results.length === 2);
    expect(cell.shown).toBe(1085000);
    store.stop();
  });

  test("with delayForCellEdit (the add-in's host) the read waits for the edit to end and nothing fails", async () => {
    const { excel, reads, revenue } = await setup();
    const before = revenue[0].shown as number;
    reads.mockClear();
    excel.reset();
    excel.edit("Outcomes", sampleCell("JmpOutcomes", "Value", 0), [[60000]]);
    excel.beginCellEdit();
    await sleep(DEBOUNCE_MS * 10);
    expect(revenue[0].results).toEqual([before]);
    excel.endCellEdit();
    await until(() => revenue.every((c) => c.results.length === 2));
    expect(reads).toHaveBeenCalledTimes(1);
    expect(excel.meter.refused).toBe(0);
  });
});

describe("changes no table event reports", () => {
  test("a drop-down choice on the web and a recalculated value both refresh the cells", async () => {
    const { excel, reads, revenue } = await setup();
    const before = revenue[0].shown as number;
    reads.mockClear();
    // OC-001 (P-103, Revenue 57,300) becomes another metric: chosen from the cell's drop-down list.
    excel.pick("Outcomes", sampleCell("JmpOutcomes", "Metric", 0), "Leads");
    await until(() => revenue.every((c) => c.results.length === 2));
    expect(revenue[0].shown).toBeCloseTo(before - 57300, 6);
    expect(reads).toHaveBeenCalledTimes(1);

    // Back to Revenue, and its value recalculated by a formula to 60,000.
    excel.pick("Outcomes", sampleCell("JmpOutcomes", "Metric", 0), "Revenue");
    await until(() => revenue.every((c) => c.results.length === 3));
    excel.recalculate("Outcomes", sampleCell("JmpOutcomes", "Value", 0), [[60000]]);
    await until(() => revenue.every((c) => c.results.length === 4));
    expect(revenue[0].shown).toBeCloseTo(before + 2700, 6);
    expect(reads).toHaveBeenCalledTimes(3);
  });
});
