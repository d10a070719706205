import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import { analyze } from "../../../src/engine";
import type { Analysis } from "../../../src/engine";
import { excelMoneyFormat } from "../../../src/model/money";
import { cellLink } from "../../../src/workbook/xlsx/resultsIssues";
import { writeResults } from "../../../src/workbook/xlsx/writeResults";
import { cleanPlan, d, workbook } from "../../helpers/tables";

/** The clean plan plus a tactic of an unknown partner (an error) on sheet row 6 of Tactics. */
function planWithFindings(): Analysis {
  const parts = cleanPlan();
  parts.JmpTactics = [
    ...(parts.JmpTactics ?? []),
    { "Tactic ID": "T9", "Partner ID": "P404", "Initiative ID": "I-SEC", "Tactic type": "Event", Start: d("2026-05-01"), End: d("2026-05-02"), "Total cost": 100, "MDF requested": 50, Status: "Approved" },
  ];
  return analyze(workbook(parts));
}

/** The row of `sheet` whose column-A value is `label`. */
function rowLabelled(sheet: Worksheet, label: string, column = 1): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(column).value === label) return sheet.getRow(r);
  throw new Error(`no row labelled ${label}`);
}

/** Column number of `header` in the header row that follows the block titled `title`. */
function columnOf(sheet: Worksheet, title: string, header: string): number {
  const headerRow = sheet.getRow(rowLabelled(sheet, title).number + 1);
  for (let c = 1; c <= headerRow.cellCount; c++) if (headerRow.getCell(c).value === header) return c;
  throw new Error(`no header ${header} under ${title}`);
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return copy;
}

test("the Dashboard shows every partner's figures with the plan's formats and blanks for undefined ratios", async () => {
  const analysis = planWithFindings();
  const wb = new ExcelJS.Workbook();
  await writeResults(wb, analysis);
  const sheet = (await roundTrip(wb)).getWorksheet("Dashboard")!;

  expect(sheet.getCell("A1").value).toBe("FY26 Joint Marketing Plan");
  expect(String(sheet.getCell("A2").value)).toContain("2026-01-01 to 2026-12-31");
  const north = rowLabelled(sheet, "P001");
  expect(north.getCell(2).value).toBe("Northwind");
  const authorized = north.getCell(columnOf(sheet, "By partner", "Authorized"));
  expect(authorized.value).toBe(14000);
  expect(authorized.numFmt).toBe(excelMoneyFormat(analysis.plan.settings.currency));
  const coverage = north.getCell(columnOf(sheet, "By partner", "Coverage"));
  expect(coverage.value).toBe(analysis.partners[0].figures.coverage);
  expect(coverage.numFmt).toBe("0%");
  const roi = north.getCell(columnOf(sheet, "By partner", "ROI"));
  // ROI is a fraction (6.06) shown as a percent (606%), as every other ratio.
  expect(roi.value).toBe(analysis.partners[0].figures.roi);
  expect(roi.numFmt).toBe("0%");
  expect(north.getCell(columnOf(sheet, "By partner", "Opportunities")).numFmt).toBe("#,##0");

  // Tactic types have no budget and no forecast: those cells stay empty, not zero.
  const webinar = rowLabelled(sheet, "Webinar");
  expect(webinar.getCell(columnOf(sheet, "By tactic type", "Budget")).value).toBeNull();
  expect(webinar.getCell(columnOf(sheet, "By tactic type", "Attainment")).value).toBeNull();

  // Metric columns line up across blocks, and every block has a bold header row.
  expect(columnOf(sheet, "Total", "Revenue")).toBe(columnOf(sheet, "By partner", "Revenue"));
  expect(columnOf(sheet, "By tactic type", "Revenue")).toBe(columnOf(sheet, "By initiative", "Revenue"));
  const headerRow = sheet.getRow(rowLabelled(sheet, "By initiative").number + 1);
  expect(headerRow.getCell(1).font?.bold).toBe(true);
  expect(rowLabelled(sheet, "All partners").getCell(columnOf(sheet, "Total", "Revenue")).value).toBe(72000.5);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
});

test("the Issues sheet lists each finding in engine order with a working link to its cell", async () => {
  const analysis = planWithFindings();
  expect(analysis.findings.length).toBeGreaterThan(0);
  const wb = new ExcelJS.Workbook();
  await writeResults(wb, analysis);
  const sheet = (await roundTrip(wb)).getWorksheet("Issues")!;

  const header = rowLabelled(sheet, "Severity");
  expect(header.getCell(1).font?.bold).toBe(true);
  analysis.findings.forEach((f, i) => {
    const row = sheet.getRow(header.number + 1 + i);
    expect(row.getCell(1).value).toBe(f.severity);
    expect(row.getCell(2).value).toBe(f.code);
    expect(row.getCell(7).value).toBe(f.message);
  });
  const unknown = rowLabelled(sheet, "R01", 2);
  expect(unknown.getCell(4).value).toBe(6);
  expect(unknown.getCell(8).value).toEqual({ formula: `HYPERLINK("#'Tactics'!B6","Tactics!B6")`, result: "Tactics!B6" });
  expect(String(sheet.getCell("A2").value)).toMatch(/^\d+ errors?, \d+ warnings?/);
});

