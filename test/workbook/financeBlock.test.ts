/**
 * The Dashboard's Finance table: what finance books (Remaining, Committed, Payable, Pending, open
 * claims by age) for the whole plan and each initiative, written by the CLI's ExcelJS adapter and
 * by the Office.js adapter from the same layout block (figures of metricPlan.ts, worked out by
 * hand in test/engine/metrics/reportJson.test.ts).
 */
import ExcelJS from "exceljs";
import { analyze } from "../../src/engine";
import { excelMoneyFormat } from "../../src/model/money";
import { dashboardLayout, FINANCE_COLUMNS } from "../../src/workbook/layout";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { writeResults } from "../../src/workbook/xlsx/writeResults";
import { createFakeExcel } from "../fakes/fakeExcel";
import { metricPlan } from "../engine/metrics/metricPlan";

const analysis = analyze(metricPlan());
const finance = () => dashboardLayout(analysis).blocks.find((b) => b.key === "finance")!;

test("the Finance table gives the whole plan's finance figures, then each initiative's", () => {
  const block = finance();
  expect(block.title).toBe("Finance");
  expect(block.header).toEqual(["Initiative ID", "Initiative", "Remaining", "Committed", "Payable", "Pending", "Open 0-30 days", "Open 31-60 days", "Open 61-90 days", "Open over 90 days"]);
  // Budgets 15,000.50 - authorized 7,500 (A1 2,500 + A2 600 + A3 1,000 + A4 3,000 + A5 400; A6's PX is no
  // partner); 7,500 - paid 2,000.50 (C1 1,750.50 + C6 250); C2 (Approved, 100) owed; C3 (Submitted, 500)
  // pending; both filed in March and June, over 90 days on 30 November.
  expect(block.rows[0]).toEqual([null, "Whole plan", 7500.5, 5499.5, 100, 500, 0, 0, 0, 600]);
  expect(block.rows.slice(1).map((r) => r.slice(0, 2))).toEqual([["I-A", "Cloud"], ["I-B", "Security"], ["I-C", "Data"]]);
  // An initiative has no budget of its own: Remaining is blank, the rest are its tactics' claims.
  const cloud = analysis.initiatives[0].figures;
  expect(block.rows[1].slice(2)).toEqual([null, (cloud.committed ?? 0) / 100, cloud.payable / 100, cloud.pending / 100, 0, 0, 0, cloud.openClaimsByAge.over90Days / 100]);
  expect(block.formats.slice(2)).toEqual(FINANCE_COLUMNS.map(() => "money"));
});

test("the Finance table comes last: the tables above stay where charts drawn over them expect them", () => {
  const keys = dashboardLayout(analysis).blocks.map((b) => b.key);
  expect(keys.slice(0, 2)).toEqual(["totals", "partners"]);
  expect(keys.at(-1)).toBe("finance");
});

test("the CLI's Dashboard and Excel's both show the Finance table in money formats", async () => {
  const wb = new ExcelJS.Workbook();
  await writeResults(wb, analysis);
  const sheet = wb.getWorksheet("Dashboard")!;
  let title = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(1).value === "Finance") title = n;
  });
  expect(title).toBeGreaterThan(0);
  const whole = sheet.getRow(title + 2);
  expect([whole.getCell(2).value, whole.getCell(3).value, whole.getCell(4).value, whole.getCell(10).value]).toEqual(["Whole plan", 7500.5, 5499.5, 600]);
  expect(whole.getCell(3).numFmt).toBe(excelMoneyFormat(analysis.plan.settings.currency));

  const excel = createFakeExcel({ tables: metricPlan() });
  await new ExcelWorkbook(excel.host).writeResults(analysis);
  const dashboard = excel.sheet("Dashboard");
  let top = -1;
  for (let r = 0; r < dashboard.values.length && top < 0; r++) if (dashboard.value(r, 0) === "Finance") top = r;
  expect([1, 2, 3, 9].map((c) => dashboard.value(top + 2, c))).toEqual(["Whole plan", 7500.5, 5499.5, 600]);
  expect(dashboard.numberFormat(top + 2, 2)).toBe(excelMoneyFormat(analysis.plan.settings.currency));
});
