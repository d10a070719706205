/**
 * A tracker imported into an existing plan (the pane's import, in a file and in Excel) whose
 * tables end with a EUR partner's rows: each new row's money shows its partner's currency, a
 * claim its new tactic's partner's, instead of the euros of the row above.
 */
import { currency, excelMoneyFormat } from "../../../src/model/money";
import type { RawTable } from "../../../src/model/rawTable";
import { writeImport } from "../../../src/workbook/convert/tracker";
import type { ImportableWorkbook } from "../../../src/workbook/port";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { openStreamFirst } from "../../../src/workbook/xlsx/openStreamFirst";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { edited, excel, sheet } from "../../packs/packHelpers";
import { eurLastRowsPlanBytes, fakeMoneyFormats, fakeOf, MONEY_HEADERS } from "../../workbook/moneyFormatPlans";

const EURO = excelMoneyFormat(currency("EUR"));
const DOLLAR = excelMoneyFormat(currency("USD"));
const SHEET = "MDF tracker";
const TRACKER: readonly (readonly unknown[])[] = [
  ["Reseller", "Activity", "Type", "Start", "End", "Total Cost", "Requested", "Approved", "Claimed"],
  ["Adatum Corporation", "Dollar webinar", "Webinar", "2026-07-01", "2026-07-01", 1000, 500, 500, 400],
  ["Northwind Systems", "Euro roadshow", "Event", "2026-07-10", "2026-07-12", 2000, 900, 900, 800],
];
/** The tables that take a row per activity, and the partner of each new row: P-101 (dollars), then P-103 (euros). */
const EXPECTED = { JmpJointPlan: [DOLLAR, EURO], JmpTactics: [DOLLAR, EURO], JmpAllocations: [DOLLAR, EURO], JmpClaims: [DOLLAR, EURO] } as const;

async function planWithTracker(): Promise<Uint8Array> {
  return edited(await eurLastRowsPlanBytes(), (wb) => {
    const ws = wb.addWorksheet(SHEET);
    TRACKER.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v as never)));
  });
}

async function importInto(workbook: ImportableWorkbook): Promise<void> {
  const { imported } = await writeImport(workbook, { name: SHEET, values: await workbook.readSheet(SHEET) }, {}, "Plan");
  expect(imported.counts.JmpTactics).toEqual({ added: 2, updated: 0, unchanged: 0 });
  expect(imported.counts.JmpPartners).toBeUndefined();
}

/** Each money column's format in the table's new rows (after `before`'s), one list per row. */
function expectedFormats(table: RawTable, formats: readonly string[]): string[][] {
  const columns = table.headers.filter((h) => MONEY_HEADERS.has(String(h)));
  return formats.map((f) => columns.map(() => f));
}

test("in a file (browser mode), the new rows' money shows each partner's currency, below a euro partner's rows", async () => {
  const plan = await openStreamFirst(await planWithTracker());
  const before = await plan.readTables();
  await importInto(plan);
  const book = await excel(await plan.toBuffer());
  for (const [name, formats] of Object.entries(EXPECTED)) {
    const table = before.find((t) => t.name === name) as RawTable;
    const ws = sheet(book, table.sheet);
    const first = table.headerRow + table.rows.length + 1;
    const got = formats.map((_, i) => table.headers.flatMap((h, c) => (MONEY_HEADERS.has(String(h)) ? [ws.getCell(first + i, table.firstColumn + c + 1).numFmt] : [])));
    expect([name, got]).toEqual([name, expectedFormats(table, formats)]);
    const above = ws.getCell(first - 1, table.firstColumn + 1 + table.headers.findIndex((h) => MONEY_HEADERS.has(String(h)))).numFmt;
    // The Joint Plan ends with a dollar partner's row: the euro partner's new one must not copy it either.
    expect(above).toBe(name === "JmpJointPlan" ? DOLLAR : EURO);
  }
});

test("in Excel (Office.js, on the fake), the same import formats the new rows the same way", async () => {
  const bytes = await planWithTracker();
  const { fake, tables } = await fakeOf(bytes, false, [SHEET]);
  const tracker = await (await XlsxWorkbook.load(bytes)).readSheet(SHEET);
  tracker.rows.forEach((row, r) => row.forEach((v, c) => fake.sheet(SHEET).setRaw(tracker.headerRow + r, c, v)));
  tracker.headers.forEach((h, c) => fake.sheet(SHEET).setRaw(tracker.headerRow - 1, c, h));
  await importInto(new ExcelWorkbook(fake.host));
  for (const [name, formats] of Object.entries(EXPECTED)) {
    const table = tables.find((t) => t.name === name) as RawTable;
    expect([name, fakeMoneyFormats(fake, table, table.headerRow + table.rows.length, formats.length)]).toEqual([name, expectedFormats(table, formats)]);
  }
});