test("a clean plan gets an Issues sheet that says there is nothing to fix", async () => {
  const wb = new ExcelJS.Workbook();
  await writeResults(wb, analyze(workbook(cleanPlan())));
  const sheet = wb.getWorksheet("Issues")!;
  expect(String(sheet.getCell("A2").value)).toMatch(/^0 errors, 0 warnings/);
  expect(String(sheet.getCell("A5").value)).toMatch(/No findings/);
});

test("refreshing replaces only the generated sheets, at their tab positions, and keeps other sheets", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").getCell("A1").value = "my notes";
  await writeResults(wb, planWithFindings());
  wb.addWorksheet("Later").getCell("B2").value = 42;
  const reopened = await roundTrip(wb);

  await writeResults(reopened, analyze(workbook(cleanPlan())));
  const saved = await roundTrip(reopened);
  expect(saved.worksheets.map((w) => w.name)).toEqual(["Notes", "Dashboard", "Issues", "Later"]);
  expect(saved.getWorksheet("Notes")!.getCell("A1").value).toBe("my notes");
  expect(saved.getWorksheet("Later")!.getCell("B2").value).toBe(42);
  // The second analysis had no findings: nothing of the first Issues sheet survives.
  expect(String(saved.getWorksheet("Issues")!.getCell("A5").value)).toMatch(/No findings/);
});

test("a user's own sheet called Dashboard is never replaced", async () => {
  const wb = new ExcelJS.Workbook();
  const mine = wb.addWorksheet("Dashboard");
  mine.getCell("A1").value = "my own dashboard";
  mine.getCell("C3").value = { formula: "1+1", result: 2 };

  await writeResults(wb, planWithFindings());
  await writeResults(wb, planWithFindings());
  const saved = await roundTrip(wb);

  expect(saved.worksheets.map((w) => w.name)).toEqual(["Dashboard", "JMP Dashboard", "Issues"]);
  expect(saved.getWorksheet("Dashboard")!.getCell("A1").value).toBe("my own dashboard");
  expect(saved.getWorksheet("Dashboard")!.getCell("C3").value).toEqual({ formula: "1+1", result: 2 });
  expect(saved.getWorksheet("JMP Dashboard")!.getCell("A1").value).toBe("FY26 Joint Marketing Plan");
});

test("a generated sheet the user renamed is refreshed under its new name", async () => {
  const wb = new ExcelJS.Workbook();
  await writeResults(wb, planWithFindings());
  wb.getWorksheet("Issues")!.name = "Plan's issues";
  wb.definedNames.remove("'Issues'!$A$1", "JmpGeneratedIssues");
  wb.definedNames.add("'Plan''s issues'!$A$1", "JmpGeneratedIssues");
  const reopened = await roundTrip(wb);

  await writeResults(reopened, analyze(workbook(cleanPlan())));
  expect(reopened.worksheets.map((w) => w.name)).toEqual(["Dashboard", "Plan's issues"]);
  expect(String(reopened.getWorksheet("Plan's issues")!.getCell("A5").value)).toMatch(/No findings/);
});

test("links to sheets with quotes in their names stay valid formulas", () => {
  expect(cellLink("Joint Plan", "C12", "Joint Plan!C12")).toEqual({ formula: `HYPERLINK("#'Joint Plan'!C12","Joint Plan!C12")`, result: "Joint Plan!C12" });
  expect(cellLink(`Bob's "plan"`, "A1", `Bob's "plan"!A1`).formula).toBe(`HYPERLINK("#'Bob''s ""plan""'!A1","Bob's ""plan""!A1")`);
});

test("writeResults takes the port's options: only the Issues sheet is rebuilt, and the workbook opens on the sheet asked for", async () => {
  const analysis = planWithFindings();
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Plan");
  await writeResults(wb, analysis, { only: "issues", activate: "issues" });
  let copy = await roundTrip(wb);
  expect(copy.worksheets.map((s) => s.name)).toEqual(["Plan", "Issues"]);
  expect(copy.views[0].activeTab).toBe(1);

  await writeResults(wb, analysis, { activate: "dashboard" });
  copy = await roundTrip(wb);
  expect(copy.worksheets.map((s) => s.name)).toEqual(["Plan", "Issues", "Dashboard"]);
  expect(copy.views[0].activeTab).toBe(2);
});
