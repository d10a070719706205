/**
 * A bare "Status" column is read by its words: claim statuses beside claim amounts go to the
 * claims, activity statuses stay the tactics', words that fit both are listed for review, and
 * the reconciliation compares the claim money the tracker's statuses imply with the plan's.
 */
import { analyze } from "../../../src/engine";
import { dayFromText, serialFromDay } from "../../../src/model/dates";
import { planTrackerImport, writeImport } from "../../../src/workbook/convert/tracker";
import type { TrackerField } from "../../../src/workbook/convert/tracker";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";

const SHEET = "Tracker";
const HEADER = ["Partner", "Activity", "Type", "Start", "End", "Requested", "Approved", "Claimed", "Status", "Revenue"];
const STATUS_COLUMN = HEADER.indexOf("Status");

/** The reported tracker: three activities, two claimed, with the claims' statuses in "Status", and a totals row. */
function trackerRows(statuses: readonly string[]): unknown[][] {
  const day = (text: string) => serialFromDay(dayFromText(text) as number);
  return [
    ["Contoso", "Spring webinar", "Webinar", day("2026-03-10"), day("2026-03-10"), 1000, 1000, 900.05, statuses[0], 20000],
    ["Fabrikam", "Roadshow", "Event", day("2026-04-10"), day("2026-04-12"), 2000, 2000, 1900.1, statuses[1], ""],
    ["Northwind", "Email blast", "Email campaign", day("2026-05-01"), day("2026-05-05"), 500, 0, "", statuses[2], ""],
    ["Total", "", "", "", "", 3500, 3000, 2800.15, "", 20000],
  ];
}

const sheet = (statuses: readonly string[]) => ({ name: SHEET, values: { headers: HEADER, rows: trackerRows(statuses), headerRow: 1 } });
const statusField = (statuses: readonly string[], fields?: ReadonlyMap<number, TrackerField | undefined>) => planTrackerImport(sheet(statuses), { fields }).columns[STATUS_COLUMN].field;
const tacticStatuses = (statuses: readonly string[]) =>
  planTrackerImport(sheet(statuses))
    .rows.filter((r) => r.table === "JmpTactics")
    .map((r) => r.cells.get("status"));

describe("the reported tracker: Status holds claim statuses (Paid, Approved, Rejected)", () => {
  const reported = ["Paid", "Approved", "Rejected"];

  test("Status is the claims' status, the tactics take the import's default, and the decision is listed", () => {
    const imported = planTrackerImport(sheet(reported));
    expect(imported.columns[STATUS_COLUMN]).toMatchObject({ field: "claimStatus", by: "values" });
    expect(imported.rows.filter((r) => r.table === "JmpClaims").map((r) => r.cells.get("status"))).toEqual(["Paid", "Approved"]);
    // Approved when an amount was approved (rows 2, 3), else Submitted (row 4: 0 approved).
    expect(tacticStatuses(reported)).toEqual(["Approved", "Approved", "Submitted"]);
    expect(imported.review.find((r) => r.column === "Status")?.message).toMatch(/claim statuses \("Paid"\).*read as Claim status/);
    expect(imported.mapping.columns.Status).toBe("claimStatus");
  });

  test("the plan's Spend, Paid and Pending are the tracker's: 2,800.15 spent, 900.05 paid, nothing pending", async () => {
    const workbook = XlsxWorkbook.create({ now: () => new Date(Date.UTC(2026, 11, 6)) });
    const tracker = workbook.workbook.addWorksheet(SHEET);
    [HEADER, ...trackerRows(reported)].forEach((row, r) => row.forEach((v, c) => (tracker.getCell(r + 1, c + 1).value = v === "" ? null : (v as never))));
    await writeImport(workbook, { name: SHEET, values: await workbook.readSheet(SHEET) }, {}, "Plan");
    const { totals } = analyze(await workbook.readTables());
    // Spend: the Approved and the Paid claim, 1,900.10 + 900.05; Paid: 900.05; Pending (Submitted): none.
    expect({ spend: totals.spend, paid: totals.paid, pending: totals.pending }).toEqual({ spend: 280_015, paid: 90_005, pending: 0 });
  });

  test("the reconciliation compares the claims the tracker marks paid and approved with the plan's", () => {
    const { reconciliation } = planTrackerImport(sheet(reported));
    expect(reconciliation?.totals.filter((t) => t.field === "claimStatus")).toEqual([
      { field: "claimStatus", kind: "money", column: "Claims paid", tracker: 900.05, imported: 900.05, difference: 0, matches: true },
      { field: "claimStatus", kind: "money", column: "Claims approved", tracker: 1900.1, imported: 1900.1, difference: 0, matches: true },
    ]);
    expect(reconciliation?.matches).toBe(true);
  });

  test("read as the tactics' status (a mapping says so), the claims no longer match and the import says so", () => {
    const imported = planTrackerImport(sheet(reported), { fields: new Map([[STATUS_COLUMN, "tacticStatus"]]) });
    const figures = imported.reconciliation?.totals.filter((t) => t.field === "claimStatus");
    expect(figures?.map((t) => [t.column, t.tracker, t.imported, t.matches])).toEqual([
      ["Claims paid", 900.05, 0, false],
      ["Claims approved", 1900.1, 0, false],
    ]);
    expect(imported.reconciliation?.matches).toBe(false);
    expect(imported.review.some((r) => r.kind === "conflict" && /totals differ/.test(r.message))).toBe(true);
  });
});

