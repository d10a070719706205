/**
 * A totals row that leaves some totals blank: the reconciliation says how many totals it
 * compared ("3 of 4 totals compared") instead of "everything matches", in the CLI and in the
 * pane's sentence, and marks the blank one "not compared".
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { planTrackerImport } from "../../src/workbook/convert/tracker";
import { reconciliationSummary } from "../../src/taskpane/tracker/Reconciliation";
import { jmp, tempDir } from "../cli/planWorkbook";
import { writeWorkbook } from "./acceptance";
import { writeRows } from "./trackerKit";

const HEADER = ["Partner", "Activity", "Total cost", "Requested", "Approved", "Claimed"];
/** Two activities; the totals row gives every total but Approved's (3,500 by hand). */
const ROWS = [
  ["Contoso", "Webinar", 4000, 2000, 2000, 1500],
  ["Northwind", "Event", 6000, 3000, 1500, 500],
  ["Total", null, 10000, 5000, null, 2000],
];

test("the CLI says 3 of 4 totals compared, and they match; the blank one is not compared", async () => {
  const dir = tempDir();
  const workbook = new ExcelJS.Workbook();
  writeRows(workbook.addWorksheet("MDF"), [HEADER, ...ROWS]);
  const tracker = join(dir, "tracker.xlsx");
  await writeWorkbook(workbook, tracker);
  const { stdout } = await jmp(["import", tracker, "--dry-run"]);
  expect(stdout).toContain("Reconciliation with the tracker's totals row (row 4): 3 of 4 totals compared, and they match.");
  const approved = stdout.split("\n").find((l) => l.trim().startsWith("Approved") && l.includes("(blank)"));
  expect(approved?.trim().split(/\s{2,}/)).toEqual(["Approved", "(blank)", "3,500.00", "not compared"]);
});

test("the pane's sentence says the same", () => {
  const imported = planTrackerImport({ name: "MDF", values: { headers: HEADER, rows: ROWS.map((r) => r.map((v) => v ?? "")), headerRow: 1 } });
  expect(reconciliationSummary(imported.reconciliation!)).toBe("3 of 4 totals compared with the tracker's totals row (row 4): they match.");
});
