/** @jest-environment jsdom */
/**
 * The same import view inside Excel (the Office.js adapter on the typed fake): it reads the
 * tracker once, plans every choice without a round trip, and writes the import in a number of
 * syncs that does not grow with the tracker's rows.
 */
import "../taskpane/support/dom";
import { screen } from "@testing-library/react";
import { analyze } from "../../src/engine";
import { centsToUnits } from "../../src/model/money";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../fakes/fakeExcel";
import type { FakeExcel } from "../fakes/fakeExcel";
import { d } from "../import/trackerKit";
import type { Cell } from "../import/trackerKit";
import { EXPECTED, HEADER, HEADER_ROW, SHEET_ROWS, storedCell, TRACKER_SHEET } from "./paneTracker";
import { choose, fieldOf, setHeaderRow, showImport } from "./trackerPane";

/** A workbook in Excel holding the tracker sheet (and a sheet of instructions before it). */
function excelWithTracker(rows: readonly (readonly Cell[])[] = SHEET_ROWS): FakeExcel {
  const excel = createFakeExcel({ sheets: ["Read me", TRACKER_SHEET] });
  excel.sheet("Read me").setRaw(0, 0, "How to use this tracker");
  excel.sheet("Read me").setRaw(1, 0, "One row per activity.");
  rows.forEach((row, r) => row.forEach((value, c) => value !== null && value !== undefined && excel.sheet(TRACKER_SHEET).setRaw(r, c, storedCell(value))));
  excel.reset();
  return excel;
}

/** The tracker with `count` activities of the same shape, for a larger import. */
function longTracker(count: number): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 0; i < count; i++) {
    const partner = `Partner ${i % 7}`;
    rows.push([partner, `Activity ${i}`, i % 2 ? "Cloud" : "Security", "Webinar", d("2026-03-02"), d("2026-03-02"), 2000, 1000, 1000, "Done", 1000, d("2026-04-01"), 5000, 9000, null]);
  }
  return [["Contoso channel MDF tracker FY26"], [], [], HEADER, ...rows];
}

/** Imports the tracker with "Business Impact" as Revenue; returns the syncs the Accept took. */
async function importThrough(excel: FakeExcel, workbook: ExcelWorkbook, activities: number): Promise<number> {
  const { user, onImported } = showImport(workbook);
  await screen.findByRole("heading", { name: "Preview" });
  await choose(user, fieldOf("Business Impact"), "Revenue");
  excel.reset();
  await user.click(screen.getByRole("button", { name: `Accept and import ${activities} activities` }));
  await screen.findByText(`Imported ${activities} activities from ${TRACKER_SHEET}`);
  expect(onImported).toHaveBeenCalledTimes(1);
  return excel.syncs;
}

test("in Excel the view reads the tracker once, plans each choice in memory, and imports in a fixed number of syncs", async () => {
  const excel = excelWithTracker();
  const workbook = new ExcelWorkbook(excel.host, { debounceMs: 5 });
  const { user } = showImport(workbook);
  await screen.findByRole("heading", { name: "Preview" });
  expect(screen.getByRole("combobox", { name: "Tracker sheet" })).toHaveProperty("value", TRACKER_SHEET);
  expect(screen.getByRole("spinbutton", { name: "Header row" })).toHaveProperty("value", String(HEADER_ROW));
  expect(fieldOf("Event Budget (est)")).toHaveProperty("value", "Total cost");
  expect(screen.getByText("Check: only 67% sure, by its header")).toBeTruthy();
  const opening = excel.syncs;
  // Listing, the stored mapping, a glance at each candidate's first rows, the tracker and the plan tables.
  expect(opening).toBeLessThanOrEqual(12);

  // Changing the header row and a column's field never goes back to Excel.
  excel.reset();
  await setHeaderRow(user, 3);
  await screen.findByText(/No row of the sheet becomes an activity/);
  await user.click(screen.getByRole("button", { name: "Back to row 4" }));
  await choose(user, fieldOf("Business Impact"), "Revenue");
  expect(screen.getByText("Everything matches the tracker's totals row (row 11).")).toBeTruthy();
  expect(excel.syncs).toBe(0);

  const trackerBefore = excel.values(TRACKER_SHEET, "A1:O11");
  await user.click(screen.getByRole("button", { name: "Accept and import 6 activities" }));
  await screen.findByText(`Imported 6 activities from ${TRACKER_SHEET}`);
  expect(excel.meter.refused).toBe(0);
  expect(excel.values(TRACKER_SHEET, "A1:O11")).toEqual(trackerBefore);

  const analysis = analyze(await workbook.readTables());
  const t = analysis.totals;
  expect([t.requested, t.authorized, t.spend, t.revenue, t.pipeline].map((c) => centsToUnits(c))).toEqual([EXPECTED.requested, EXPECTED.authorized, EXPECTED.spend, EXPECTED.revenue, EXPECTED.pipeline]);
  expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(JSON.parse((await workbook.readImportMapping()) ?? "{}").columns["Business Impact"]).toBe("revenue");
});

test("the write is batched: ten times the rows take the same number of syncs", async () => {
  const small = excelWithTracker(longTracker(20));
  const smallSyncs = await importThrough(small, new ExcelWorkbook(small.host, { debounceMs: 5 }), 20);
  document.body.innerHTML = "";
  const large = excelWithTracker(longTracker(200));
  const largeSyncs = await importThrough(large, new ExcelWorkbook(large.host, { debounceMs: 5 }), 200);
  expect(largeSyncs).toBe(smallSyncs);
  // The template, the appends of every table, the settings and the stored mapping, then one read of the plan.
  expect(largeSyncs).toBeLessThanOrEqual(32);
});
