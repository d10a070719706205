/**
 * Plans whose money cells show more than one format, for the writers that append rows below
 * them, and the same plans in the Office.js fake. The EUR plan is the sample plan with P-103 in
 * EUR (a rate of 1.08) owning the last row of Tactics (T-26080), Allocations (AL-062) and Claims
 * (CL-054, of T-26080), whose money cells show euros, as a merge of P-103's pack may leave it.
 */
import type { Worksheet } from "exceljs";
import { currency, excelMoneyFormat } from "../../src/model/money";
import { formatKind, TABLES } from "../../src/model/schema";
import { column, eurPlanBytes } from "../packs/eurPack";
import { edited, excel, rowOf, samplePlanBytes, sheet } from "../packs/packHelpers";
import type { RawTable } from "../../src/model/rawTable";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../fakes/fakeExcel";
import type { FakeExcel } from "../fakes/fakeExcel";

/** Headers of every money column of the template. */
export const MONEY_HEADERS: ReadonlySet<string> = new Set(TABLES.flatMap((t) => t.columns.filter((c) => formatKind(c.type) === "money").map((c) => c.header)));

/** The EUR plan whose Tactics, Allocations and Claims end with P-103's rows in euros. */
export async function eurLastRowsPlanBytes(): Promise<Uint8Array> {
  const euro = excelMoneyFormat(currency("EUR"));
  return edited(await eurPlanBytes(), (wb) => {
    const lastRows: readonly [string, string, string, string][] = [
      ["Tactics", "T-26080", "Partner ID", "P-103"],
      ["Allocations", "AL-062", "Partner ID", "P-103"],
      ["Claims", "CL-054", "Tactic ID", "T-26080"],
    ];
    for (const [name, id, header, value] of lastRows) {
      const ws = sheet(wb, name);
      const row = rowOf(ws, id);
      ws.getCell(row, column(ws, header)).value = value;
      formatMoney(ws, row, euro);
    }
  });
}

function formatMoney(ws: Worksheet, row: number, numFmt: string): void {
  for (let c = 1; c <= ws.columnCount; c++) {
    if (MONEY_HEADERS.has(String(ws.getCell(1, c).value))) ws.getCell(row, c).style = { ...ws.getCell(row, c).style, numFmt };
  }
}

/** The sample plan (every partner in dollars) whose tables' last rows show money in a format of the user's own. */
export async function customMoneyPlanBytes(numFmt: string): Promise<Uint8Array> {
  return edited(await samplePlanBytes(), (wb) => {
    for (const [name, id] of [["Tactics", "T-26080"], ["Allocations", "AL-062"], ["Claims", "CL-054"], ["Partners", "P-110"]]) formatMoney(sheet(wb, name), rowOf(sheet(wb, name), id), numFmt);
  });
}

/**
 * The fake seeded with the JMP tables of plan `bytes`, money cells formatted as the file holds
 * them; `somethingBelow` puts a note just below each table (so appends insert cells); `sheets`
 * are added empty.
 */
export async function fakeOf(bytes: Uint8Array, somethingBelow: boolean, sheets: readonly string[] = []): Promise<{ fake: FakeExcel; tables: RawTable[] }> {
  const tables = await (await XlsxWorkbook.load(bytes)).readTables();
  const book = await excel(bytes);
  const fake = createFakeExcel({ tables, sheets });
  for (const t of tables) {
    const ws = sheet(book, t.sheet);
    t.headers.forEach((h, c) => {
      if (!MONEY_HEADERS.has(String(h))) return;
      for (let r = 0; r < t.rows.length; r++) fake.sheet(t.sheet).setNumberFormat(t.headerRow + r, t.firstColumn + c, ws.getCell(t.headerRow + 1 + r, t.firstColumn + c + 1).numFmt ?? "General");
    });
    if (somethingBelow) fake.sheet(t.sheet).setRaw(t.headerRow + t.rows.length, t.firstColumn + t.headers.length - 1, "Notes below");
  }
  return { fake, tables };
}

/** Money formats of `count` rows from 0-based sheet row `from` of a fake table. */
export function fakeMoneyFormats(fake: FakeExcel, table: RawTable, from: number, count: number): string[][] {
  const columns = table.headers.flatMap((h, c) => (MONEY_HEADERS.has(String(h)) ? [table.firstColumn + c] : []));
  return Array.from({ length: count }, (_, i) => columns.map((c) => String(fake.sheet(table.sheet).numberFormat(from + i, c))));
}
