/**
 * Converting an ad-hoc sheet inside Excel (Office.js adapter on the typed fake): the same
 * result as in a file, in a constant number of round trips, every request under the limit,
 * and Excel's own table growth so nothing next to the table is overwritten.
 */
import { analyze } from "../../src/engine";
import { dayFromDate, serialFromDay } from "../../src/model/dates";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { convertRows, existingIds, mappingOf, referenceLookups, suggestTables } from "../../src/workbook/convert";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../fakes/fakeExcel";
import type { FakeExcel } from "../fakes/fakeExcel";
import { FakeTable } from "../fakes/fakeTable";
import { Q3_HEADERS, Q3_ROWS, Q3_SHEET } from "./adHocSheets";

const FOUR_MB = 4_000_000;

/** What Excel stores: dates as serial numbers. */
function stored(value: unknown): unknown {
  return value instanceof Date ? serialFromDay(dayFromDate(value) as number) : value;
}

/** The sample plan plus the Q3 sheet (header on row 2 from column B, then a totals row). */
function excelWithQ3(): FakeExcel {
  const excel = createFakeExcel({ tables: samplePlanTables() });
  const sheet = excel.state.addSheet(Q3_SHEET);
  [Q3_HEADERS, ...Q3_ROWS, [], ["Total", null, null, null, null, null, 62000, 31000]].forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) sheet.setRaw(1 + r, 1 + c, stored(v));
    }),
  );
  excel.reset();
  return excel;
}

describe("listing and reading sheets in Excel", () => {
  test("lists the visible sheets in two syncs, with their used ranges", async () => {
    const excel = excelWithQ3();
    excel.state.addSheet("Old notes").visibility = "Hidden";
    const sheets = await new ExcelWorkbook(excel.host).listSheets();
    expect(excel.syncs).toBe(2);
    expect(sheets.map((s) => s.name)).toEqual(["Settings", "Tactic Types", "Initiatives", "Partners", "Joint Plan", "Tactics", "Allocations", "Claims", "Outcomes", "Rates", Q3_SHEET]);
    expect(sheets.find((s) => s.name === Q3_SHEET)).toEqual({ name: Q3_SHEET, rows: 6, columns: 10, holdsJmpTables: false });
    expect(sheets.find((s) => s.name === "Claims")?.holdsJmpTables).toBe(true);
  });

  test("reads a sheet's used range in two syncs: header row first, values as Excel holds them", async () => {
    const excel = excelWithQ3();
    const sheet = await new ExcelWorkbook(excel.host).readSheet(Q3_SHEET);
    expect(excel.syncs).toBe(2);
    expect(sheet.headerRow).toBe(2);
    expect(sheet.headers).toEqual(Q3_HEADERS);
    expect(sheet.rows).toHaveLength(5);
    expect(sheet.rows[0].slice(0, 5)).toEqual(["Northwind Systems", "Zero Trust Security", "Autumn security roadshow", "Event", 46275]);
    expect((await new ExcelWorkbook(excel.host).readSheet(Q3_SHEET, { maxRows: 1 })).rows).toHaveLength(1);
  });

  test("a large sheet is read in chunks that each stay under the budget", async () => {
    const excel = createFakeExcel({ sheets: ["Big"] });
    const big = excel.sheet("Big");
    for (let r = 0; r <= 20_000; r++) for (let c = 0; c < 8; c++) big.setRaw(r, c, r === 0 ? `H${c}` : `value ${r}-${c} with some text`);
    excel.reset();
    const sheet = await new ExcelWorkbook(excel.host, { limits: { budgetBytes: 1_000_000 } }).readSheet("Big");
    expect(sheet.rows).toHaveLength(20_000);
    expect(sheet.rows[19_999][7]).toBe("value 20000-7 with some text");
    expect(excel.meter.refused).toBe(0);
    expect(excel.maxResponseBytes).toBeLessThan(1_600_000);
    // About 5 MB of values in ~1 MB chunks: the used range, then one sync per chunk.
    expect(excel.syncs).toBeGreaterThanOrEqual(6);
    expect(excel.syncs).toBeLessThanOrEqual(10);
  });
});

