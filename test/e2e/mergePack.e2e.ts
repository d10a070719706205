/**
 * Scenario: a user merges a partner's filled pack in browser mode and downloads the plan. The
 * download's Dashboard and Issues sheets are those of the merged plan, as `jmp merge` leaves
 * them: the Issues heading counts what `jmp check` finds in the downloaded file, and the
 * Dashboard shows the partner's new revenue. The same runs on the page opened from disk
 * (`file:///.../app.html`), where the page may not start its open worker and reads files itself.
 */
import { rmSync } from "fs";
import { basename, join } from "path";
import ExcelJS from "exceljs";
import type { ReportJson } from "../../src/engine/reportJson";
import { startPane, WORK_DIR } from "./paneBrowser";
import type { PaneHarness } from "./paneBrowser";
import { showView } from "./paneText";
import { jmp, reportOf, samplePlanFile } from "./workbooks";

const PARTNER = "P-103";
/** The revenue the partner adds, in plan currency units. */
const ADDED_REVENUE = 12_345.67;

/** The sample plan with its Dashboard and Issues, and a filled pack of P-103 adding an outcome. */
async function planAndFilledPack(name: string): Promise<{ plan: string; pack: string }> {
  const plan = samplePlanFile(`${name}-plan.xlsx`);
  jmp("apply", plan);
  const pack = join(WORK_DIR, `${name}-pack.xlsx`);
  rmSync(pack, { force: true });
  jmp("pack", plan, "--partner", PARTNER, "-o", pack);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(pack);
  const outcomes = workbook.getWorksheet("Outcomes") as ExcelJS.Worksheet;
  const headers = outcomes.getRow(1).values as unknown[];
  let row = 2;
  while (outcomes.getCell(row, 1).value !== null && outcomes.getCell(row, 1).value !== undefined) row++;
  const cells: Record<string, ExcelJS.CellValue> = { "Outcome ID": "O-E2E-1", "Partner ID": PARTNER, "Initiative ID": "INI-CLOUD", Metric: "Revenue", Value: ADDED_REVENUE, Date: new Date(Date.UTC(2026, 5, 30)) };
  for (const [header, value] of Object.entries(cells)) outcomes.getCell(row, headers.indexOf(header)).value = value;
  // Dated after the plan period: one more finding, so the Issues sheet must change too.
  const late: Record<string, ExcelJS.CellValue> = { ...cells, "Outcome ID": "O-E2E-2", Value: 0, Date: new Date(Date.UTC(2027, 1, 1)) };
  for (const [header, value] of Object.entries(late)) outcomes.getCell(row + 1, headers.indexOf(header)).value = value;
  await workbook.xlsx.writeFile(pack);
  return { plan, pack };
}

/** Opens the plan, merges the pack and downloads the plan to `saved`. */
async function mergeAndDownload(pane: PaneHarness, plan: string, pack: string, saved: string): Promise<void> {
  const { page } = pane;
  await page.getByLabel("Open an .xlsx workbook").setInputFiles(plan);
  // Either the file opens or the pane says why not: a refusal must fail the test, not hang it.
  const refused = page.getByText("The file could not be opened");
  await page.getByRole("group", { name: "Workbook file" }).getByText(basename(plan)).or(refused).first().waitFor();
  expect(await refused.count()).toBe(0);
  await page.waitForFunction(() => document.querySelectorAll('[role="progressbar"]').length === 0);
  await showView(page, "Partner workbooks");
  await page.getByLabel("Choose a filled partner pack").setInputFiles(pack);
  await page.getByRole("button", { name: "Accept and write" }).click();
  const result = page.getByText(/imported: \d+ rows? added/);
  await result.waitFor();
  expect(await result.textContent()).toMatch(/Plan checked: .* Dashboard and Issues sheets refreshed\./);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
  await download.saveAs(saved);
}

/** The Issues heading's counts, the Dashboard's revenue of P-103, and what the command line says of the file. */
async function downloadedSheets(file: string): Promise<{ heading: string; revenue: number; report: ReportJson }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const heading = String(workbook.getWorksheet("Issues")?.getCell("A2").value);
  const dashboard = workbook.getWorksheet("Dashboard") as ExcelJS.Worksheet;
  let title = 1;
  while (dashboard.getCell(title, 1).value !== "By partner") title++;
  const headers = dashboard.getRow(title + 1).values as unknown[];
  let row = title + 2;
  while (dashboard.getCell(row, 1).value !== PARTNER) row++;
  return { heading, revenue: Number(dashboard.getCell(row, headers.indexOf("Revenue")).value), report: reportOf(file) };
}

function expectMergedSheets({ heading, revenue, report }: Awaited<ReturnType<typeof downloadedSheets>>, before: ReportJson): void {
  const errors = report.issues.filter((i) => i.severity === "error").length;
  const warnings = report.issues.length - errors;
  expect(heading.startsWith(`${errors} errors, ${warnings} warnings · `)).toBe(true);
  expect(report.issues.length).toBeGreaterThan(before.issues.length);
  const partner = (r: ReportJson) => r.partners.find((p) => p.id === PARTNER)?.revenue ?? NaN;
  expect(partner(report)).toBeCloseTo(partner(before) + ADDED_REVENUE, 2);
  expect(revenue).toBeCloseTo(partner(report), 2);
}

describe.each([["server"], ["disk"]] as const)("merging a pack on the page loaded from the %s", (from) => {
  let pane: PaneHarness;

  beforeAll(async () => {
    pane = await startPane();
    await pane.open(from);
  });

  afterAll(async () => {
    await pane?.close();
  });

  test("the downloaded plan's Dashboard and Issues are those of the merged plan", async () => {
    const { plan, pack } = await planAndFilledPack(`merge-${from}`);
    const before = reportOf(plan);
    const saved = join(WORK_DIR, `merged-${from}.xlsx`);
    await mergeAndDownload(pane, plan, pack, saved);
    await pane.screenshot(`merge-${from}`);
    expectMergedSheets(await downloadedSheets(saved), before);
    expect(pane.errors).toEqual([]);
    expect(pane.outside).toEqual([]);
  });
});
