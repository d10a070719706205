/**
 * Rows appended to a JMP table (the convert view, imports) take their own partner currency's
 * money format, not the row above's, in both writers: ExcelJS (`XlsxWorkbook.appendRows`) and
 * Office.js (`ExcelWorkbook.appendRows`, on the fake, with no sync more). The plan's last rows are
 * a EUR partner's; a dollar partner's row appended below them shows dollars, a euro partner's
 * euros, a claim takes its tactic's partner's, and a row of no known partner the plan's. A plan
 * without foreign partners appends exactly as before: new rows copy even a money format of the
 * user's own.
 */
import type { Worksheet } from "exceljs";
import { currency, excelMoneyFormat } from "../../src/model/money";
import type { RawTable } from "../../src/model/rawTable";
import type { TableName } from "../../src/model/schema";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { rowCurrencies } from "../../src/workbook/rowCurrencies";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { customMoneyPlanBytes, eurLastRowsPlanBytes, fakeMoneyFormats, fakeOf, MONEY_HEADERS } from "./moneyFormatPlans";
import { excel, sheet } from "../packs/packHelpers";

const EURO = excelMoneyFormat(currency("EUR"));
const DOLLAR = excelMoneyFormat(currency("USD"));
/** A money format of the user's own, on the last rows of a plan without foreign partners: new rows copy it. */
const CUSTOM = "#,##0.00 [own]";

/** Rows appended to each table, and the money format each must show: dollar and euro partners, an unknown one, none. */
const APPENDS: readonly { table: TableName; rows: Record<string, unknown>[]; formats: string[] }[] = [
  {
    table: "JmpTactics",
    rows: [
      { "Tactic ID": "T-90001", "Partner ID": "P-101", "Total cost": 1000, "MDF requested": 500, Start: new Date(Date.UTC(2026, 6, 1)) },
      { "Tactic ID": "T-90002", "Partner ID": "p-103 ", "Total cost": 2000, "MDF requested": 900 },
      { "Tactic ID": "T-90003", "Partner ID": "P-999", "Total cost": 300 },
      { "Tactic ID": "T-90004", "Total cost": 400 },
    ],
    formats: [DOLLAR, EURO, DOLLAR, DOLLAR],
  },
  {
    table: "JmpAllocations",
    rows: [
      { "Allocation ID": "AL-901", "Partner ID": "P-101", Amount: 500 },
      { "Allocation ID": "AL-902", "Partner ID": "P-103", "Tactic ID": "T-26001", Amount: 900 },
    ],
    formats: [DOLLAR, EURO],
  },
  {
    table: "JmpClaims",
    rows: [
      { "Claim ID": "CL-901", "Tactic ID": "T-26001", "Amount claimed": 450 },
      { "Claim ID": "CL-902", "Tactic ID": "T-26080", "Amount claimed": 800, "Amount approved": 700 },
      { "Claim ID": "CL-903", "Tactic ID": "T-NONE", "Amount claimed": 10 },
    ],
    formats: [DOLLAR, EURO, DOLLAR],
  },
  {
    table: "JmpPartners",
    rows: [
      { "Partner ID": "P-901", Partner: "Euro GmbH", "MDF budget": 1000, Currency: "eur" },
      { "Partner ID": "P-902", Partner: "Dollar Inc", "MDF budget": 2000 },
    ],
    formats: [EURO, DOLLAR],
  },
];

/** The number format of every cell of the rows below `from` in the money columns of `ws` (by header). */
function moneyFormatsBelow(ws: Worksheet, from: number, count: number): string[][] {
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  const columns = headers.flatMap((h, c) => (MONEY_HEADERS.has(h) ? [c] : []));
  return Array.from({ length: count }, (_, i) => columns.map((c) => ws.getCell(from + i, c).numFmt));
}

/** The rows of `APPENDS` in the plan currency only (no partner added in euros). */
const PLAN_CURRENCY_APPENDS = APPENDS.map((a) => ({ ...a, rows: a.rows.filter((r) => r.Currency === undefined) }));

