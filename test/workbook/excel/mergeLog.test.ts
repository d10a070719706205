/**
 * The `JMP Log` sheet through the Excel adapter, on the fake: created with its header row on the
 * first merge, appended below the last line after that (a line already there never changes),
 * read back line for line, text kept as text, in two syncs each way.
 */
import type { LogLine } from "../../../src/engine/merge";
import { LOG_HEADERS, LOG_SHEET } from "../../../src/engine/merge";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { columnWidthPoints } from "../../../src/workbook/excel/columnRules";
import { createFakeExcel } from "../../fakes/fakeExcel";

const line = (id: string, result: LogLine["result"], pack: string | number | null = "Submitted"): LogLine => ({
  when: "2026-12-01T10:00:00.000Z",
  partner: "P001",
  packMade: "2026-11-30T09:00:00.000Z",
  table: "Claims",
  id,
  column: "Status",
  old: "Draft",
  new: pack,
  result,
});

test("the first merge creates the sheet with its headers; the next appends below; reading gives every line back", async () => {
  const excel = createFakeExcel({ sheets: ["Plan"] });
  const workbook = new ExcelWorkbook(excel.host);
  const before = excel.syncs;
  await workbook.appendMergeLog([line("C1", "applied"), line("C2", "refused", "=1+1")]);
  expect(excel.syncs - before).toBe(2);
  await workbook.appendMergeLog([line("C3", "conflict", 12.5)]);
  const sheet = excel.sheet(LOG_SHEET);
  expect(LOG_HEADERS.map((_, c) => sheet.value(0, c))).toEqual([...LOG_HEADERS]);
  expect(sheet.value(1, 4)).toBe("C1");
  expect(sheet.value(3, 4)).toBe("C3");
  // Every column is as wide as its longest text (the timestamps, "conflict"): nothing is shown clipped.
  LOG_HEADERS.forEach((_, c) => {
    const longest = Math.max(...[0, 1, 2, 3].map((r) => String(sheet.value(r, c) ?? "").length));
    expect(sheet.columnWidths.get(c) ?? 0).toBeGreaterThanOrEqual(columnWidthPoints(longest));
  });
  const reading = excel.syncs;
  const lines = await workbook.readMergeLog();
  expect(excel.syncs - reading).toBe(2);
  expect(lines).toEqual([line("C1", "applied"), line("C2", "refused", "=1+1"), line("C3", "conflict", 12.5)]);
});

test("a row refused whole keeps its reason in the Result cell, and reads back as a refusal with that reason", async () => {
  const excel = createFakeExcel({ sheets: ["Plan"] });
  const workbook = new ExcelWorkbook(excel.host);
  const refusedRow: LogLine = { ...line("CL-XX-1", "refused", null), column: "", old: null, reason: "Tactic ID T-26001 is not one of partner P001's tactics" };
  await workbook.appendMergeLog([line("C1", "refused"), refusedRow]);
  const sheet = excel.sheet(LOG_SHEET);
  expect([sheet.value(1, 8), sheet.value(2, 8)]).toEqual(["refused", "refused: Tactic ID T-26001 is not one of partner P001's tactics"]);
  expect(await workbook.readMergeLog()).toEqual([line("C1", "refused"), refusedRow]);
});

test("a workbook without the sheet has no lines", async () => {
  const excel = createFakeExcel({ sheets: ["Plan"] });
  expect(await new ExcelWorkbook(excel.host).readMergeLog()).toEqual([]);
});

test("a log past a request's limit (a merge of thousands of rows logs a line per cell) is written and read in chunks under it", async () => {
  const excel = createFakeExcel({ sheets: ["Plan"] });
  const workbook = new ExcelWorkbook(excel.host);
  // About 40,000 lines of some 150 bytes: 6 MB, more than Excel on the web takes in one request.
  const lines = Array.from({ length: 40_000 }, (_, i) => ({ ...line(`CL-${String(i).padStart(6, "0")}`, "applied"), new: `Proof of performance for claim number ${i}, invoice attached` }));
  await workbook.appendMergeLog(lines);
  expect(excel.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  const read = await workbook.readMergeLog();
  expect(excel.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  expect(read).toHaveLength(lines.length);
  expect(read[39_999]).toEqual(lines[39_999]);
});
