/**
 * The Dashboard's by-quarter table and its native chart, written through the Office.js adapter
 * on the Excel fake, for the July plan whose quarters were worked out by hand
 * (test/helpers/julyPlan.ts); and no such table for a plan without a period.
 */
import { analyze } from "../../../src/engine";
import { dashboardLayout } from "../../../src/workbook/layout";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../../fakes/fakeExcel";
import { settingsWith } from "../../helpers/findings";
import { julyPlanTables } from "../../helpers/julyPlan";
import { workbook } from "../../helpers/tables";

test("one row per quarter with its dates and figures, an Outside row, and a forecast vs actual chart over the quarters", async () => {
  const tables = julyPlanTables();
  const excel = createFakeExcel({ tables });
  await new ExcelWorkbook(excel.host).writeResults(analyze(tables), { activate: "dashboard" });
  const sheet = excel.sheet("Dashboard");
  let title = -1;
  for (let r = 0; r < sheet.values.length && title < 0; r++) if (sheet.value(r, 0) === "By quarter") title = r;
  expect(title).toBeGreaterThan(0);
  const header = (sheet.values[title + 1] ?? []).map(String);
  const at = (row: number, name: string) => sheet.value(title + 2 + row, header.indexOf(name));
  expect([0, 1, 2, 3].map((q) => [at(q, "Quarter"), at(q, "Dates")])).toEqual([
    ["FY2028-Q1", "2027-07-01 to 2027-09-30"],
    ["FY2028-Q2", "2027-10-01 to 2027-12-31"],
    ["FY2028-Q3", "2028-01-01 to 2028-03-31"],
    ["FY2028-Q4", "2028-04-01 to 2028-06-30"],
  ]);
  expect([0, 1, 2, 3].map((q) => [at(q, "Spend"), at(q, "Revenue"), at(q, "Forecast"), at(q, "Paid"), at(q, "Budget")])).toEqual([
    [800, 5000, 400, 800, ""],
    [0, 0, 200, 0, ""],
    [400, 0, 0, 0, ""],
    [0, 1000, 0, 0, ""],
  ]);
  // Then what no quarter holds, so the table adds up to the Total table: P1's whole-plan forecast
  // (1,000), T4 before the plan (requested 50, no claim), lump sum A5 without a date (70) and O3
  // after the plan (revenue 2,000). The chart below still plots the four quarters only.
  expect(["Quarter", "Dates", "Forecast", "Requested", "Authorized", "Spend", "Revenue", "Budget", "ROI"].map((name) => at(4, name))).toEqual(["Outside", "in no quarter", 1000, 50, 70, 0, 2000, "", ""]);
  expect(at(5, "Quarter")).toBe("");
  const chart = sheet.charts.find((c) => c.title === "Forecast vs actual by quarter");
  const column = (name: string) => String.fromCharCode(65 + header.indexOf(name));
  const rows = `$${title + 3}:$`;
  expect(chart?.series.map((s) => [s.name, s.values, s.xValues])).toEqual(
    ["Forecast", "Revenue", "Spend"].map((name) => [name, `Dashboard!$${column(name)}${rows}${column(name)}$${title + 6}`, `Dashboard!$A${rows}A$${title + 6}`]),
  );
});

test("a plan without Period start and end has no by-quarter table", () => {
  const analysis = analyze(workbook({}, settingsWith({ "Period start": undefined })));
  const keys = dashboardLayout(analysis).blocks.map((b) => b.key);
  expect(keys).toEqual(expect.arrayContaining(["totals", "partners", "tacticTypes"]));
  expect(keys).not.toContain("quarters");
  expect(dashboardLayout(analyze(julyPlanTables())).blocks.map((b) => b.key)).toContain("quarters");
});
