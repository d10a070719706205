/**
 * Issue 15: a new user opens their MDF tracker (.xlsx) in browser mode, goes to Set up > Import
 * a tracker, tries a wrong header row and goes back to the right one, tells the pane that the
 * "Business Impact" column it did not read as revenue is the revenue, accepts, and sees the tracker's figures
 * (computed by hand in `test/tracker/paneTracker.ts`) in the Results and Funding views.
 */
import { join } from "path";
import type { Locator } from "playwright-core";
import { EXPECTED, TRACKER_SHEET, trackerWorkbook } from "../tracker/paneTracker";
import { startPane, WORK_DIR } from "./paneBrowser";
import type { PaneHarness } from "./paneBrowser";
import { moneyText, openFile, showView } from "./paneText";

const FILE_NAME = "contoso-mdf-tracker.xlsx";
let pane: PaneHarness;

beforeAll(async () => {
  const file = join(WORK_DIR, FILE_NAME);
  pane = await startPane();
  await trackerWorkbook().xlsx.writeFile(file);
  await pane.open();
  await openFile(pane.page, file, FILE_NAME);
});

afterAll(async () => {
  await pane?.close();
});

/** Types a header row into the spin button and commits it. */
async function typeHeaderRow(region: Locator, row: number): Promise<void> {
  const spin = region.getByRole("spinbutton", { name: "Header row" });
  await spin.fill(String(row));
  await spin.press("Enter");
}

/** The value shown under a label in a figure group. */
async function figure(group: Locator, label: string): Promise<string> {
  const term = group.locator("dt", { hasText: new RegExp(`^${label}$`) });
  return (await term.locator("xpath=following-sibling::dd[1]").innerText()).trim();
}

test("a tracker is imported with a corrected header row and mapping, and its figures show", async () => {
  const { page } = pane;
  await showView(page, "Set up");
  const region = page.getByRole("region", { name: "Import a tracker" });
  await region.getByText("Found on row 4.").waitFor();
  await expect(region.getByRole("combobox", { name: "Tracker sheet" }).textContent()).resolves.toContain(TRACKER_SHEET);
  await region.getByText("Check: only 67% sure, by its header").waitFor();
  await pane.screenshot("11-import-tracker-found");

  // A wrong row first: the blank row above the header makes no activity.
  await typeHeaderRow(region, 3);
  await region.getByText("Your choice; the header looked like row 4.").waitFor();
  await region.getByText(/No row of the sheet becomes an activity/).waitFor();
  await expect(region.getByRole("button", { name: "Accept and import 0 activities" }).isDisabled()).resolves.toBe(true);
  // Then the right one.
  await typeHeaderRow(region, 4);
  await region.getByText("Found on row 4.").waitFor();

  // "Business Impact" is the revenue each activity closed.
  const won = region.getByRole("combobox", { name: "Business Impact" });
  await expect(won.textContent()).resolves.not.toContain("Revenue");
  await won.click();
  await page.getByRole("option", { name: "Revenue", exact: true }).click();
  await region.getByText("Your choice").waitFor();
  const totals = region.getByRole("table", { name: "Totals: tracker and imported" });
  await totals.getByRole("row", { name: /Business Impact 180,000.00 180,000.00 matches/ }).waitFor();
  await region.getByText("Everything matches the tracker's totals row (row 11).").waitFor();
  await pane.screenshot("12-import-tracker-mapped");

  await region.getByRole("button", { name: "Accept and import 6 activities" }).click();
  await region.getByText(`Imported 6 activities from ${TRACKER_SHEET}`).waitFor();
  await page.getByRole("progressbar").waitFor({ state: "detached" });
  // As jmp import does, the Dashboard and Issues sheets are written from the imported plan.
  await page.getByRole("toolbar", { name: "Plan actions" }).getByText("Dashboard is up to date.").waitFor();
  await pane.screenshot("13-import-tracker-done");

  await showView(page, "Results");
  const results = page.getByRole("group", { name: "Results totals" });
  await results.waitFor();
  expect(await figure(results, "Revenue")).toBe(moneyText(EXPECTED.revenue, "USD"));
  expect(await figure(results, "Spend")).toBe(moneyText(EXPECTED.spend, "USD"));
  expect(await figure(results, "ROI")).toBe(EXPECTED.roi);
  expect(await figure(results, "Pipeline")).toBe(moneyText(EXPECTED.pipeline, "USD"));

  await showView(page, "Funding");
  const funding = page.getByRole("group", { name: "Funding totals" });
  await funding.waitFor();
  expect(await figure(funding, "Requested")).toBe(moneyText(EXPECTED.requested, "USD"));
  expect(await figure(funding, "Authorized")).toBe(moneyText(EXPECTED.authorized, "USD"));

  expect(pane.outside).toEqual([]);
  expect(pane.errors).toEqual([]);
});
