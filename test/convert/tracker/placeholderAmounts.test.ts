/**
 * A money column named by its header ("Approved", "Approved (USD)") keeps its field when a few
 * of its cells say the amount is not known yet ("TBD", "n/a", "pending"): its amounts are imported
 * and each placeholder is listed for review with its cell. An accounting dash ("-") is a blank.
 */
import { dayFromText, serialFromDay } from "../../../src/model/dates";
import { planTrackerImport } from "../../../src/workbook/convert/tracker";
import type { TrackerImport } from "../../../src/workbook/convert/tracker";

const start = serialFromDay(dayFromText("2026-07-01") as number);

/** The trial's v_tbd and v_dash trackers: three activities, the approved amounts in column F. */
function importApproved(header: string, approved: readonly unknown[]): TrackerImport {
  const rows = approved.map((v, i) => ["Contoso", `A${i}`, "Webinar", start, 500, v, "Approved"]);
  return planTrackerImport({ name: "S", values: { headers: ["Partner", "Activity", "Type", "Start", "Requested", header, "Status"], rows, headerRow: 1 } });
}

const allocations = (imported: TrackerImport) => imported.rows.filter((r) => r.table === "JmpAllocations").map((r) => r.cells.get("amount"));
const unreadable = (imported: TrackerImport) => imported.review.filter((r) => r.kind === "unreadable" || r.kind === "unmappedColumn").map((r) => r.message);

test('"Approved" holding 100, "TBD" and "n/a" is the approved amount; the two placeholders are listed with their cells', () => {
  const imported = importApproved("Approved", [100, "TBD", "n/a"]);
  expect(imported.columns[5]).toMatchObject({ field: "authorized", by: "header" });
  expect(allocations(imported)).toEqual([100, "TBD", "n/a"]);
  expect(unreadable(imported)).toEqual(['Approved "TBD" is not a number (cell S!F3); copied as it is', 'Approved "n/a" is not a number (cell S!F4); copied as it is']);
});

test('"pending" and "?" beside one amount do not cost "Approved (USD)" its field', () => {
  const imported = importApproved("Approved (USD)", [250, "pending", "?"]);
  expect(imported.columns[5].field).toBe("authorized");
  expect(allocations(imported)).toEqual([250, "pending", "?"]);
});

test('an accounting dash is a blank: 100, "-", 300 make two allocations and nothing to review', () => {
  const imported = importApproved("Approved (USD)", [100, "-", 300]);
  expect(imported.columns[5].field).toBe("authorized");
  expect(allocations(imported)).toEqual([100, 300]);
  expect(unreadable(imported)).toEqual([]);
});

test('words that are not placeholders still keep a column from being taken for amounts ("Approved": Yes, No, TBD)', () => {
  const imported = importApproved("Approved", ["Yes", "No", "TBD"]);
  expect(imported.columns[5].field).not.toBe("authorized");
  expect(allocations(imported)).toEqual([]);
});
