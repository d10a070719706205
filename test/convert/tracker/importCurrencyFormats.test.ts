/**
 * A tracker whose amounts are in euros makes a plan in EUR: its Settings say EUR and the money
 * cells of the tables the import makes are formatted in euros, not in the template's dollars, in a
 * file (ExcelJS, `jmp import`) and in Excel (the typed fake, the pane's Import a tracker).
 */
import { mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { currency, excelMoneyFormat } from "../../../src/model/money";
import { writeImport } from "../../../src/workbook/convert/tracker";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../../fakes/fakeExcel";
import { excel, jmp, sheet as sheetNamed } from "../../packs/packHelpers";

const SHEET = "Tracker";
const ROWS: unknown[][] = [
  ["Partner", "Activity", "Type", "Start", "End", "Total cost", "Requested", "Approved", "Revenue"],
  ["Northwind Systems", "Spring webinar", "Webinar", "12.03.2026", "12.03.2026", "12.000,00 €", "6.000,00 €", "6.000,00 €", "84.000,00 €"],
  ["Contoso GmbH", "Trade fair", "Trade show", "14.04.2026", "16.04.2026", "30.000,00 €", "15.000,00 €", "12.500,25 €", "120.000,00 €"],
];
const EURO = excelMoneyFormat(currency("EUR"));
const NOW = () => new Date(Date.UTC(2026, 11, 6));

/** Money columns the import fills (table, header). */
const MONEY: readonly (readonly [string, string])[] = [
  ["JmpTactics", "Total cost"],
  ["JmpTactics", "MDF requested"],
  ["JmpAllocations", "Amount"],
];

test("in a file: the new plan's money cells are formatted in euros", async () => {
  const workbook = XlsxWorkbook.create({ now: NOW });
  const sheet = workbook.workbook.addWorksheet(SHEET);
  ROWS.forEach((row, r) => row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v as never)));
  await writeImport(workbook, { name: SHEET, values: await workbook.readSheet(SHEET) }, {}, "Euro plan");

  const tables = await workbook.readTables();
  const settings = tables.find((t) => t.name === "JmpSettings");
  expect(settings?.rows.find((r) => r[0] === "Currency")?.[1]).toBe("EUR");
  for (const [table, header] of MONEY) {
    const raw = tables.find((t) => t.name === table);
    if (!raw) throw new Error(`no ${table}`);
    const ws = workbook.workbook.getWorksheet(raw.sheet);
    const col = raw.firstColumn + raw.headers.indexOf(header) + 1;
    const formats = raw.rows.map((_, i) => ws?.getCell(raw.headerRow + 2 + i - 1, col).numFmt);
    expect(formats.length).toBeGreaterThan(0);
    expect(new Set(formats)).toEqual(new Set([EURO]));
  }
});

test("in Excel (Office.js, on the fake): the new plan's money cells are formatted in euros", async () => {
  const excel = createFakeExcel({ sheets: [SHEET] });
  ROWS.forEach((row, r) => row.forEach((v, c) => excel.sheet(SHEET).setRaw(r, c, v)));
  const workbook = new ExcelWorkbook(excel.host, { now: NOW });
  await writeImport(workbook, { name: SHEET, values: await workbook.readSheet(SHEET) }, {}, "Euro plan");

  const tables = await workbook.readTables();
  expect(tables.find((t) => t.name === "JmpSettings")?.rows.find((r) => r[0] === "Currency")?.[1]).toBe("EUR");
  for (const [table, header] of MONEY) {
    const raw = tables.find((t) => t.name === table);
    if (!raw) throw new Error(`no ${table}`);
    const col = raw.firstColumn + raw.headers.indexOf(header);
    // Rows are 0-based on the fake: the header row's index is the first data row's minus one.
    const formats = raw.rows.map((_, i) => excel.sheet(raw.sheet).numberFormat(raw.headerRow + i, col));
    expect(formats.length).toBeGreaterThan(0);
    expect(new Set(formats)).toEqual(new Set([EURO]));
  }
});

test("jmp import: the plan file it makes (rows written at save) has its money in euros", async () => {
  const dir = mkdtempSync(join(tmpdir(), "jmp-import-eur-"));
  const tracker = new Workbook();
  const sheet = tracker.addWorksheet(SHEET);
  ROWS.forEach((row, r) => row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v as never)));
  await tracker.xlsx.writeFile(join(dir, "tracker.xlsx"));
  expect((await jmp("import", join(dir, "tracker.xlsx"), "-o", join(dir, "plan.xlsx"))).code).toBeLessThan(2);

  const plan = await excel(await readFile(join(dir, "plan.xlsx")));
  const tactics = sheetNamed(plan, "Tactics");
  const header = (tactics.getRow(1).values as unknown[]).indexOf("MDF requested");
  expect([tactics.getCell(2, header).value, tactics.getCell(2, header).numFmt, tactics.getCell(3, header).numFmt]).toEqual([6000, EURO, EURO]);
});
