/**
 * A tracker that would bring nothing in is refused with one line and exit 3, and nothing is
 * written: no column names the partner, or no row under the header is an activity; a text
 * export is pointed at saving it as a workbook.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { jmp, tempDir } from "../cli/planWorkbook";
import { importWorkbook } from "./acceptance";

function workbookOf(rows: unknown[][]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Tracker");
  for (const row of rows) sheet.addRow(row);
  return workbook;
}

test(
  "no column names the partner: exit 3, one line naming the header, no plan",
  async () => {
    const imported = await importWorkbook(workbookOf([["Activity", "Requested", "Approved", "Claimed"], ["Webinar", 10, 10, 5]]));
    expect(imported.result.code).toBe(3);
    expect(imported.result.stderr.trim().split("\n")).toHaveLength(1);
    expect(imported.result.stderr).toMatch(/names the partner .*"Activity", "Requested", "Approved", "Claimed"/);
    expect(existsSync(imported.plan)).toBe(false);
  },
);

test(
  "a header with no activity under it: exit 3, no plan",
  async () => {
    const imported = await importWorkbook(workbookOf([["Partner", "Activity", "Requested", "Approved"], [], ["Total", null, 0, 0]]));
    expect(imported.result.code).toBe(3);
    expect(imported.result.stderr).toMatch(/is an activity/);
    expect(existsSync(imported.plan)).toBe(false);
  },
);

test("a CSV export is pointed at saving it as a workbook", async () => {
  const result = await jmp(["import", join(tempDir(), "export.csv"), "-o", join(tempDir(), "plan.xlsx")]);
  expect(result.code).toBe(3);
  expect(result.stderr).toMatch(/save it as an \.xlsx workbook/);
});
