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

test("a log written before the Metric column: its lines read as they did, and the next merge adds the column's header, and lines with their Metric, beside them", async () => {
  const excel = createFakeExcel({ sheets: ["Plan", LOG_SHEET] });
  const old = excel.sheet(LOG_SHEET);
  const oldHeaders = LOG_HEADERS.slice(0, 9);
  oldHeaders.forEach((header, c) => old.setRaw(0, c, header));
  ["2026-11-01T10:00:00.000Z", "P001", "2026-10-30T09:00:00.000Z", "Outcomes", "OC-001", "Value", 57300, 60000, "applied"].forEach((v, c) => old.setRaw(1, c, v));
  const workbook = new ExcelWorkbook(excel.host);
  const oldLine: LogLine = { when: "2026-11-01T10:00:00.000Z", partner: "P001", packMade: "2026-10-30T09:00:00.000Z", table: "Outcomes", id: "OC-001", column: "Value", old: 57300, new: 60000, result: "applied" };
  expect(await workbook.readMergeLog()).toEqual([oldLine]);
  expect((await workbook.readMergeLog())[0]).not.toHaveProperty("metric");

  const revenue: LogLine = { ...oldLine, when: "2026-12-01T10:00:00.000Z", old: 60000, new: 61000, metric: "Revenue" };
  await workbook.appendMergeLog([revenue]);
  expect(LOG_HEADERS.map((_, c) => old.value(0, c))).toEqual([...LOG_HEADERS]);
  expect(old.value(0, 9)).toBe("Metric");
  expect(old.columnWidths.get(9) ?? 0).toBeGreaterThanOrEqual(columnWidthPoints("Revenue".length));
  // The old line's cells stay where they were; the new line's Metric is in the new column.
  expect(old.value(1, 8)).toBe("applied");
  expect(old.value(1, 9)).toBe("");
  expect(old.value(2, 9)).toBe("Revenue");
  expect(await workbook.readMergeLog()).toEqual([oldLine, revenue]);
});

test("an emptied log sheet gets its header row again, its lines below it", async () => {
  const excel = createFakeExcel({ sheets: ["Plan", LOG_SHEET] });
  const workbook = new ExcelWorkbook(excel.host);
  await workbook.appendMergeLog([line("C1", "applied")]);
  expect(LOG_HEADERS.map((_, c) => excel.sheet(LOG_SHEET).value(0, c))).toEqual([...LOG_HEADERS]);
  expect(await workbook.readMergeLog()).toEqual([line("C1", "applied")]);
});
