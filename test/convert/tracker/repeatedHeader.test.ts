/**
 * A tracker kept in blocks (a quarter's heading, the header again, its rows, its subtotal) is
 * read as one list: the repeated header row is skipped like a group heading, never imported as
 * an activity of partner "Partner", and the totals row is reconciled with the rows imported.
 */
import { dayFromText, serialFromDay } from "../../../src/model/dates";
import { planTrackerImport } from "../../../src/workbook/convert/tracker";

const HEADER = ["Partner", "Activity", "Type", "Start", "Requested", "Approved", "Status"];
const day = (text: string) => serialFromDay(dayFromText(text) as number);
const blank = (): unknown[] => HEADER.map(() => "");
const label = (text: string, requested?: number, approved?: number): unknown[] => [text, "", "", "", requested ?? "", approved ?? "", ""];

/** The trial's t11_blocks tracker: "Q1" on sheet row 1, its header on row 2, "Q2" on row 7 and its header again on row 8. */
const imported = planTrackerImport({
  name: "FY26",
  values: {
    headerRow: 1,
    headers: label("Q1"),
    rows: [
      HEADER,
      ["Contoso", "Webinar 1", "Webinar", day("2026-02-01"), 1000, 1000, "Approved"],
      ["Northwind", "Event 1", "Event", day("2026-03-01"), 2000, 1500, "Approved"],
      label("Q1 Total", 3000, 2500),
      blank(),
      label("Q2"),
      HEADER,
      ["Contoso", "Webinar 2", "Webinar", day("2026-05-01"), 1200, 1200, "Approved"],
      ["Northwind", "Email 2", "Email", day("2026-06-01"), 800, "", "Pending"],
      label("Q2 Total", 2000, 1200),
      blank(),
      label("FY Total", 5000, 3700),
    ],
  },
});

test("the header repeated on row 8 is skipped as a repeated header, not imported as a tactic", () => {
  expect(imported.headerRow).toBe(2);
  expect(imported.skipped.filter((s) => s.reason !== "blank").map((s) => [s.row, s.reason])).toEqual([
    [5, "totals"],
    [7, "note"],
    [8, "header"],
    [11, "totals"],
    [13, "totals"],
  ]);
  const tactics = imported.rows.filter((r) => r.table === "JmpTactics").map((r) => r.cells.get("description"));
  expect(tactics).toEqual(["Webinar 1", "Event 1", "Webinar 2", "Email 2"]);
  expect(imported.rows.filter((r) => r.table === "JmpPartners").map((r) => r.cells.get("partner"))).toEqual(["Contoso", "Northwind"]);
  expect(imported.newTacticTypes).toEqual([]);
  expect(imported.review.filter((r) => r.kind === "unreadable")).toEqual([]);
});

test("the FY Total row reconciles with the four activities: 1000 + 2000 + 1200 + 800 requested, 1000 + 1500 + 1200 approved", () => {
  expect(imported.reconciliation?.totals.map((t) => [t.column, t.tracker, t.imported, t.matches])).toEqual([
    ["Requested", 5000, 5000, true],
    ["Approved", 3700, 3700, true],
  ]);
  expect(imported.reconciliation).not.toHaveProperty("rows");
});
