/**
 * The functions' optional last `period` argument and the finance functions, on the July plan
 * whose quarters were worked out by hand (test/helpers/julyPlan.ts): as pure calls, and as cells
 * streaming over the Office.js adapter on the Excel fake.
 */
import { analyze } from "../../src/engine";
import { toCellValue } from "../../src/functions/errors";
import { computeFunction } from "../../src/functions/figureLookup";
import { LiveFunctions } from "../../src/functions/liveFunctions";
import type { FunctionName } from "../../src/functions/functionSpecs";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { startSharedPlan } from "../../src/workbook/live/sharedPlan";
import { createFakeExcel } from "../fakes/fakeExcel";
import { julyPlanTables } from "../helpers/julyPlan";
import { cellError, na, RecordingInvocation, until } from "./doubles";

const july = analyze(julyPlanTables());
const cell = (name: FunctionName, partner?: unknown, initiative?: unknown, period?: unknown) => toCellValue(computeFunction(july, name, partner, initiative, period), cellError);

describe("the period argument", () => {
  test("a quarter's figure: the tactic on its last day, its claims, its forecasts", () => {
    expect(cell("SPEND", "P1", undefined, "FY2028-Q1")).toBe(800);
    expect(cell("AUTHORIZED", "*", "", "FY2028-Q4")).toBe(250);
    expect(cell("FORECAST", "*", "", "fy2028-q1")).toBe(400);
    expect(cell("FORECAST", "P1", "I1", "FY2028-Q1")).toBe(300);
    expect(cell("REVENUE", "", "I1", "FY2028-Q4")).toBe(1000);
    expect(cell("ATTAINMENT", "*", "", "FY2028-Q1")).toBe(12.5);
  });

  test("a month's figure, by its label", () => {
    expect(cell("REVENUE", "*", "", "2027-07")).toBe(5000);
    expect(cell("AUTHORIZED", "P2", "", "2028-02")).toBe(400);
  });

  test('blank or "*" is the whole plan', () => {
    for (const period of [undefined, null, "", "*", " * "]) expect(cell("SPEND", "P1", "", period)).toBe(800);
    expect(cell("REVENUE", "*", "", "*")).toBe(8000);
  });

  test('an unknown label is #N/A "unknown period"; a label of the wrong type #VALUE!', () => {
    expect(cell("SPEND", "P1", "", "FY2030-Q1")).toEqual(na("unknown period FY2030-Q1"));
    expect(cell("SPEND", "P1", "", "2029-01")).toEqual(na("unknown period 2029-01"));
    expect(cell("SPEND", "P1", "", "Q1")).toEqual(na("unknown period Q1"));
    expect(cell("SPEND", "P1", "", true)).toMatchObject({ error: "#VALUE!" });
  });

  test("a ratio with nothing under it in the period is #N/A with its reason", () => {
    expect(cell("ATTAINMENT", "*", "", "FY2028-Q3")).toEqual(na("no forecast"));
    expect(cell("ROI", "P1", "", "FY2028-Q2")).toEqual(na("no spend yet"));
  });
});

describe("finance functions", () => {
  test("REMAINING is Budget - Authorized, the partner's alone; #N/A without a budget", () => {
    expect(cell("REMAINING", "P1")).toBe(10_000 - 1_620);
    expect(cell("REMAINING", "P2")).toEqual(na("no MDF budget set"));
    // The whole plan's: what P1's authorizations leave of P1's budget; P2's have none to come out of.
    expect(cell("REMAINING")).toBe(10_000 - 1_620);
  });

  test("COMMITTED, PAYABLE and PENDING in total, per partner, per initiative and per quarter", () => {
    expect(cell("COMMITTED")).toBe(2_020 - 800);
    expect(cell("PAYABLE")).toBe(400);
    expect(cell("PENDING")).toBe(670);
    expect(cell("PENDING", "P1")).toBe(650);
    expect(cell("PENDING", "P2", "I1")).toBe(20);
    expect(cell("PENDING", "*", "", "FY2028-Q2")).toBe(600);
    expect(cell("PAYABLE", "*", "", "FY2028-Q3")).toBe(400);
    expect(cell("COMMITTED", "P1", "", "FY2028-Q1")).toBe(200);
  });
});

test("cells with a period stream over the Excel fake, and follow an edit of a claim", async () => {
  const excel = createFakeExcel({ tables: julyPlanTables() });
  const workbook = new ExcelWorkbook(excel.host, { debounceMs: 5 });
  const store = await startSharedPlan(workbook, {});
  const live = new LiveFunctions(store, cellError);
  const spendQ1 = new RecordingInvocation();
  const pendingQ2 = new RecordingInvocation();
  const unknown = new RecordingInvocation();
  live.stream("SPEND", spendQ1, "P1", undefined, "FY2028-Q1");
  live.stream("PENDING", pendingQ2, "*", "", "FY2028-Q2");
  live.stream("SPEND", unknown, "P1", "", "FY2031-Q1");
  await until(() => [spendQ1, pendingQ2, unknown].every((c) => c.results.length === 1), 5, 30);
  expect(spendQ1.results).toEqual([800]);
  expect(pendingQ2.results).toEqual([600]);
  expect(unknown.results).toEqual([na("unknown period FY2031-Q1")]);
  // C2 (T2, Q2, Submitted) is the third claim: sheet row 4; Amount claimed is column C.
  excel.edit("Claims", "C4", [[700]]);
  await until(() => pendingQ2.results.length === 2, 5, 30);
  expect(pendingQ2.results).toEqual([600, 800]);
  expect(spendQ1.results).toEqual([800]);
});