test("without a totals row, claims whose statuses differ from the tracker's are listed for review", () => {
  const rows = trackerRows(["Paid", "Approved", "Rejected"]).slice(0, 3);
  const imported = planTrackerImport({ name: SHEET, values: { headers: HEADER, rows, headerRow: 1 } }, { fields: new Map([[STATUS_COLUMN, "tacticStatus"]]) });
  expect(imported.reconciliation).toBeUndefined();
  expect(imported.review.find((r) => r.kind === "conflict")?.message).toBe("The imported claims' statuses differ from the tracker's: Claims paid 900.05 in the tracker, 0.00 imported; Claims approved 1,900.10 in the tracker, 0.00 imported");
});

describe("a Status of the activities' statuses", () => {
  test("stays the tactics' status, with nothing to review about it", () => {
    const statuses = ["Completed", "Approved", "Cancelled"];
    const imported = planTrackerImport(sheet(statuses));
    expect(imported.columns[STATUS_COLUMN]).toMatchObject({ field: "tacticStatus", by: "header" });
    expect(tacticStatuses(statuses)).toEqual(["Completed", "Approved", "Cancelled"]);
    expect(imported.review.filter((r) => r.column === "Status")).toEqual([]);
    expect(imported.reconciliation?.matches).toBe(true);
  });

  test("mixed with a payment word, it stays the tactics' and is listed as ambiguous", () => {
    const imported = planTrackerImport(sheet(["Paid", "Completed", "Planned"]));
    expect(imported.columns[STATUS_COLUMN].field).toBe("tacticStatus");
    expect(imported.review.find((r) => r.column === "Status")?.message).toMatch(/both claim statuses \("Paid"\) and activity statuses \("Completed", "Planned"\)/);
  });
});

describe("a Status whose words fit both", () => {
  test('only "Approved" is read as the tactics\' status and listed for review', () => {
    const imported = planTrackerImport(sheet(["Approved", "Approved", "Approved"]));
    expect(imported.columns[STATUS_COLUMN].field).toBe("tacticStatus");
    const item = imported.review.find((r) => r.column === "Status");
    expect(item).toMatchObject({ kind: "lowConfidence" });
    expect(item?.message).toMatch(/fit an activity's status and a claim's alike \("Approved"\).*map it to Claim status/);
  });

  test('"Closed" ends an activity as well as a claim: it does not make the column the claims\'', () => {
    const imported = planTrackerImport(sheet(["Closed", "Approved", "Submitted"]));
    expect(imported.columns[STATUS_COLUMN].field).toBe("tacticStatus");
    expect(imported.review.find((r) => r.column === "Status")?.message).toMatch(/alike \("Closed", "Approved", "Submitted"\)/);
  });

  test("the user's choice of field for the column is kept", () => {
    expect(statusField(["Approved", "Approved", "Approved"], new Map([[STATUS_COLUMN, "claimStatus"]]))).toBe("claimStatus");
  });
});

