/**
 * A user with their plan open in browser mode brings in next quarter's tracker, kept in a file of
 * its own: Set up > Import a tracker > Open a tracker file. The tracker's activities go into the
 * open plan (the figures the command line gives for `jmp import --into`), and the plan stays the
 * workbook that is open and downloaded.
 */
import { basename, join } from "path";
import { TRACKER_SHEET, trackerWorkbook } from "../tracker/paneTracker";
import { startPane, WORK_DIR } from "./paneBrowser";
import type { PaneHarness } from "./paneBrowser";
import { openFile, showView } from "./paneText";
import { samplePlanFile } from "./workbooks";

let pane: PaneHarness;
let plan: string;
const tracker = join(WORK_DIR, "next-quarter-tracker.xlsx");

beforeAll(async () => {
  plan = samplePlanFile("plan-for-tracker.xlsx");
  await trackerWorkbook().xlsx.writeFile(tracker);
  pane = await startPane();
  await pane.open();
  await openFile(pane.page, plan, basename(plan));
});

afterAll(async () => {
  await pane?.close();
});

test("a tracker file opened beside the plan is imported into the open plan", async () => {
  const { page } = pane;
  await showView(page, "Set up");
  const region = page.getByRole("region", { name: "Import a tracker" });
  await region.getByText(/No sheet besides the plan's own holds a list/).waitFor();
  await region.getByLabel("Open a tracker file (.xlsx)").setInputFiles(tracker);
  await region.getByText("Sheets of next-quarter-tracker.xlsx, imported into this plan").waitFor();
  await region.getByText("Found on row 4.").waitFor();
  await expect(region.getByRole("combobox", { name: "Tracker sheet" }).textContent()).resolves.toContain(TRACKER_SHEET);
  await region.getByRole("button", { name: "Accept and import 6 activities" }).click();
  await region.getByText(`Imported 6 activities from ${TRACKER_SHEET}`).waitFor();
  await page.getByRole("progressbar").waitFor({ state: "detached" });
  // Still the plan's file, now changed; the tracker file is not what the pane holds.
  const files = page.getByRole("group", { name: "Workbook file" });
  await files.getByText(basename(plan)).waitFor();
  await files.getByText("Changed, not downloaded").waitFor();
  await pane.screenshot("14-import-tracker-file");
});
