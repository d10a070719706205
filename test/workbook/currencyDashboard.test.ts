/**
 * The Dashboard shows the plan currency, and for partners in another currency their figures in
 * it beside: a block of its own, in both hosts. A plan in one currency gets no such block.
 */
import ExcelJS from "exceljs";
import { analyze } from "../../src/engine";
import { currency, excelMoneyFormat } from "../../src/model/money";
import { dashboardLayout } from "../../src/workbook/layout";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { writeResults } from "../../src/workbook/xlsx/writeResults";
import { createFakeExcel } from "../fakes/fakeExcel";
import { cleanPlan, d, workbook } from "../helpers/tables";
import { eurPlan, lumpSum, planWithP001In } from "../engine/currencies/currencyPlan";

const tables = () => workbook(eurPlan([lumpSum("A1", 1000, d("2026-02-01")), lumpSum("A2", 2000.1, d("2026-10-01"))]));

test("the layout adds the partners in other currencies, their money in their currency", () => {
  const block = dashboardLayout(analyze(tables())).blocks.find((b) => b.key === "partnerCurrencies");
  expect(block?.rows).toHaveLength(1);
  const row = block!.rows[0];
  const at = (header: string) => row[block!.header.indexOf(header)];
  // Money as numbers in the partner's currency (so a column of one currency can be summed), the row naming it.
  expect([at("Partner ID"), at("Partner"), at("Authorized"), at("Budget")]).toEqual(["P001", "Northwind (EUR)", 3000.1, 50000]);
  expect(block!.rowCurrencies).toEqual(["EUR"]);
  expect(block!.formats[block!.header.indexOf("Authorized")]).toBe("money");
  // Ratios and counts are the same numbers in any currency.
  expect(block!.formats[block!.header.indexOf("Coverage")]).toBe("percent");
  expect(dashboardLayout(analyze(workbook(cleanPlan()))).blocks.some((b) => b.key === "partnerCurrencies")).toBe(false);
});

test("the xlsx Dashboard shows the block below By partner", async () => {
  const wb = new ExcelJS.Workbook();
  await writeResults(wb, analyze(tables()));
  const sheet = wb.getWorksheet("Dashboard")!;
  const cells: unknown[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell.value)));
  expect(cells).toContain("By partner, in the partner's own currency");
  expect(cells).toContain("Northwind (EUR)");
  let authorized: ExcelJS.Cell | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(2).value === "Northwind (EUR)") authorized = row.getCell(5);
  });
  expect([authorized?.value, authorized?.numFmt]).toEqual([3000.1, excelMoneyFormat(currency("EUR"))]);
});

test("the Excel Dashboard shows the block too", async () => {
  const excel = createFakeExcel({ tables: tables() });
  await new ExcelWorkbook(excel.host).writeResults(analyze(tables()), { activate: "dashboard" });
  const dashboard = excel.sheet("Dashboard");
  const values = dashboard.values.flat();
  expect(values).toContain("By partner, in the partner's own currency");
  const row = dashboard.values.findIndex((r) => r?.[1] === "Northwind (EUR)");
  expect([dashboard.value(row, 4), dashboard.numberFormat(row, 4)]).toEqual([3000.1, excelMoneyFormat(currency("EUR"))]);
});

test("a partner whose currency has no rate: its money reads 'no rate' in both hosts, never 0", async () => {
  const plan = planWithP001In("CHF", [], [lumpSum("A1", 1000, d("2026-02-01"))]);
  const analysis = analyze(workbook(plan));
  const block = dashboardLayout(analysis).blocks.find((b) => b.key === "partnerCurrencies")!;
  const at = (header: string) => block.rows[0][block.header.indexOf(header)];
  // Money unknown; ratios undefined; counts as they are (no outcome of P001 counts Leads here).
  expect([at("Partner"), at("Authorized"), at("Budget"), at("Revenue"), at("Coverage"), at("Leads")]).toEqual(["Northwind (CHF)", "no rate", "no rate", "no rate", null, 0]);
  const wb = new ExcelJS.Workbook();
  await writeResults(wb, analysis);
  let authorized: unknown;
  wb.getWorksheet("Dashboard")!.eachRow((row) => {
    if (row.getCell(2).value === "Northwind (CHF)") authorized = row.getCell(5).value;
  });
  expect(authorized).toBe("no rate");
  const excel = createFakeExcel({ tables: workbook(plan) });
  await new ExcelWorkbook(excel.host).writeResults(analysis, { activate: "dashboard" });
  const dashboard = excel.sheet("Dashboard");
  expect(dashboard.value(dashboard.values.findIndex((r) => r?.[1] === "Northwind (CHF)"), 4)).toBe("no rate");
});
