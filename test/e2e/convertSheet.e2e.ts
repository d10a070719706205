/**
 * Scenario 4: a user opens a workbook holding the plan and an ad-hoc "Q3 requests" sheet, lets
 * the pane map the sheet onto Tactics, copies the rows, and sees them counted: the check and the
 * funding figures change as the engine says they should for the downloaded file, which holds
 * the new rows and the ad-hoc sheet unchanged.
 */
import { basename, join } from "path";
import { analyze } from "../../src/engine";
import { countFindings } from "../../src/model/findings";
import { money, plural } from "../../src/taskpane/format";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { Q3_SHEET } from "../convert/adHocSheets";
import { startPane, WORK_DIR } from "./paneBrowser";
import type { PaneHarness } from "./paneBrowser";
import { openFile, showView } from "./paneText";
import { planWithAdHocSheetFile } from "./workbooks";

let pane: PaneHarness;
let file: string;

beforeAll(async () => {
  file = await planWithAdHocSheetFile();
  pane = await startPane();
  await pane.open();
  await openFile(pane.page, file, basename(file));
});

afterAll(async () => {
  await pane?.close();
});

test("the ad-hoc sheet is mapped onto Tactics, copied, and counted", async () => {
  const { page } = pane;
  await showView(page, "Set up");
  const sheetPicker = page.getByRole("combobox", { name: "Sheet to convert" });
  await sheetPicker.waitFor();
  await expect(sheetPicker.textContent()).resolves.toContain(Q3_SHEET);
  const target = page.getByRole("combobox", { name: "Copy into" });
  await expect(target.textContent()).resolves.toContain("Tactics");
  await expect(page.getByRole("combobox", { name: "Partner ID" }).textContent()).resolves.toContain("Partner Name");
  await expect(page.getByRole("combobox", { name: "MDF requested" }).textContent()).resolves.toContain("MDF $");
  await page.getByRole("table", { name: "Preview of the rows for Tactics" }).getByText("Autumn security roadshow").waitFor();
  await pane.screenshot("09-convert-mapping");

  await page.getByRole("button", { name: "Copy 3 rows into Tactics" }).click();
  await page.getByText("Copied 3 rows into Tactics").waitFor();
  await page.getByRole("progressbar").waitFor({ state: "detached" });
  await pane.screenshot("10-convert-done");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
  const saved = join(WORK_DIR, "downloaded-converted.xlsx");
  await download.saveAs(saved);
  const after = await XlsxWorkbook.fromFile(saved);
  const analysis = analyze(await after.readTables());
  const before = await XlsxWorkbook.fromFile(file);
  const tacticsBefore = analyze(await before.readTables()).plan.tactics.length;
  expect(analysis.plan.tactics).toHaveLength(tacticsBefore + 3);
  expect(await after.readSheet(Q3_SHEET)).toEqual(await before.readSheet(Q3_SHEET));

  // The pane counts the new rows as the engine does for the saved file.
  const counts = countFindings(analysis.findings);
  await showView(page, "Check");
  await page.getByText(`${plural(counts.errors, "error")} and ${plural(counts.warnings, "warning")} in the plan.`).waitFor();
  await showView(page, "Funding");
  const requested = page.getByRole("definition").filter({ hasText: money(analysis.totals.requested, analysis.plan.settings.currency) });
  await requested.first().waitFor();

  expect(pane.outside).toEqual([]);
  expect(pane.errors).toEqual([]);
});
