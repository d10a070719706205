/**
 * A tracker cell the import cannot use is listed for review with its cell address: text in an
 * amount column ("OK"), an Excel error (#N/A, #REF!) in an amount column, and an error in the
 * totals row, whose total is then not compared. An error is never taken for a blank.
 */
import { dayFromText, serialFromDay } from "../../../src/model/dates";
import { planTrackerImport } from "../../../src/workbook/convert/tracker";

const HEADER = ["Partner", "Activity", "Start", "Requested", "Approved"];
const day = (text: string) => serialFromDay(dayFromText(text) as number);

/** The tracker sits from column B (firstColumn 2), header on sheet row 3: Approved is column F. */
const imported = planTrackerImport({
  name: "MDF 2026",
  values: {
    headers: HEADER,
    headerRow: 3,
    firstColumn: 2,
    rows: [
      ["Contoso", "Webinar", day("2026-02-01"), 2000, 2000],
      ["Contoso", "Event", day("2026-04-01"), 5000, { error: "#N/A" }],
      ["Northwind", "Booth", day("2026-06-01"), 10000, { error: "#REF!" }],
      ["Northwind", "Email", day("2026-07-01"), 1000, "OK"],
      ["Fabrikam", "Roadshow", day("2026-08-01"), 3000, 3000],
      ["Fabrikam", "Fair", day("2026-09-01"), 4000, 4000],
      ["Fabrikam", "Mailer", day("2026-10-01"), 500, 500],
      ["Total", "", "", 25500, { error: "#N/A" }],
    ],
  },
});

test("each error or text amount is listed with its cell, and copied into the allocation where the check reports it", () => {
  const unreadable = imported.review.filter((r) => r.kind === "unreadable").map((r) => r.message);
  expect(unreadable).toEqual([
    "Approved holds the error #N/A (cell 'MDF 2026'!F5); copied as it is",
    "Approved holds the error #REF! (cell 'MDF 2026'!F6); copied as it is",
    'Approved "OK" is not a number (cell \'MDF 2026\'!F7); copied as it is',
    "The totals row's \"Approved\" holds the error #N/A (cell 'MDF 2026'!F11): that total is not compared",
  ]);
  const allocations = imported.rows.filter((r) => r.table === "JmpAllocations").map((r) => r.cells.get("amount"));
  expect(allocations).toEqual([2000, "#N/A", "#REF!", "OK", 3000, 4000, 500]);
});

test("the totals row's error shows as itself in the reconciliation, not as a blank", () => {
  const approved = imported.reconciliation?.totals.find((t) => t.column === "Approved");
  expect(approved).toMatchObject({ tracker: null, trackerError: "#N/A", difference: null });
  expect(imported.reconciliation?.totals.find((t) => t.column === "Requested")).toMatchObject({ tracker: 25500, imported: 25500, matches: true });
});