describe("converting the Q3 sheet into Tactics in Excel", () => {
  test("appends the rows in two syncs; the table grows by them and the engine reads them", async () => {
    const excel = excelWithQ3();
    const workbook = new ExcelWorkbook(excel.host);
    const q3Before = excel.values(Q3_SHEET, "A1:L8");
    const tables = await workbook.readTables();
    const sheet = await workbook.readSheet(Q3_SHEET);
    const [best] = suggestTables(sheet);
    const conversion = convertRows(sheet, mappingOf(best), { references: referenceLookups(tables), existingIds: existingIds(tables, "JmpTactics") });
    // A note just below the table: Excel moves it down rather than overwrite it.
    excel.sheet("Tactics").setRaw(82, 0, "note below the table");
    excel.reset();

    expect(await workbook.appendRows("JmpTactics", conversion.rows)).toBe(3);
    expect(excel.syncs).toBe(2);
    expect(excel.maxRequestBytes).toBeLessThan(FOUR_MB);
    expect(excel.state.table("JmpTactics").bodyRows).toBe(83);
    expect(excel.values("Tactics", "A84:B86")).toEqual([
      ["T-26083", "Unknown Partner Ltd"],
      ["", ""],
      ["note below the table", ""],
    ]);
    expect(excel.values(Q3_SHEET, "A1:L8")).toEqual(q3Before);

    const after = analyze(await workbook.readTables());
    const added = after.plan.tactics.slice(-3);
    expect(added.map((t) => [t.id?.text, t.partnerId?.text, t.start, t.mdfRequested, t.row])).toEqual([
      ["T-26081", "P-103", dayFromDate(new Date(Date.UTC(2026, 8, 10))), 1_200_000, 82],
      ["T-26082", "P-102", dayFromDate(new Date(Date.UTC(2026, 8, 1))), 400_000, 83],
      ["T-26083", "Unknown Partner Ltd", dayFromDate(new Date(Date.UTC(2026, 9, 5))), 1_500_000, 84],
    ]);
  });

  test("with nothing below, the rows are written as values just below the table, which grows over them (no rows.add)", async () => {
    const excel = excelWithQ3();
    const rowsAdd = jest.spyOn(FakeTable.prototype, "rows", "get");
    const sheet = excel.sheet("Tactics");
    const validations = sheet.validations.map((v) => v.rect.row + v.rect.rows);
    try {
      expect(await new ExcelWorkbook(excel.host).appendRows("JmpTactics", [{ "Tactic ID": "T-NEW-1" }, { "Tactic ID": "T-NEW-2", "Total cost": 5000 }])).toBe(2);
      expect(rowsAdd).not.toHaveBeenCalled();
    } finally {
      rowsAdd.mockRestore();
    }
    expect(excel.syncs).toBe(2);
    expect(excel.state.table("JmpTactics").bodyRows).toBe(82);
    expect(excel.values("Tactics", "A82:A83")).toEqual([["T-NEW-1"], ["T-NEW-2"]]);
    // The last row's formats and drop-downs reach the new rows, as when Excel grows a table.
    const costColumn = excel.state.table("JmpTactics").columnNames.indexOf("Total cost");
    expect(sheet.numberFormat(82, costColumn)).toBe(sheet.numberFormat(80, costColumn));
    expect(sheet.validations.map((v) => v.rect.row + v.rect.rows)).toEqual(validations.map((end) => (end === 81 ? 83 : end)));
  });

  test("text that looks like a formula or a number goes in as text", async () => {
    const excel = excelWithQ3();
    const texts = ["=SUM(1,2)", "+1 more", "-5", "@team", "00123"];
    await new ExcelWorkbook(excel.host).appendRows("JmpTactics", texts.map((Description, i) => ({ "Tactic ID": `0${i}`, Description })));
    const rows = excel.values("Tactics", "A82:E86");
    expect(rows.map((r) => r[4])).toEqual(texts);
    expect(rows.map((r) => r[0])).toEqual(["00", "01", "02", "03", "04"]);
    expect([...excel.sheet("Tactics").formulas.keys()]).toEqual([]);
  });

  test("a new template's blank row is filled first", async () => {
    const excel = createFakeExcel();
    const workbook = new ExcelWorkbook(excel.host, { now: () => new Date(2026, 5, 1) });
    await workbook.applyTemplate();
    excel.reset();
    await workbook.appendRows("JmpTactics", [{ "Tactic ID": "T-1" }, { "Tactic ID": "T-2", Status: "Draft" }]);
    expect(excel.syncs).toBe(2);
    expect(excel.state.table("JmpTactics").bodyRows).toBe(2);
    expect(excel.values("Tactics", "A2:A3")).toEqual([["T-1"], ["T-2"]]);
  });

  test("a last row that only looks empty (a formula showing nothing) is kept, and the rows go below it", async () => {
    const excel = createFakeExcel();
    const workbook = new ExcelWorkbook(excel.host, { now: () => new Date(2026, 5, 1) });
    await workbook.applyTemplate();
    excel.sheet("Tactics").input(1, 4, '=""');
    await workbook.appendRows("JmpTactics", [{ "Tactic ID": "T-1" }]);
    expect(excel.state.table("JmpTactics").bodyRows).toBe(2);
    expect(excel.sheet("Tactics").formula(1, 4)).toBe('=""');
    expect(excel.values("Tactics", "A3:A3")).toEqual([["T-1"]]);
  });

  test("thousands of rows go in a few chunked syncs, each request under the budget", async () => {
    const excel = excelWithQ3();
    const rows = Array.from({ length: 6_000 }, (_, i) => ({ "Tactic ID": `N-${i}`, Description: `Imported activity number ${i} with a longer description`, "Total cost": i }));
    const budgetBytes = 250_000;
    expect(await new ExcelWorkbook(excel.host, { limits: { budgetBytes } }).appendRows("JmpTactics", rows)).toBe(6_000);
    expect(excel.meter.refused).toBe(0);
    expect(excel.maxRequestBytes).toBeLessThan(budgetBytes * 1.1);
    const written = excel.meter.log.slice(1).reduce((n, s) => n + s.requestBytes, 0);
    expect(excel.syncs).toBeLessThanOrEqual(1 + Math.ceil(written / (budgetBytes * 0.45)));
    expect(excel.state.table("JmpTactics").bodyRows).toBe(80 + 6_000);
    expect(excel.values("Tactics", "A6081:A6081")).toEqual([["N-5999"]]);
  });

  test("a missing table or an unknown column is refused before anything is written", async () => {
    const excel = createFakeExcel({ sheets: ["Plan"] });
    await expect(new ExcelWorkbook(excel.host).appendRows("JmpTactics", [{ "Tactic ID": "T-1" }])).rejects.toMatchObject({ reason: "noTable" });
    const withPlan = excelWithQ3();
    await expect(new ExcelWorkbook(withPlan.host).appendRows("JmpTactics", [{ Colour: "red" }])).rejects.toMatchObject({ reason: "unknownColumns" });
    expect(withPlan.syncs).toBe(1);
    expect(withPlan.state.table("JmpTactics").bodyRows).toBe(80);
  });
});
