/**
 * The money functions' optional currency argument: blank is the plan currency; a partner's own
 * currency gives its amounts as typed; another code converts the plan figure at its latest rate.
 */
import { analyze } from "../../src/engine";
import { computeFunction } from "../../src/functions/figureLookup";
import { LiveFunctions } from "../../src/functions/liveFunctions";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { startSharedPlan } from "../../src/workbook/live/sharedPlan";
import { createFakeExcel } from "../fakes/fakeExcel";
import { d, workbook } from "../helpers/tables";
import { cellError, na, RecordingInvocation, until } from "./doubles";
import { eurPlan, lumpSum, planWithP001In } from "../engine/currencies/currencyPlan";

const tables = () => workbook(eurPlan([lumpSum("A1", 1000, d("2026-02-01")), lumpSum("A2", 2000, d("2026-10-01")), lumpSum("A3", 500, d("2026-02-01"), "P002")]));
const analysis = analyze(tables());

test("blank or the plan's code: the plan currency", () => {
  expect(computeFunction(analysis, "AUTHORIZED", "P001")).toBe(3280);
  expect(computeFunction(analysis, "AUTHORIZED", "P001", "", "", "usd")).toBe(3280);
});

test("the partner's own currency: its amounts as typed, through initiative and period too", () => {
  expect(computeFunction(analysis, "AUTHORIZED", "P001", "", "", "EUR")).toBe(3000);
  expect(computeFunction(analysis, "BUDGET", "P001", undefined, undefined, "EUR")).toBe(50000);
  // MDF requested of T1 (I-CLOUD): 10,000 EUR as typed, 10,800 USD at 1.08.
  expect(computeFunction(analysis, "AUTHORIZED", "P001", "I-CLOUD", "", "EUR")).toBe(0);
  expect(computeFunction(analysis, "SPEND", "P001", "", "FY2026-Q1", "EUR")).toBe(8500);
  expect(computeFunction(analysis, "SPEND", "P001", "", "FY2026-Q1")).toBe(9180);
});

test("another currency: the plan figure at that currency's latest rate, rounded once", () => {
  // P002's 500 USD at 1.10 USD per EUR = 454.5454... EUR -> 454.55.
  expect(computeFunction(analysis, "AUTHORIZED", "P002", "", "", "EUR")).toBe(454.55);
  // The whole plan: 3,780 USD / 1.10 = 3,436.3636... -> 3,436.36.
  expect(computeFunction(analysis, "AUTHORIZED", "*", "", "", "EUR")).toBe(3436.36);
});

test("a code with no rate is #N/A; a code that is no currency is #VALUE!", () => {
  expect(computeFunction(analysis, "AUTHORIZED", "P002", "", "", "GBP")).toEqual({ kind: "notAvailable", message: "no rate for GBP in the Rates table" });
  expect(computeFunction(analysis, "AUTHORIZED", "P002", "", "", "EURO")).toMatchObject({ kind: "invalidValue" });
  expect(computeFunction(analysis, "AUTHORIZED", "P002", "", "", 5)).toMatchObject({ kind: "invalidValue" });
});

test("ratios take no currency: a fourth argument is ignored", () => {
  expect(computeFunction(analysis, "COVERAGE", "P001", "", "", "XYZ")).toBe(computeFunction(analysis, "COVERAGE", "P001"));
});

test("cells with a currency stream over the Excel fake", async () => {
  const excel = createFakeExcel({ tables: tables() });
  const store = await startSharedPlan(new ExcelWorkbook(excel.host, { debounceMs: 5 }), {});
  const live = new LiveFunctions(store, cellError);
  const own = new RecordingInvocation();
  const budget = new RecordingInvocation();
  const noRate = new RecordingInvocation();
  live.stream("AUTHORIZED", own, "P001", "", "", "EUR");
  live.stream("BUDGET", budget, "P001", undefined, undefined, "EUR");
  live.stream("AUTHORIZED", noRate, "P001", "", "", "GBP");
  await until(() => [own, budget, noRate].every((c) => c.results.length === 1), 5, 30);
  expect(own.results).toEqual([3000]);
  expect(budget.results).toEqual([50000]);
  expect(noRate.results).toEqual([na("no rate for GBP in the Rates table")]);
});

test("a partner asked in its own currency when that currency has no rate: #N/A saying so, not 0", () => {
  const chf = analyze(workbook(planWithP001In("CHF", [], [lumpSum("A1", 1000, d("2026-02-01"))])));
  const failure = { kind: "notAvailable", message: "no rate for CHF in the Rates table, so P001's amounts are not counted" };
  expect(computeFunction(chf, "AUTHORIZED", "P001", "", "", "CHF")).toEqual(failure);
  expect(computeFunction(chf, "BUDGET", "P001", undefined, undefined, "chf")).toEqual(failure);
  expect(computeFunction(chf, "SPEND", "P001", "", "FY2026-Q1", "CHF")).toEqual(failure);
});