test("without claim amounts, a payment word is the activity's status (Completed)", () => {
  const header = HEADER.filter((h) => h !== "Claimed");
  const rows = trackerRows(["Paid", "Approved", "Rejected"]).map((r) => r.filter((_, i) => HEADER[i] !== "Claimed"));
  const imported = planTrackerImport({ name: SHEET, values: { headers: header, rows, headerRow: 1 } });
  expect(imported.columns[header.indexOf("Status")].field).toBe("tacticStatus");
  expect(imported.rows.filter((r) => r.table === "JmpTactics").map((r) => r.cells.get("status"))).toEqual(["Completed", "Approved", "Rejected"]);
});

describe("an activity's words in the claim status column, and a claim's in the activity's", () => {
  const header = ["Partner", "Activity", "Requested", "Approved", "Claim Amount", "Claim Status"];
  const rows = [
    ["Northwind", "Spring webinar", 6000, 6000, 5800.5, "Paid"],
    ["Contoso", "Booth", 15000, 12500.25, "", "Completed"],
    ["Fabrikam", "Email blast", 2500.75, 2500.75, 2400.1, "Approved"],
    ["Contoso", "Roadshow", 4000, "", "", "Cancelled"],
    ["Fabrikam", "Webcast", 3000, 3000, 1000.01, "Completed"],
  ];

  test("are the tactic's status, never a claim's, and a status without a claimed amount makes no claim; each is listed", async () => {
    const imported = planTrackerImport({ name: SHEET, values: { headers: header, rows, headerRow: 1 } });
    expect(imported.columns[5].field).toBe("claimStatus");
    expect(imported.rows.filter((r) => r.table === "JmpTactics").map((r) => r.cells.get("status"))).toEqual(["Approved", "Completed", "Approved", "Cancelled", "Completed"]);
    expect(imported.rows.filter((r) => r.table === "JmpClaims").map((r) => [r.cells.get("tacticId"), r.cells.get("status")])).toEqual([
      ["T-001", "Paid"],
      ["T-003", "Approved"],
      ["T-005", "Submitted"],
    ]);
    expect(imported.review).toEqual(
      expect.arrayContaining([
        { kind: "valueMapped", message: `Claim status "Completed" is an activity's status, not a claim's: read as the tactic's Status (Completed)`, rows: [3, 6] },
        { kind: "valueMapped", message: `Claim status "Cancelled" is an activity's status, not a claim's: read as the tactic's Status (Cancelled)`, rows: [5] },
        { kind: "valueMapped", message: `Claim status "Completed" says nothing of the claim: the claim is read as Submitted`, rows: [6] },
      ]),
    );

    const workbook = XlsxWorkbook.create({ now: () => new Date(Date.UTC(2026, 11, 6)) });
    const tracker = workbook.workbook.addWorksheet(SHEET);
    [header, ...rows].forEach((row, r) => row.forEach((v, c) => (tracker.getCell(r + 1, c + 1).value = v === "" ? null : (v as never))));
    await writeImport(workbook, { name: SHEET, values: await workbook.readSheet(SHEET) }, {}, "Plan");
    const { plan, totals } = analyze(await workbook.readTables());
    expect(plan.claims).toHaveLength(3);
    // Spend: the Paid and the Approved claim, 5,800.50 + 2,400.10; Paid 5,800.50; Pending: the Submitted 1,000.01.
    expect({ spend: totals.spend, paid: totals.paid, pending: totals.pending }).toEqual({ spend: 820_060, paid: 580_050, pending: 100_001 });
  });

  test("a claim's word in the activity status column is listed with what the tactic took from it", () => {
    const activityHeader = ["Partner", "Activity", "Requested", "Approved", "Activity Status"];
    const imported = planTrackerImport({ name: SHEET, values: { headers: activityHeader, rows: [["Northwind", "Webinar", 100, 100, "Paid"], ["Contoso", "Booth", 50, 50, "Completed"]], headerRow: 1 } });
    expect(imported.rows.filter((r) => r.table === "JmpTactics").map((r) => r.cells.get("status"))).toEqual(["Completed", "Completed"]);
    expect(imported.rows.some((r) => r.table === "JmpClaims")).toBe(false);
    expect(imported.review).toContainEqual({ kind: "valueMapped", message: `Status "Paid" is a claim's status, not an activity's: the tactic is read as Completed`, rows: [2] });
  });
});