describe("ExcelJS writer (convert view, imports in a file)", () => {
  test.each(APPENDS.map((a) => [a.table, a]))("rows appended to %s below a euro partner's take their own currency's money format", async (_name, append) => {
    const plan = await XlsxWorkbook.load(await eurLastRowsPlanBytes());
    const tables = await plan.readTables();
    const before = tables.find((t) => t.name === append.table) as RawTable;
    await plan.appendRows(append.table, append.rows, rowCurrencies(tables));
    const ws = sheet(await excel(await plan.toBuffer()), before.sheet);
    const first = before.headerRow + before.rows.length + 1;
    const expected = append.formats.map((f) => moneyFormatsBelow(ws, first, 1)[0].map(() => f));
    expect(moneyFormatsBelow(ws, first, append.rows.length)).toEqual(expected);
    if (append.table !== "JmpPartners") expect(moneyFormatsBelow(ws, first - 1, 1)[0].every((f) => f === EURO)).toBe(true);
    // Other cells still copy the row above: the dates' format.
    if (append.table === "JmpTactics") expect(ws.getCell(first, 6).numFmt).toBe(ws.getCell(first - 1, 6).numFmt);
  });

  test("a plan without partners in other currencies appends exactly as before", async () => {
    const bytes = await customMoneyPlanBytes(CUSTOM);
    const formats = async (withCurrencies: boolean): Promise<string[]> => {
      const plan = await XlsxWorkbook.load(bytes);
      const tables = await plan.readTables();
      for (const a of PLAN_CURRENCY_APPENDS) await plan.appendRows(a.table, a.rows, withCurrencies ? rowCurrencies(tables) : undefined);
      const book = await excel(await plan.toBuffer());
      return book.worksheets.flatMap((ws) => ws.getSheetValues().flatMap((_row, r) => (ws.getRow(r).values as unknown[]).map((_v, c) => `${ws.name}!${r},${c}:${ws.getCell(r, c).numFmt ?? ""}`)));
    };
    const before = await formats(false);
    expect(before.filter((f) => f.endsWith(CUSTOM)).length).toBeGreaterThan(4);
    expect(await formats(true)).toEqual(before);
  });
});

describe.each([
  ["just below the table", false],
  ["by inserting cells, something sitting below the table", true],
])("Office.js writer (the pane in Excel, on the fake), rows %s", (_where, somethingBelow) => {
  test.each(APPENDS.map((a) => [a.table, a]))("rows appended to %s take their own currency's money format, in as many syncs as before", async (_name, append) => {
    const { fake, tables } = await fakeOf(await eurLastRowsPlanBytes(), somethingBelow);
    const before = tables.find((t) => t.name === append.table) as RawTable;
    const first = before.headerRow + before.rows.length;
    await new ExcelWorkbook(fake.host).appendRows(append.table, append.rows, rowCurrencies(tables));
    const syncs = fake.syncs;
    const expected = append.formats.map((f) => fakeMoneyFormats(fake, before, first, 1)[0].map(() => f));
    expect(fakeMoneyFormats(fake, before, first, append.rows.length)).toEqual(expected);
    if (append.table !== "JmpPartners") expect(fakeMoneyFormats(fake, before, first - 1, 1)[0].every((f) => f === EURO)).toBe(true);
    if (somethingBelow) expect(fake.sheet(before.sheet).value(first + append.rows.length, before.firstColumn + before.headers.length - 1)).toBe("Notes below");

    // The rows appended as before (copying the last row's formats) take the same round trips.
    const plain = (await fakeOf(await eurLastRowsPlanBytes(), somethingBelow)).fake;
    await new ExcelWorkbook(plain.host).appendRows(append.table, append.rows);
    expect(syncs).toBe(plain.syncs);
  });

  test("a plan without partners in other currencies appends exactly as before, formats and requests", async () => {
    const run = async (withCurrencies: boolean) => {
      const { fake, tables } = await fakeOf(await customMoneyPlanBytes(CUSTOM), somethingBelow);
      for (const a of PLAN_CURRENCY_APPENDS) await new ExcelWorkbook(fake.host).appendRows(a.table, a.rows, withCurrencies ? rowCurrencies(tables) : undefined);
      const formats = tables.map((t) => fakeMoneyFormats(fake, t, t.headerRow, t.rows.length + 5));
      return { formats, syncs: fake.syncs, requests: fake.meter.log.map((r) => r.requestBytes) };
    };
    const before = await run(false);
    expect(before.formats.flat(2).filter((f) => f === CUSTOM).length).toBeGreaterThan(4);
    expect(await run(true)).toEqual(before);
  });
});
