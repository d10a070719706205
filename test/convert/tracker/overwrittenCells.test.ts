/**
 * An import over rows an earlier import made writes only the cells whose value changes: a date
 * the plan holds as a serial (as Office.js hands it over) or an ID in other case is the same
 * value, text where a number goes is not; a value replaced is noted with its tracker rows.
 */
import type { RawTable } from "../../../src/model/rawTable";
import { rowUpdates } from "../../../src/workbook/convert/tracker/overwrittenCells";
import type { ImportRow } from "../../../src/workbook/convert/tracker";

const plan: RawTable = {
  name: "JmpTactics",
  sheet: "Tactics",
  headerRow: 1,
  firstColumn: 1,
  headers: ["Tactic ID", "Partner ID", "Start", "MDF requested", "Description"],
  rows: [["T-001", "p-001", 46091, "5000", "Booth"]],
};

function update(cells: Record<string, unknown>): ImportRow {
  return { table: "JmpTactics", id: "T-001", planRow: 2, sourceRow: 7, cells: new Map(Object.entries(cells)) };
}

test("a serial and a Date of the same day, and an ID in other case, are the same value: nothing written, nothing noted", () => {
  const { cellWrites, notes } = rowUpdates([update({ tacticId: "T-001", partnerId: "P-001", start: new Date(Date.UTC(2026, 2, 10)), description: "Booth" })], [plan]);
  expect(cellWrites).toEqual([]);
  expect(notes).toEqual([]);
});

test("text where the tracker gives a number is rewritten; another value is written and noted with its tracker row", () => {
  const { cellWrites, notes } = rowUpdates([update({ mdfRequested: 5000, description: "Booth, hall 4" })], [plan]);
  expect(cellWrites.map((w) => [w.column, w.value])).toEqual([
    ["mdfRequested", 5000],
    ["description", "Booth, hall 4"],
  ]);
  expect(notes).toEqual(["Tactics Description: the tracker's values replaced other values the plan held (tracker row 7); an edit made in the plan since the last import is replaced too."]);
});
