/**
 * Request sizes as Office.js builds them (the fake charges each call its object path and
 * actions, `test/fakes/fakeRequest.ts`), and every write path kept under 4 MB by that measure:
 * partner merges made of single-cell edits, appended rows, the generated sheets. Each write
 * operation suspends screen updating once, not once per chunk.
 */
import { analyze } from "../../../src/engine";
import type { CellWrite, MergePlan } from "../../../src/engine/merge";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { CALL_BYTES } from "../../../src/workbook/excel/payload";
import type { XlWorksheet } from "../../../src/workbook/excel/xlTypes";
import { createFakeExcel } from "../../fakes/fakeExcel";
import { generatePlan } from "../../helpers/generatePlan";

const FOUR_MB = 4_000_000;
const FIVE_MB = 5 * 1024 * 1024;

/** A plan with `tactics` tactic rows (and a few of everything else). */
function bigPlan(tactics: number) {
  return generatePlan({ seed: 7, partners: 200, initiatives: 20, tactics, allocations: 10, claims: 10, outcomes: 10, problemRate: 0 });
}

/** A merge that edits the Description cell of the first `count` tactic rows, one cell each. */
function notesMerge(count: number): MergePlan {
  const cellWrites: CellWrite[] = Array.from({ length: count }, (_, i) => ({ table: "JmpTactics", row: i + 2, column: "description", value: `Partner note ${i + 1}` }));
  return { added: [], changed: [], conflicts: [], refused: [], kept: [], cellWrites, rowAppends: [] };
}

describe("what a request costs in the fake", () => {
  test("each call carries its object path and actions: 20,000 single-cell writes in one sync pass 5 MB and are refused", async () => {
    const excel = createFakeExcel({ sheets: ["Data"] });
    const cells = 20_000;
    const write = (sheet: XlWorksheet, row: number) => (sheet.getRangeByIndexes(row, 1, 1, 1).values = [[`v${row}`]]);
    await expect(
      excel.host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        for (let r = 0; r < cells; r++) write(sheet, r);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    const refused = excel.meter.log[0];
    expect(refused.requestBytes).toBeGreaterThan(FIVE_MB);
    // About 270 bytes a cell besides its value: a range's path and Instantiate action, a write.
    const perCell = refused.requestBytes / cells;
    expect(perCell).toBeGreaterThan(220);
    // The adapter's estimate of two calls per cell stays above what the fake charges.
    expect(perCell).toBeLessThan(2 * CALL_BYTES);

    // The same values as one range: one path, one action, the values.
    excel.reset();
    await excel.host.run(async (context) => {
      const values = Array.from({ length: cells }, (_, r) => [`v${r}`]);
      context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 1, cells, 1).values = values;
      await context.sync();
    });
    expect(excel.maxRequestBytes).toBeLessThan(cells * 12);
  });

  test("a property of a proxy already in the request adds only its action", async () => {
    const excel = createFakeExcel({ sheets: ["Data"] });
    const sizeOf = async (queue: (sheet: XlWorksheet) => void): Promise<number> => {
      excel.reset();
      await excel.host.run(async (context) => {
        queue(context.workbook.worksheets.getItem("Data"));
        await context.sync();
      });
      return excel.meter.log[0].requestBytes;
    };
    const one = await sizeOf((sheet) => (sheet.getRange("A1").format.font.bold = true));
    const three = await sizeOf((sheet) => {
      const font = sheet.getRange("A1").format.font;
      font.bold = true;
      font.italic = true;
      font.size = 12;
    });
    const twoRanges = await sizeOf((sheet) => {
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A2").format.font.bold = true;
    });
    expect(three - one).toBeLessThan(2 * 100);
    // A second range brings its own path, format and font: three proxies and a write.
    expect(twoRanges - one).toBeGreaterThan(3 * 100);
  });
});

describe("every write path stays under 4 MB a request", () => {
  test("a merge of 20,000 single-cell edits: every cell written, in requests under 4 MB, screen updating suspended once", async () => {
    const count = 20_000;
    const excel = createFakeExcel({ tables: bigPlan(count) });
    await new ExcelWorkbook(excel.host).applyMerge(notesMerge(count));
    expect(excel.meter.refused).toBe(0);
    expect(excel.maxRequestBytes).toBeLessThan(FOUR_MB);
    // The cells cost several syncs, not one per cell.
    expect(excel.syncs).toBeGreaterThan(2);
    expect(excel.syncs).toBeLessThan(20);
    expect(excel.meter.screenSuspensions).toBe(1);
    const notes = excel.state.table("JmpTactics").columnNames.indexOf("Description");
    const sheet = excel.sheet("Tactics");
    expect(sheet.value(1, notes)).toBe("Partner note 1");
    expect(sheet.value(count, notes)).toBe(`Partner note ${count}`);
  });

  test("a merge splits where the budget says: chunks of a quarter of the budget in calls", async () => {
    const count = 300;
    const budgetBytes = 40_000;
    const excel = createFakeExcel({ tables: bigPlan(count) });
    await new ExcelWorkbook(excel.host, { limits: { budgetBytes } }).applyMerge(notesMerge(count));
    // Cells per chunk: a quarter of 40,000 bytes at two calls of 200 bytes a cell: 25.
    const perChunk = Math.floor(budgetBytes / 4 / (2 * CALL_BYTES));
    const chunks = Math.ceil(count / perChunk);
    // The tables' columns, one read per chunk (carrying the writes before it), the last writes.
    expect(excel.syncs).toBe(1 + chunks + 1);
    for (const record of excel.meter.log) expect(record.requestBytes).toBeLessThan(budgetBytes);
    expect(excel.meter.screenSuspensions).toBe(1);
  });

  test("appended rows (an import) go in requests under the budget, screen updating suspended once", async () => {
    const budgetBytes = 200_000;
    const excel = createFakeExcel({ tables: bigPlan(10) });
    const rows = Array.from({ length: 3_000 }, (_, i) => ({ "Tactic ID": `T-NEW-${i}`, "Partner ID": "P-0001", "Tactic type": "Webinar", Description: `imported row ${i}` }));
    const written = await new ExcelWorkbook(excel.host, { limits: { budgetBytes } }).appendRows("JmpTactics", rows);
    expect(written).toBe(rows.length);
    expect(excel.syncs).toBeGreaterThan(3);
    for (const record of excel.meter.log) expect(record.requestBytes).toBeLessThan(budgetBytes);
    expect(excel.meter.screenSuspensions).toBe(1);
    expect(excel.state.table("JmpTactics").bodyRows).toBe(10 + rows.length);
  });

  test("the Dashboard and Issues sheets of a plan with thousands of findings: requests under the budget, screen updating suspended once", async () => {
    const budgetBytes = 100_000;
    const tables = generatePlan({ seed: 3, partners: 300, initiatives: 20, tactics: 2_000, allocations: 10, claims: 10, outcomes: 10, problemRate: 0.5 });
    const excel = createFakeExcel({ tables });
    const analysis = analyze(tables);
    expect(analysis.findings.length).toBeGreaterThan(500);
    await new ExcelWorkbook(excel.host, { limits: { budgetBytes } }).writeResults(analysis);
    expect(excel.syncs).toBeGreaterThan(4);
    for (const record of excel.meter.log) expect(record.requestBytes).toBeLessThan(budgetBytes);
    expect(excel.meter.screenSuspensions).toBe(1);
  });
});
