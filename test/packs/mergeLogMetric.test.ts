/**
 * The `JMP Log` keeps, beside a line of an outcome's Value, the outcome's Metric (Revenue,
 * Leads...), which says whether the Value is money or a count, in a last column of its own: a
 * log written before that column keeps its lines where they are, gets the column's header at the
 * next merge, and its older lines read back without a Metric.
 */
import { readFile } from "node:fs/promises";
import { LOG_HEADERS, LOG_SHEET } from "../../src/engine/merge";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { column } from "./eurPack";
import { day, excel, firstEmptyRow, jmp, planAndFilledPack, rowOf, samplePlanBytes, sheet, writeRow } from "./packHelpers";

/** The headers of a log written before the Metric column, and one of its lines. */
const OLD_HEADERS = ["When", "Pack partner", "Pack made", "Table", "ID", "Column", "Old", "New", "Result"];
const OLD_LINE = ["2026-05-01T08:00:00.000Z", "P-103", "2026-04-30T08:00:00.000Z", "Outcomes", "OC-001", "Value", 50000, 57300, "applied"];

test("a merge into a plan with an older log: the log gains a Metric column, the old line stays as it was, and each outcome's Value line names its Metric", async () => {
  const { plan, pack } = await planAndFilledPack(
    await samplePlanBytes(),
    "P-103",
    (wb) => {
      const log = wb.addWorksheet(LOG_SHEET);
      log.addRow(OLD_HEADERS);
      log.addRow(OLD_LINE);
    },
    (wb) => {
      const outcomes = sheet(wb, "Outcomes");
      // OC-001 is Revenue (57,300), OC-078 Leads (271).
      outcomes.getCell(rowOf(outcomes, "OC-001"), column(outcomes, "Value")).value = 60000;
      outcomes.getCell(rowOf(outcomes, "OC-078"), column(outcomes, "Value")).value = 1250;
      writeRow(outcomes, firstEmptyRow(outcomes), ["O-NEW-2", "P-103", null, "T-26013", "Pipeline", 13750, day("2026-07-01")]);
    },
  );
  expect((await jmp("merge", plan, pack)).code).toBe(0);

  const log = sheet(await excel(new Uint8Array(await readFile(plan))), LOG_SHEET);
  const row = (r: number): unknown[] => LOG_HEADERS.map((_, c) => log.getCell(r, c + 1).value);
  expect(row(1)).toEqual([...LOG_HEADERS]);
  expect(row(1)[9]).toBe("Metric");
  expect(row(2)).toEqual([...OLD_LINE, null]);
  const lines = Array.from({ length: log.rowCount - 2 }, (_, i) => row(i + 3));
  const of = (id: string, header: string): unknown[] | undefined => lines.find((l) => l[4] === id && l[5] === header);
  expect(of("OC-001", "Value")?.slice(6)).toEqual([57300, 60000, "applied", "Revenue"]);
  expect(of("OC-078", "Value")?.slice(6)).toEqual([271, 1250, "applied", "Leads"]);
  expect(of("O-NEW-2", "Value")?.slice(6)).toEqual([null, 13750, "applied", "Pipeline"]);
  // Only a Value's line says the Metric: the new row's Metric cell is a line of its own.
  expect(of("O-NEW-2", "Metric")?.slice(6)).toEqual([null, "Pipeline", "applied", null]);

  const read = await (await XlsxWorkbook.load(new Uint8Array(await readFile(plan)))).readMergeLog();
  expect(read[0]).toEqual({ when: OLD_LINE[0], partner: "P-103", packMade: OLD_LINE[2], table: "Outcomes", id: "OC-001", column: "Value", old: 50000, new: 57300, result: "applied" });
  expect(read[0]).not.toHaveProperty("metric");
  expect(read.find((l) => l.id === "OC-078" && l.column === "Value")).toMatchObject({ metric: "Leads" });
});
