/**
 * The cells a merge writes for a partner in EUR carry the euro's money format, in both writers:
 * the ExcelJS one (`jmp merge`, browser mode) and the Office.js one (the pane in Excel, on the
 * fake). A changed amount's cell loses the plan's dollar format it had, a new row's money cells
 * take the euro's (the one left blank too), and the rows the merge does not write keep theirs.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { currency, excelMoneyFormat } from "../../src/model/money";
import { applyMerge, prepareMerge } from "../../src/workbook/packs";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../fakes/fakeExcel";
import { column, eurPlanBytes, filledEurPack } from "./eurPack";
import { edited, excel, firstEmptyRow, jmp, packBytes, rowOf, sheet, tempDir, writeRow } from "./packHelpers";

const EURO = excelMoneyFormat(currency("EUR"));
const DOLLAR = excelMoneyFormat(currency("USD"));

test("jmp merge: a EUR partner's changed amount and new claim are formatted in euros; other rows keep dollars", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const planBytes = await eurPlanBytes();
  await writeFile(plan, planBytes);
  const before = sheet(await excel(planBytes), "Tactics");
  expect(before.getCell(rowOf(before, "T-26013"), column(before, "MDF requested")).numFmt).toBe(DOLLAR);
  await writeFile(join(dir, "filled.xlsx"), await filledEurPack(planBytes));
  expect((await jmp("merge", plan, join(dir, "filled.xlsx"))).code).toBeLessThan(3);

  const after = await excel(await readFile(plan));
  const tactics = sheet(after, "Tactics");
  const changed = tactics.getCell(rowOf(tactics, "T-26013"), column(tactics, "MDF requested"));
  expect([changed.value, changed.numFmt]).toEqual([4934.18, EURO]);
  // A money cell the merge did not write keeps the plan's format, on this row and on other partners'.
  expect(tactics.getCell(rowOf(tactics, "T-26013"), column(tactics, "Total cost")).numFmt).toBe(DOLLAR);
  expect(tactics.getCell(rowOf(tactics, "T-26078"), column(tactics, "MDF requested")).numFmt).toBe(DOLLAR);
  const claims = sheet(after, "Claims");
  const claim = rowOf(claims, "CL-DE-1");
  expect([claims.getCell(claim, column(claims, "Amount claimed")).value, claims.getCell(claim, column(claims, "Amount claimed")).numFmt]).toEqual([1234.5, EURO]);
  expect(claims.getCell(claim, column(claims, "Amount approved")).numFmt).toBe(EURO);
});

test("jmp merge of a partner in the plan currency keeps the plan's dollar format", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const planBytes = await eurPlanBytes();
  await writeFile(plan, planBytes);
  const filled = await edited(await packBytes(planBytes, "P-101"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26078"), column(tactics, "MDF requested")).value = 7777;
  });
  await writeFile(join(dir, "filled.xlsx"), filled);
  expect((await jmp("merge", plan, join(dir, "filled.xlsx"))).code).toBeLessThan(3);
  const tactics = sheet(await excel(await readFile(plan)), "Tactics");
  const cell = tactics.getCell(rowOf(tactics, "T-26078"), column(tactics, "MDF requested"));
  expect([cell.value, cell.numFmt]).toEqual([7777, DOLLAR]);
});

test.each([
  ["just below the table", false],
  ["by inserting cells, when something sits below the table", true],
])("in Excel (Office.js, on the fake): the same merge writes the euro's format on the cells it writes, new rows %s", async (_where, somethingBelow) => {
  const planBytes = await eurPlanBytes();
  const tables = await (await XlsxWorkbook.load(planBytes)).readTables();
  const fake = createFakeExcel({ tables });
  // The template formats every money column of the plan in its currency (dollars); rows are 0-based here.
  const moneyColumns: Record<string, readonly string[]> = { JmpTactics: ["Total cost", "MDF requested"], JmpClaims: ["Amount claimed", "Amount approved"] };
  const at = (table: string, header: string) => {
    const raw = tables.find((t) => t.name === table);
    if (!raw) throw new Error(`no table ${table}`);
    return { sheet: fake.sheet(raw.sheet), col: raw.firstColumn + raw.headers.indexOf(header), first: raw.headerRow, rowOf: (id: string) => raw.headerRow + raw.rows.findIndex((r) => r[0] === id), last: raw.headerRow - 1 + raw.rows.length };
  };
  for (const [table, headers] of Object.entries(moneyColumns)) {
    for (const header of headers) {
      const place = at(table, header);
      for (let r = place.first; r <= place.last; r++) place.sheet.setNumberFormat(r, place.col, DOLLAR);
    }
  }
  const below = at("JmpClaims", "Proof of performance");
  if (somethingBelow) below.sheet.setRaw(below.last + 1, below.col, "Notes below the claims");
  const workbook = new ExcelWorkbook(fake.host);
  await applyMerge(workbook, await prepareMerge(workbook, await XlsxWorkbook.load(await filledEurPack(planBytes)), "filled.xlsx"));

  const mdf = at("JmpTactics", "MDF requested");
  const row = mdf.rowOf("T-26013");
  expect([mdf.sheet.value(row, mdf.col), mdf.sheet.numberFormat(row, mdf.col)]).toEqual([4934.18, EURO]);
  expect(mdf.sheet.numberFormat(mdf.rowOf("T-26078"), mdf.col)).toBe(DOLLAR);
  const cost = at("JmpTactics", "Total cost");
  expect(cost.sheet.numberFormat(row, cost.col)).toBe(DOLLAR);
  const claimed = at("JmpClaims", "Amount claimed");
  const approved = at("JmpClaims", "Amount approved");
  const ids = (await workbook.readTables()).find((t) => t.name === "JmpClaims");
  const claimRow = (ids?.headerRow ?? 0) + (ids?.rows.findIndex((r) => r[0] === "CL-DE-1") ?? -1);
  expect(claimRow).toBeGreaterThan(claimed.last);
  expect([claimed.sheet.value(claimRow, claimed.col), claimed.sheet.numberFormat(claimRow, claimed.col)]).toEqual([1234.5, EURO]);
  expect(approved.sheet.numberFormat(claimRow, approved.col)).toBe(EURO);
  // The row above, another partner's claim, keeps dollars.
  expect(claimed.sheet.numberFormat(claimed.last, claimed.col)).toBe(DOLLAR);
  if (somethingBelow) expect(below.sheet.value(below.last + 2, below.col)).toBe("Notes below the claims");
});

test("jmp merge: a dollar partner's new claim below a euro partner's new claim is formatted in dollars, not the row above's euros", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const planBytes = await eurPlanBytes();
  await writeFile(plan, planBytes);
  await writeFile(join(dir, "eur.xlsx"), await filledEurPack(planBytes));
  expect((await jmp("merge", plan, join(dir, "eur.xlsx"))).code).toBeLessThan(3);
  // CL-DE-1 (euros) is now the Claims table's last row; P-101 (dollars) adds a claim below it.
  const usd = await edited(await packBytes(new Uint8Array(await readFile(plan)), "P-101"), (wb) => {
    const claims = sheet(wb, "Claims");
    writeRow(claims, firstEmptyRow(claims), ["CL-US-1", "T-26078", 500, null, new Date(Date.UTC(2026, 3, 20)), "Submitted", null, "Invoice 9"]);
  });
  await writeFile(join(dir, "usd.xlsx"), usd);
  expect((await jmp("merge", plan, join(dir, "usd.xlsx"))).code).toBeLessThan(3);
  const claims = sheet(await excel(await readFile(plan)), "Claims");
  const row = rowOf(claims, "CL-US-1");
  expect(row).toBeGreaterThan(rowOf(claims, "CL-DE-1"));
  expect([claims.getCell(row, column(claims, "Amount claimed")).value, claims.getCell(row, column(claims, "Amount claimed")).numFmt]).toEqual([500, DOLLAR]);
  expect(claims.getCell(row, column(claims, "Amount approved")).numFmt).toBe(DOLLAR);
  expect(claims.getCell(rowOf(claims, "CL-DE-1"), column(claims, "Amount claimed")).numFmt).toBe(EURO);
});
