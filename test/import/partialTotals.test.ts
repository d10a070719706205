/**
 * A totals row that leaves some totals blank: the reconciliation says how many totals it
 * compared ("3 of 4 totals compared") instead of "everything matches", in the CLI and in the
 * pane's sentence, and marks the blank one "not compared"; when it compared none, it says so and why.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { planTrackerImport } from "../../src/workbook/convert/tracker";
import { reconciliationSummary } from "../../src/taskpane/tracker/Reconciliation";
import { sampleTrackerWorkbook } from "../../src/workbook/xlsx/sampleTracker";
import { jmp, tempDir } from "../cli/planWorkbook";
import { writeWorkbook } from "./acceptance";
import { writeRows } from "./trackerKit";
import type { Cell } from "./trackerKit";

const HEADER = ["Partner", "Activity", "Total cost", "Requested", "Approved", "Claimed"];
/** Two activities; the totals row gives every total but Approved's (3,500 by hand). */
const ROWS = [
  ["Contoso", "Webinar", 4000, 2000, 2000, 1500],
  ["Northwind", "Event", 6000, 3000, 1500, 500],
  ["Total", null, 10000, 5000, null, 2000],
];

/** What `jmp import --dry-run` prints of a one-sheet tracker holding `rows` under `header`. */
async function dryRun(header: readonly Cell[], rows: readonly (readonly Cell[])[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  writeRows(workbook.addWorksheet("MDF"), [header, ...rows]);
  const tracker = join(tempDir(), "tracker.xlsx");
  await writeWorkbook(workbook, tracker);
  return (await jmp(["import", tracker, "--dry-run"])).stdout;
}

test("the CLI says 3 of 4 totals compared, and they match; the blank one is not compared", async () => {
  const stdout = await dryRun(HEADER, ROWS);
  expect(stdout).toContain("Reconciliation with the tracker's totals row (row 4): 3 of 4 totals compared, and they match.");
  const approved = stdout.split("\n").find((l) => l.trim().startsWith("Approved") && l.includes("(blank)"));
  expect(approved?.trim().split(/\s{2,}/)).toEqual(["Approved", "(blank)", "3,500.00", "not compared"]);
});

test("the pane's sentence says the same", () => {
  const imported = planTrackerImport({ name: "MDF", values: { headers: HEADER, rows: ROWS.map((r) => r.map((v) => v ?? "")), headerRow: 1 } });
  expect(reconciliationSummary(imported.reconciliation!)).toBe("3 of 4 totals compared with the tracker's totals row (row 4): they match.");
});

test("no total compared is said, with why: no column imported holds amounts (the sample tracker read from its title row)", async () => {
  const tracker = join(tempDir(), "tracker.xlsx");
  writeFileSync(tracker, await sampleTrackerWorkbook().toBuffer());
  const { stdout } = await jmp(["import", tracker, "--dry-run", "--header-row", "1"]);
  expect(stdout).toContain("Reconciliation with the tracker's totals row (row 14): no total compared (no column imported holds amounts or counts).\n");
  expect(stdout).not.toContain("everything matches");
  // No table of no totals.
  expect(stdout).not.toMatch(/^\s+Total\s+Tracker\s+Imported/m);
});

test("a totals row blank under every amount imported: no total compared, in the CLI and the pane", async () => {
  const header = ["Partner", "Activity", "Requested", "Approved"];
  const rows = [["Contoso", "Webinar", 2000, 2000], ["Northwind", "Event", 3000, 1500], ["Total", null, null, null]];
  expect(await dryRun(header, rows)).toContain("Reconciliation with the tracker's totals row (row 4): no total compared (the totals row is blank in the 2 columns imported that hold amounts or counts).");

  const imported = planTrackerImport({ name: "MDF", values: { headers: header, rows: rows.map((r) => r.map((v) => v ?? "")), headerRow: 1 } });
  expect(reconciliationSummary(imported.reconciliation!)).toBe("No total compared with the tracker's totals row (row 4): the totals row is blank in the 2 columns imported that hold amounts or counts.");
});
