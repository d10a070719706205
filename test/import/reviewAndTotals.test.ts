/**
 * What `jmp import` says of a German tracker with text amounts: its claim columns under the
 * "Erstattung" heading, "Bezahlt" read as Paid, the reconciliation's money to the cent
 * ("-1,001.00", "2,400.10"), and a suggestion to map a column otherwise given as a mapping file.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { jmp, tempDir } from "../cli/planWorkbook";
import { report, writeWorkbook } from "./acceptance";
import { writeRows } from "./trackerKit";

function germanTracker(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Tracker");
  writeRows(sheet, [
    ["MDF Tracker 2026"],
    [],
    [null, null, null, null, null, null, "Finanzierung", null, null, "Erstattung", null],
    ["Partner", "Lösung", "Aktivität", "Typ", "Start", "Ende", "Beantragt", "Genehmigt", "Kosten", "Betrag", "Status"],
    ["Northwind", "Cloud", "Frühjahrs-Webinar", "Webinar", "12.03.2026", "12.03.2026", "6.000,00 €", "6.000,00 €", "12.000,00 €", "5.800,50 €", "Bezahlt"],
    ["Contoso", "Security", "Messestand", "Messe", "14.04.2026", "16.04.2026", "15.000,00 €", "12.500,25 €", "30.000,00 €", null, "Genehmigt"],
    ["Fabrikam", "Cloud", "Kampagne", "Webinar", "01.05.2026", "31.05.2026", "2.500,75 €", "2.500,75 €", "5.000,00 €", "2.400,10 €", "Genehmigt"],
    // Beantragt: the rows add up to 23.500,75; the tracker's total says 24.501,75.
    ["Summe", null, null, null, null, null, "24.501,75 €", "21.001,00 €", "47.000,00 €", "8.200,60 €", null],
  ]);
  return workbook;
}

test("a German tracker: claims under Erstattung, Bezahlt is Paid, and the totals are compared to the cent", async () => {
  const dir = tempDir();
  const tracker = join(dir, "tracker.xlsx");
  await writeWorkbook(germanTracker(), tracker);
  const plan = join(dir, "plan.xlsx");
  const { code, stdout } = await jmp(["import", tracker, "-o", plan]);
  expect(code).toBe(1);
  // The last line starting so: a column's reconciliation comes after its mapping.
  const line = (start: string) => stdout.split("\n").filter((l) => l.trimStart().startsWith(start)).pop()?.trim().split(/\s{2,}/);
  expect(stdout.split("\n").find((l) => l.includes("Erstattung Betrag"))?.trim().split(/\s{2,}/)).toEqual(["Erstattung Betrag", "Amount claimed", "0.95", "header"]);
  expect(line("Erstattung Status")).toEqual(["Erstattung Status", "Claim status", "0.95", "header"]);
  expect(line("Beantragt")).toEqual(["Beantragt", "24,501.75", "23,500.75", "differs by -1,001.00"]);
  expect(line("Genehmigt")).toEqual(["Genehmigt", "21,001.00", "21,001.00", "matches"]);
  expect(line("Claims paid")).toEqual(["Claims paid", "5,800.50", "5,800.50", "matches"]);
  expect(line("Claims approved")).toEqual(["Claims approved", "2,400.10", "2,400.10", "matches"]);
  expect(stdout).not.toMatch(/not understood/);

  // The plan, in euros: 5,800.50 paid; spent, the paid and the approved claim, 5,800.50 + 2,400.10.
  const { totals } = await report(plan);
  expect([totals.requested, totals.authorized, totals.spend, totals.paid]).toEqual([23_500.75, 21_001, 8_200.6, 5_800.5]);
});

test("a column the review suggests mapping otherwise is named with the mapping file that does it", async () => {
  const dir = tempDir();
  const tracker = join(dir, "tracker.xlsx");
  const workbook = new ExcelJS.Workbook();
  writeRows(workbook.addWorksheet("Tracker"), [
    ["Partner", "Activity", "Requested", "Approved", "Claimed", "Status"],
    ["Contoso", "Webinar", 100, 100, 80, "Approved"],
    ["Fabrikam", "Booth", 200, 200, 150, "Rejected"],
  ]);
  await writeWorkbook(workbook, tracker);
  const { stdout } = await jmp(["import", tracker, "--dry-run"]);
  const hint = /map it to Claim status with --mapping FILE\.json \((\{.*\})\)$/m.exec(stdout);
  expect(hint?.[1]).toBe(`{ "format": "jmp-tracker-mapping", "version": 1, "columns": { "Status": "claimStatus" } }`);
  // The file the hint shows is one the import takes.
  const mapping = join(dir, "mapping.json");
  await writeFile(mapping, hint?.[1] ?? "");
  const mapped = await jmp(["import", tracker, "--dry-run", "--mapping", mapping]);
  expect(mapped.stdout).toMatch(/Status +Claim status +1\.00 +saved/);
});
