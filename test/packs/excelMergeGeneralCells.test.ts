/**
 * In Excel (Office.js, on the fake), a merge that writes a date or an amount into a cell still in
 * Excel's General format gives the cell the plan's format for its column, as `jmp merge` does:
 * a date written as a serial into a General cell would show 46139, not the date. A cell that
 * has a format of its own keeps it.
 */
import { currency, excelMoneyFormat } from "../../src/model/money";
import { applyMerge, prepareMerge } from "../../src/workbook/packs";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../fakes/fakeExcel";
import { column } from "./eurPack";
import { day, edited, packBytes, rowOf, samplePlanBytes, sheet } from "./packHelpers";

const DOLLAR = excelMoneyFormat(currency("USD"));

test("a merged date and amount in General cells take the plan's date and money formats; a formatted cell keeps its own", async () => {
  const planBytes = await samplePlanBytes();
  const tables = await (await XlsxWorkbook.load(planBytes)).readTables();
  const fake = createFakeExcel({ tables });
  const tactics = tables.find((t) => t.name === "JmpTactics");
  if (!tactics) throw new Error("no Tactics table");
  const row = tactics.headerRow + tactics.rows.findIndex((r) => r[0] === "T-26078");
  const col = (header: string) => tactics.firstColumn + tactics.headers.indexOf(header);
  const place = fake.sheet(tactics.sheet);
  // Every cell of the fake starts in General; the user gave Start a format of their own.
  place.setNumberFormat(row, col("Start"), "d mmm yyyy");

  const filled = await edited(await packBytes(planBytes, "P-101"), (wb) => {
    const ws = sheet(wb, "Tactics");
    const at = rowOf(ws, "T-26078");
    ws.getCell(at, column(ws, "Start")).value = day("2026-02-02");
    ws.getCell(at, column(ws, "End")).value = day("2026-04-30");
    ws.getCell(at, column(ws, "MDF requested")).value = 7777;
  });
  const workbook = new ExcelWorkbook(fake.host);
  const prepared = await prepareMerge(workbook, await XlsxWorkbook.load(filled), "filled.xlsx");
  expect(prepared.merge.cellWrites.map((w) => w.column).sort()).toEqual(["end", "mdfRequested", "start"]);
  await applyMerge(workbook, prepared);

  expect([place.value(row, col("End")), place.numberFormat(row, col("End"))]).toEqual([46142, "yyyy-mm-dd"]);
  expect([place.value(row, col("MDF requested")), place.numberFormat(row, col("MDF requested"))]).toEqual([7777, DOLLAR]);
  expect([place.value(row, col("Start")), place.numberFormat(row, col("Start"))]).toEqual([46055, "d mmm yyyy"]);
  // A cell the merge did not write stays as it was.
  expect(place.numberFormat(row, col("Total cost"))).toBe("General");
});
