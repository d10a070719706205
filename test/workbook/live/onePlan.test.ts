/**
 * SPEC section 9's bar: reads per change wave = 1 with the pane, the functions and the ribbon
 * commands all live. The three share the page's one live plan (`sharedPlan.ts`) over the
 * Office.js adapter on the Excel fake; a user's edit makes one read and one analysis, and every
 * consumer sees the new figures.
 */
import { checkPlan } from "../../../src/commands/planCommands";
import * as engine from "../../../src/engine";
import { LiveFunctions } from "../../../src/functions/liveFunctions";
import { samplePlanTables } from "../../../src/model/sample/samplePlan";
import { columnLetters } from "../../../src/model/rawTable";
import { requireTableSpec } from "../../../src/model/schema";
import { PlanSession } from "../../../src/taskpane/session/PlanSession";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { sharedPlanStore, startSharedPlan } from "../../../src/workbook/live/sharedPlan";
import { createFakeExcel } from "../../fakes/fakeExcel";
import { cellError, RecordingInvocation, settle, until as waitUntil } from "../../functions/doubles";

const DEBOUNCE_MS = 5;

/** Waits for `done()`, then long enough that a wrongly doubled read would have happened. */
function until(done: () => boolean): Promise<void> {
  return waitUntil(done, DEBOUNCE_MS, DEBOUNCE_MS * 8);
}

function valueCell(dataRow: number): string {
  const index = requireTableSpec("JmpOutcomes").columns.findIndex((c) => c.header === "Value");
  return `${columnLetters(index)}${dataRow + 2}`;
}

test("pane, functions and commands live: one read and one analysis per change wave", async () => {
  const excel = createFakeExcel({ tables: samplePlanTables() });
  const scope = {};
  // The pane's entry, as index.tsx builds it.
  const paneWorkbook = new ExcelWorkbook(excel.host, { debounceMs: DEBOUNCE_MS });
  const reads = jest.spyOn(paneWorkbook, "readTables");
  const analyses = jest.spyOn(engine, "analyze");
  const plan = sharedPlanStore(paneWorkbook, scope);
  const session = new PlanSession({ mode: "excel", workbook: paneWorkbook, plan, pause: async () => undefined });
  await session.follow();
  await session.refresh();
  // The functions' script gets the same store, whatever workbook it passes.
  const functionsWorkbook = new ExcelWorkbook(excel.host, { debounceMs: DEBOUNCE_MS });
  const functionsReads = jest.spyOn(functionsWorkbook, "readTables");
  expect(await startSharedPlan(functionsWorkbook, scope)).toBe(plan);
  const cells = Array.from({ length: 200 }, () => new RecordingInvocation());
  const live = new LiveFunctions(plan, cellError);
  cells.forEach((cell) => live.stream("REVENUE", cell, "P-103"));
  // A ribbon command run now uses the same store too.
  const commandWorkbook = new ExcelWorkbook(excel.host);
  const commandReads = jest.spyOn(commandWorkbook, "readTables");
  expect(sharedPlanStore(commandWorkbook, scope)).toBe(plan);
  await checkPlan(commandWorkbook, sharedPlanStore(commandWorkbook, scope));
  await until(() => cells.every((c) => c.results.length === 1));
  expect(reads).toHaveBeenCalledTimes(1);
  expect(functionsReads).not.toHaveBeenCalled();
  expect(commandReads).not.toHaveBeenCalled();
  expect(analyses).toHaveBeenCalledTimes(1);
  const before = cells[0].shown as number;
  const first = session.getState().analysis;
  expect(first).toBeDefined();
  analyses.mockClear();

  // The user types a new outcome value: one wave.
  reads.mockClear();
  excel.edit("Outcomes", valueCell(0), [[60000]]);
  await until(() => cells.every((c) => c.results.length === 2) && session.getState().analysis !== first);
  // The command after the wave uses the wave's analysis.
  await checkPlan(commandWorkbook, sharedPlanStore(commandWorkbook, scope));
  await settle();

  expect(reads).toHaveBeenCalledTimes(1);
  expect(functionsReads).not.toHaveBeenCalled();
  expect(commandReads).not.toHaveBeenCalled();
  expect(analyses).toHaveBeenCalledTimes(1);
  for (const cell of cells) expect(cell.shown).toBeCloseTo(before + 2700, 6);
  const revenue = session.getState().analysis?.partners.find((p) => p.id === "P-103")?.figures.revenue;
  expect(revenue).toBe(Math.round((before + 2700) * 100));
  expect(excel.values("Issues", "A1")).toEqual([["Issues"]]);
  session.dispose();
  plan.stop();
});

test("the pane closing leaves the functions' live plan following edits", async () => {
  const excel = createFakeExcel({ tables: samplePlanTables() });
  const scope = {};
  const workbook = new ExcelWorkbook(excel.host, { debounceMs: DEBOUNCE_MS });
  const plan = sharedPlanStore(workbook, scope);
  const session = new PlanSession({ mode: "excel", workbook, plan, pause: async () => undefined });
  await session.follow();
  const cell = new RecordingInvocation();
  new LiveFunctions(plan, cellError).stream("REVENUE", cell, "P-103");
  await until(() => cell.results.length === 1);
  session.dispose();
  excel.edit("Outcomes", valueCell(0), [[60000]]);
  await until(() => cell.results.length === 2);
  expect(plan.isFollowing).toBe(true);
  plan.stop();
});
