/**
 * What the row form saves for an amount typed in another currency than its row's (text naming
 * that currency) goes into the workbook as that text in both writers, the Office.js one (on the
 * fake, which parses input as Excel does) and the ExcelJS one, and the plan read back counts it
 * in the currency typed. The cell takes the row's partner's money format, as a merged pack's does.
 */
import { analyze } from "../../../src/engine";
import { currency, excelMoneyFormat } from "../../../src/model/money";
import { requireTableSpec } from "../../../src/model/schema";
import type { RawTable } from "../../../src/model/rawTable";
import { parsedValue } from "../../../src/taskpane/edit/editValues";
import { amountRules } from "../../../src/taskpane/edit/rowAmounts";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import type { MergeableWorkbook } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../../fakes/fakeExcel";
import { eurPlanBytes } from "../../packs/eurPack";

const REQUESTED = requireTableSpec("JmpTactics").columns.find((c) => c.key === "mdfRequested");
/** T-26073, a tactic of P-103 (in EUR, at 1.08), on sheet row 74. */
const ROW = 74;

/** The form's value for "USD 4,000.00" typed into T-26073's MDF requested, written through `workbook`. */
async function typeDollars(workbook: MergeableWorkbook, tables: readonly RawTable[]): Promise<unknown> {
  if (!REQUESTED) throw new Error("no MDF requested column");
  const amounts = amountRules(analyze(tables)).of("JmpTactics", (key) => (key === "partnerId" ? "P-103" : undefined));
  const parsed = parsedValue("USD 4,000.00", REQUESTED, amounts);
  if (!parsed.ok) throw new Error(parsed.reason);
  const merge = { added: [], changed: [], conflicts: [], refused: [], kept: [], rowAppends: [], cellWrites: [{ table: "JmpTactics" as const, row: ROW, column: "mdfRequested", value: parsed.value }] };
  await workbook.applyMerge(merge, "USD", amounts.currency);
  return parsed.value;
}

function expectCountedInDollars(tables: readonly RawTable[]): void {
  const analysis = analyze(tables);
  expect(analysis.index.tactics.get("T-26073")?.tactic.mdfRequested).toBe(400_000);
  expect(analysis.findings.filter((f) => f.table === "JmpTactics" && f.row === ROW).map((f) => f.code)).toContain("V12");
}

test("in Excel (Office.js, on the fake) the amount goes in as text naming its currency and counts in dollars", async () => {
  const tables = await (await XlsxWorkbook.load(await eurPlanBytes())).readTables();
  const fake = createFakeExcel({ tables });
  const workbook = new ExcelWorkbook(fake.host);
  const written = await typeDollars(workbook, tables);
  expect(written).toBe("USD 4000.00");
  const raw = tables.find((t) => t.name === "JmpTactics");
  if (!raw) throw new Error("no Tactics table");
  const col = raw.firstColumn + raw.headers.indexOf("MDF requested");
  const sheet = fake.sheet(raw.sheet);
  expect([sheet.value(ROW - 1, col), sheet.numberFormat(ROW - 1, col)]).toEqual(["USD 4000.00", excelMoneyFormat(currency("EUR"))]);
  expectCountedInDollars(await workbook.readTables());
});

test("in browser mode (ExcelJS) the same amount goes in as the same text and counts in dollars", async () => {
  const workbook = await XlsxWorkbook.load(await eurPlanBytes());
  expect(await typeDollars(workbook, await workbook.readTables())).toBe("USD 4000.00");
  expectCountedInDollars(await workbook.readTables());
});
