/**
 * Negative and zero amounts are imported as the tracker has them (the plan's check then reports
 * a negative amount, V04), never dropped without a word; and the reconciliation holds what the
 * import wrote against the tracker's totals row, not the tracker's own cells.
 */
import { dayFromText, serialFromDay } from "../../../src/model/dates";
import { planTrackerImport } from "../../../src/workbook/convert/tracker";
import type { TrackerImport } from "../../../src/workbook/convert/tracker";

const HEADER = ["Partner", "Activity", "Type", "Start", "End", "Requested", "Approved", "Claimed", "Claim Status"];
const day = (text: string) => serialFromDay(dayFromText(text) as number);

/** The trial's v_negclaim tracker: a rejected claim in brackets, a credit, a zero claim, a negative request. */
const NEGATIVES: unknown[][] = [
  ["A Corp", "Rejected claim positive", "Webinar", day("2026-02-01"), day("2026-02-01"), 1000, 1000, 500, "Rejected"],
  ["A Corp", "Negative claim approved", "Webinar", day("2026-03-01"), day("2026-03-01"), 1000, 1000, "(1,200)", "Approved"],
  ["A Corp", "Negative claim number", "Webinar", day("2026-04-01"), day("2026-04-01"), 1000, 1000, -300, "Paid"],
  ["A Corp", "Zero claim", "Webinar", day("2026-05-01"), day("2026-05-01"), 1000, 1000, 0, "Submitted"],
  ["A Corp", "Neg requested", "Webinar", day("2026-05-01"), day("2026-05-01"), "(2,000.00)", 1000, "", ""],
  ["Total", "", "", "", "", 2000, 5000, -1000, ""],
];

function importRows(rows: unknown[][], header = HEADER): TrackerImport {
  return planTrackerImport({ name: "Tracker", values: { headers: header, rows, headerRow: 1 } });
}

const cellsOf = (imported: TrackerImport, table: string, keys: readonly string[]) =>
  imported.rows.filter((r) => r.table === table).map((r) => keys.map((k) => r.cells.get(k)));

test("claims of (1,200), -300 and 0 (with a status) are imported with their statuses, and a negative request is kept", () => {
  const imported = importRows(NEGATIVES);
  expect(cellsOf(imported, "JmpClaims", ["amountClaimed", "status"])).toEqual([
    [500, "Rejected"],
    [-1200, "Approved"],
    [-300, "Paid"],
    [0, "Submitted"],
  ]);
  expect(cellsOf(imported, "JmpTactics", ["mdfRequested"]).map(([v]) => v)).toEqual([1000, 1000, 1000, 1000, -2000]);
});

test("the totals row reconciles with the claims written: -1,000 claimed, -300 paid, -1,200 approved", () => {
  const reconciliation = importRows(NEGATIVES).reconciliation;
  const figures = reconciliation?.totals.map((t) => [t.column, t.tracker, t.imported, t.matches]);
  // By hand: 1000 x 4 - 2000 requested; 5 x 1000 approved; 500 - 1200 - 300 + 0 claimed.
  expect(figures).toEqual([
    ["Requested", 2000, 2000, true],
    ["Approved", 5000, 5000, true],
    ["Claimed", -1000, -1000, true],
    ["Claims paid", -300, -300, true],
    ["Claims approved", -1200, -1200, true],
  ]);
});

test("a negative approved amount makes an allocation; zero approved and a bare zero claim (a formula column's 0) make none", () => {
  const imported = importRows([
    ["A Corp", "Clawed back", "Webinar", day("2026-02-01"), day("2026-02-01"), 1000, -250, 0, ""],
    ["A Corp", "Not approved", "Webinar", day("2026-03-01"), day("2026-03-01"), 1000, 0, 0, ""],
  ]);
  expect(cellsOf(imported, "JmpAllocations", ["amount"])).toEqual([[-250]]);
  expect(cellsOf(imported, "JmpClaims", ["amountClaimed"])).toEqual([]);
});

test("the reconciliation compares what was written: a repeated activity's second request, not imported, is a difference", () => {
  const header = ["Activity ID", "Partner", "Activity", "Requested", "Claimed"];
  const imported = importRows(
    [
      ["A-1", "A Corp", "Webinar", 1000, 400],
      ["A-1", "A Corp", "Webinar", 1000, 300],
      ["Total", "", "", 2000, 700],
    ],
    header,
  );
  // The activity and its request come from its first row (1,000); both rows' claims are written (700).
  expect(imported.reconciliation?.totals.map((t) => [t.column, t.tracker, t.imported, t.difference])).toEqual([
    ["Requested", 2000, 1000, -1000],
    ["Claimed", 700, 700, 0],
  ]);
  expect(imported.reconciliation?.matches).toBe(false);
});

test("an accounting negative with its currency symbol, '$ (500.00)', '($500.00)' or '(500.00) $', is a negative claim like '(500.00)'", () => {
  const texts = ["(500.00)", "$ (500.00)", "($500.00)", "(500.00) $"];
  const imported = importRows(texts.map((claimed, i) => ["A Corp", `Credit ${i}`, "Webinar", day("2026-02-01"), day("2026-02-01"), 1000, 1000, claimed, "Approved"]));
  expect(cellsOf(imported, "JmpClaims", ["amountClaimed", "status"])).toEqual(texts.map(() => [-500, "Approved"]));
  // Read, so none is copied as text that is no number.
  expect(imported.review.filter((r) => r.kind === "unreadable")).toEqual([]);
});
