/** @jest-environment jsdom */
/**
 * Importing a tracker in the pane over the xlsx adapter (browser mode's): the view finds the
 * tracker sheet and its header, shows each column's field and confidence, previews the rows,
 * reconciles the totals row and lists what to review; the user's header row and column choices
 * re-plan at once; Accept writes the plan, and the next import of the same tracker applies the
 * saved mapping and updates the rows it made.
 */
import "../taskpane/support/dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import { analyze } from "../../src/engine";
import { centsToUnits } from "../../src/model/money";
import type { ImportableWorkbook } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { d, writeRows } from "../import/trackerKit";
import { seriousViolations } from "../taskpane/support/pane";
import { EXPECTED, HEADER_ROW, ROWS, TRACKER_SHEET, trackerWorkbook } from "./paneTracker";
import { choose, fieldOf, setHeaderRow, showImport, tableRows } from "./trackerPane";

async function trackerFile(): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(await trackerWorkbook().xlsx.writeBuffer());
}

/** Waits until the view has planned the import of the chosen sheet. */
async function planned(): Promise<void> {
  await screen.findByRole("heading", { name: "Preview" });
}

test("finds the tracker, shows the mapping with its confidence, previews, reconciles, and imports the user's choices on Accept", async () => {
  const workbook = await trackerFile();
  const trackerBefore = await workbook.readSheet(TRACKER_SHEET);
  const { user, onImported, container } = showImport(workbook);
  await planned();
  expect(await seriousViolations(container)).toEqual([]);

  // Of two sheets the tracker-like one is chosen, and its header found under the title rows.
  expect(screen.getByRole("combobox", { name: "Tracker sheet" })).toHaveProperty("value", TRACKER_SHEET);
  expect(screen.getByRole("spinbutton", { name: "Header row" })).toHaveProperty("value", String(HEADER_ROW));
  expect(screen.getByText(`Found on row ${HEADER_ROW}.`)).toBeTruthy();

  expect(fieldOf("Partner")).toHaveProperty("value", "Partner");
  expect(fieldOf("Program")).toHaveProperty("value", "Initiative");
  expect(fieldOf("Notes")).toHaveProperty("value", "Not imported");
  // "Business Impact" names no field the importer knows: it is the user who makes it the revenue.
  expect(fieldOf("Business Impact")).not.toHaveProperty("value", "Revenue");
  // A low confidence is said in words, not only in colour.
  expect(fieldOf("Event Budget (est)")).toHaveProperty("value", "Total cost");
  expect(screen.getByText("Check: only 67% sure, by its header")).toBeTruthy();
  expect(screen.getByText(/\d+ columns? read with low confidence/)).toBeTruthy();

  expect(tableRows("Rows per plan table").slice(0, 6)).toEqual([
    ["Initiatives", "2", "0"],
    ["Partners", "3", "0"],
    ["Joint Plan", "4", "0"],
    ["Tactics", "6", "0"],
    ["Allocations", "5", "0"],
    ["Claims", "4", "0"],
  ]);
  const tactics = tableRows("First rows for Tactics");
  expect(tactics).toHaveLength(3);
  expect(tactics[0]).toContain("Cloud webinar");
  expect(tactics[0]).toContain("2026-02-10");
  // Amounts as money in the plan's currency, as the rest of the pane shows them.
  expect(tactics[0]).toContain("$10,000.00");
  expect(tactics[0]).toContain("$5,000.00");
  expect(screen.getByText("Everything matches the tracker's totals row (row 11).")).toBeTruthy();
  expect(tableRows("Totals: tracker and imported")).toContainEqual(["Requested", "48,500.00", "48,500.00", "matches"]);
  expect(screen.getByText(/^Column [A-Z]+ "Business Impact"/)).toBeTruthy();

  // A wrong header row: the blank row above the header makes no activity, and Accept waits.
  await setHeaderRow(user, 3);
  await screen.findByText("Your choice; the header looked like row 4.");
  expect(screen.getByText(/No row of the sheet becomes an activity/)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Accept and import 0 activities" })).toHaveProperty("disabled", true);
  await user.click(screen.getByRole("button", { name: "Back to row 4" }));
  await screen.findByText(`Found on row ${HEADER_ROW}.`);

  // The column the importer did not know is the revenue the activities closed.
  await choose(user, fieldOf("Business Impact"), "Revenue");
  expect(fieldOf("Business Impact")).toHaveProperty("value", "Revenue");
  expect(screen.getByText("Your choice")).toBeTruthy();
  expect(tableRows("Totals: tracker and imported")).toContainEqual(["Business Impact", "180,000.00", "180,000.00", "matches"]);
  expect(screen.queryByText(/^Column [A-Z]+ "Business Impact"/)).toBeNull();
  // Two activities closed revenue and four made pipeline.
  expect(tableRows("Rows per plan table")).toContainEqual(["Outcomes", "6", "0"]);

  await user.click(screen.getByRole("button", { name: "Accept and import 6 activities" }));
  expect(await screen.findByText(`Imported 6 activities from ${TRACKER_SHEET}`)).toBeTruthy();
  expect(screen.getByText(/The plan's period is now 2026-01-01 to 2026-12-31\./)).toBeTruthy();
  expect(onImported).toHaveBeenCalledTimes(1);

  const analysis = analyze(await workbook.readTables());
  const t = analysis.totals;
  expect([analysis.plan.partners.length, analysis.plan.tactics.length]).toEqual([EXPECTED.partners, EXPECTED.tactics]);
  expect([t.requested, t.authorized, t.spend, t.paid, t.revenue, t.pipeline].map((c) => centsToUnits(c))).toEqual([
    EXPECTED.requested,
    EXPECTED.authorized,
    EXPECTED.spend,
    EXPECTED.paid,
    EXPECTED.revenue,
    EXPECTED.pipeline,
  ]);
  expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(analysis.plan.settings.planName).toBe("Contoso FY26");
  expect(JSON.parse((await workbook.readImportMapping()) ?? "{}").columns["Business Impact"]).toBe("revenue");
  expect(await workbook.readSheet(TRACKER_SHEET)).toEqual(trackerBefore);
  // Pressing again would write the same rows again: the button waits for a change.
  expect(screen.getByRole("button", { name: "Accept and import 6 activities" })).toHaveProperty("disabled", true);
});

test("next quarter's tracker imports in one press: the saved mapping applies and the rows made last time are updated", async () => {
  const workbook = await trackerFile();
  const first = showImport(workbook);
  await planned();
  await choose(first.user, fieldOf("Business Impact"), "Revenue");
  await first.user.click(screen.getByRole("button", { name: "Accept and import 6 activities" }));
  await screen.findByText(`Imported 6 activities from ${TRACKER_SHEET}`);
  first.unmount();

  // Next quarter: the workshop's claim came in, a new activity is added and the Total row moves down.
  const sheet = workbook.workbook.getWorksheet(TRACKER_SHEET);
  if (!sheet) throw new Error("no tracker sheet");
  sheet.getCell("J9").value = "Approved";
  sheet.getCell("I9").value = 4000;
  writeRows(sheet, [["Litware LLC", "Summer security webinar", "Security", "Webinar", d("2026-07-08"), d("2026-07-08"), 5000, 2500, 2500, "Done", 2500, d("2026-08-01"), 20000, 50000, null], ["Total"]], 11);

  const second = showImport(workbook);
  await planned();
  expect(fieldOf("Business Impact")).toHaveProperty("value", "Revenue");
  expect(screen.getAllByText("As the last import").length).toBe(ROWS[0].length);
  expect(screen.getByText(/Columns the last import named keep the field it gave them/)).toBeTruthy();
  // Of the six tactics the first import made, one changes: the workshop, whose claim came in.
  expect(tableRows("Rows per plan table")).toContainEqual(["Tactics", "1", "1"]);
  expect(screen.getByText(/rows? of the last import will be updated and \d+ rows? added\. Rows you added in the plan stay as they are\./)).toBeTruthy();

  await second.user.click(screen.getByRole("button", { name: "Accept and import 7 activities" }));
  await screen.findByText(`Imported 7 activities from ${TRACKER_SHEET}`);
  const analysis = analyze(await workbook.readTables());
  expect(analysis.plan.tactics).toHaveLength(7);
  expect(analysis.plan.partners).toHaveLength(3);
  // The workshop now approved and funded: 4000 more requested and authorized; the new webinar adds its own.
  expect(centsToUnits(analysis.totals.requested)).toBe(EXPECTED.requested + 4000 + 2500);
  expect(centsToUnits(analysis.totals.authorized)).toBe(EXPECTED.authorized + 4000 + 2500);
  expect(centsToUnits(analysis.totals.revenue)).toBe(EXPECTED.revenue + 20000);
});

test("the same tracker again: the preview says importing changes nothing, and the import says nothing changed", async () => {
  const workbook = await trackerFile();
  const first = showImport(workbook);
  await planned();
  await first.user.click(screen.getByRole("button", { name: "Accept and import 6 activities" }));
  await screen.findByText(`Imported 6 activities from ${TRACKER_SHEET}`);
  first.unmount();

  const second = showImport(workbook);
  await planned();
  expect(screen.getByText(`6 activities from ${TRACKER_SHEET}: the plan already holds them as they are, so importing changes nothing.`)).toBeTruthy();
  expect(screen.queryByRole("table", { name: "Rows per plan table" })).toBeNull();
  await second.user.click(screen.getByRole("button", { name: "Accept and import 6 activities" }));
  await screen.findByText(`Imported 6 activities from ${TRACKER_SHEET}`);
  expect(screen.getByText(/^Nothing changed: the plan already held every row as the tracker has it\./)).toBeTruthy();
});

test("a sheet with no header says why in one line, and the user can still name the header row and its columns", async () => {
  const workbook = XlsxWorkbook.create();
  writeRows(workbook.workbook.addWorksheet("Scratch"), [["Things to do"], ["call Maya"], ["book the venue"], ["Who", "Thing", "Requested", "Approved"], ["Northwind", "Webinar", 5000, 5000]]);
  const { user } = showImport(workbook);
  expect(await screen.findByText("Scratch cannot be imported as it is")).toBeTruthy();
  expect(screen.getByText(/No row of "Scratch" looks like a tracker's header/)).toBeTruthy();
  expect(screen.getByText(/No header was found by itself/)).toBeTruthy();

  await setHeaderRow(user, 4);
  await planned();
  expect(screen.queryByText("Scratch cannot be imported as it is")).toBeNull();
  expect(fieldOf("Requested")).toHaveProperty("value", "MDF requested");
  expect(screen.getByText(/No row of the sheet becomes an activity/)).toBeTruthy();
  await choose(user, fieldOf("Who"), "Partner");
  await choose(user, fieldOf("Thing"), "Activity");
  expect(screen.getByRole("button", { name: "Accept and import 1 activity" })).toHaveProperty("disabled", false);
  expect(tableRows("Rows per plan table")).toContainEqual(["Partners", "1", "0"]);
});

test("a status column to map otherwise is said in the pane's words: its drop-down under Columns, not a command-line flag", async () => {
  const workbook = XlsxWorkbook.create();
  writeRows(workbook.workbook.addWorksheet("Tracker"), [
    ["Partner", "Activity", "Requested", "Approved", "Claimed", "Status"],
    ["Contoso", "Webinar", 100, 100, 80.5, "Approved"],
    ["Fabrikam", "Booth", 200.25, 200, 150, "Rejected"],
    ["Total", null, 300.25, 300, 230.5, null],
  ]);
  const { user } = showImport(workbook);
  await planned();
  expect(screen.getByText(/If it is the claims' status, map it to Claim status: choose Claim status for "Status" under Columns/)).toBeTruthy();
  expect(screen.queryByText(/--mapping/)).toBeNull();
  // Money to the cent, counts whole: 100 + 200.25 requested, 80.50 + 150 claimed.
  expect(tableRows("Totals: tracker and imported")).toEqual(
    expect.arrayContaining([
      ["Requested", "300.25", "300.25", "matches"],
      ["Claimed", "230.50", "230.50", "matches"],
    ]),
  );
  await choose(user, fieldOf("Status"), "Claim status");
  expect(screen.queryByText(/map it to Claim status/)).toBeNull();
});

test("the rows the import skips are listed under To review with why, as jmp import lists them", async () => {
  const workbook = XlsxWorkbook.create();
  writeRows(workbook.workbook.addWorksheet("Tracker"), [
    ["Partner", "Activity", "Requested", "Approved"],
    ["Contoso", "Webinar", 100, 100],
    ["Fabrikam", "Booth", 200, 200],
    [],
    ["Total", null, 300, 300],
    ["Figures checked by finance in March"],
  ]);
  showImport(workbook);
  await planned();
  const review = screen.getByRole("region", { name: /^To review/ });
  // The blank row 4 is skipped too, but not listed, as the CLI leaves it out.
  expect(within(review).getByText("Skipped rows: 5 (totals), 6 (note).")).toBeTruthy();
});

test("a write the workbook refuses is reported in one line, and the pane is told to check what is there", async () => {
  const workbook = await trackerFile();
  const refusing: ImportableWorkbook = Object.assign(Object.create(workbook) as XlsxWorkbook, {
    appendRows: () => Promise.reject(new Error("No rows were added to Tactics: the cells below the table are not empty\nsecond line")),
  });
  const { user, onImported } = showImport(refusing);
  await planned();
  await user.click(screen.getByRole("button", { name: "Accept and import 6 activities" }));
  expect(await screen.findByText("The import did not finish")).toBeTruthy();
  expect(screen.getByText("No rows were added to Tactics: the cells below the table are not empty")).toBeTruthy();
  expect(screen.queryByText(/second line/)).toBeNull();
  expect(screen.queryByText(/^Imported \d+ activit/)).toBeNull();
  expect(onImported).toHaveBeenCalledTimes(1);
  await act(() => Promise.resolve());
  await waitFor(() => expect(screen.getByRole("button", { name: "Accept and import 6 activities" })).toHaveProperty("disabled", false));
});

test("a table with something just below it stops the import before anything is written, and the pane says nothing was imported", async () => {
  const workbook = await trackerFile();
  await workbook.applyTemplate({});
  const tactics = (await workbook.readTables()).find((t) => t.name === "JmpTactics");
  const sheet = tactics && workbook.workbook.getWorksheet(tactics.sheet);
  if (!tactics || !sheet) throw new Error("the template has a Tactics table");
  sheet.getCell(tactics.headerRow + tactics.rows.length + 2, tactics.firstColumn + 1).value = "checked by finance";
  const before = await workbook.readTables();
  const { user, onImported } = showImport(workbook);
  await planned();
  await user.click(screen.getByRole("button", { name: "Accept and import 6 activities" }));
  expect(await screen.findByText("Nothing was imported")).toBeTruthy();
  expect(screen.getByText(/^No rows were added to Tactics: the cells below the table on .* are not empty; move them and try again$/)).toBeTruthy();
  expect(await workbook.readTables()).toEqual(before);
  // The template was set up before the room was found missing: the pane checks the plan again.
  expect(onImported).toHaveBeenCalledWith(false);
});

test("a tracker in a file of its own is opened beside the plan and imported into it; the file is only read", async () => {
  const plan = XlsxWorkbook.create();
  await plan.applyTemplate({ withSample: true });
  const tacticsBefore = analyze(await plan.readTables()).plan.tactics.length;
  const bytes = new Uint8Array(await trackerWorkbook().xlsx.writeBuffer());
  const copy = bytes.slice();
  const { user, onImported } = showImport(plan);
  // The plan's own sheets hold no tracker.
  expect(await screen.findByText(/No sheet besides the plan's own holds a list: open the tracker file/)).toBeTruthy();

  await user.upload(screen.getByLabelText("Open a tracker file (.xlsx)"), new File([bytes], "contoso-tracker.xlsx"));
  await planned();
  expect(screen.getByText("Sheets of contoso-tracker.xlsx, imported into this plan")).toBeTruthy();
  expect(screen.getByRole("combobox", { name: "Tracker sheet" })).toHaveProperty("value", TRACKER_SHEET);
  await user.click(screen.getByRole("button", { name: "Accept and import 6 activities" }));
  await waitFor(() => expect(onImported).toHaveBeenCalledWith(true));

  const after = analyze(await plan.readTables());
  expect(after.plan.tactics.length).toBe(tacticsBefore + 6);
  expect(await plan.listSheets()).not.toContainEqual(expect.objectContaining({ name: TRACKER_SHEET }));
  expect(bytes).toEqual(copy);
});

test("a file that is not a workbook is refused in one line and the view stays usable", async () => {
  const plan = XlsxWorkbook.create();
  await plan.applyTemplate({ withSample: true });
  const { user } = showImport(plan);
  await screen.findByText(/No sheet besides the plan's own holds a list/);
  await user.upload(screen.getByLabelText("Open a tracker file (.xlsx)"), new File(["Partner,Budget\nAdatum,1000\n"], "budget.xlsx"));
  expect(await screen.findByText("The tracker file could not be opened")).toBeTruthy();
  expect(screen.getByText(/^budget\.xlsx: /)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Open a tracker file" })).toHaveProperty("disabled", false);
});
