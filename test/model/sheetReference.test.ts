/** Sheet names in references as Excel writes them (a finding's place in `jmp check` and the HTML report). */
import { cellReference } from "../../src/model/sheetReference";

test.each([
  ["Tactics", "C24", "Tactics!C24"],
  ["Joint Plan", "B3", "'Joint Plan'!B3"],
  ["Partner's Plan 2026", "C24", "'Partner''s Plan 2026'!C24"],
  ["Planung_2026", "A1", "Planung_2026!A1"],
  ["Übersicht", "A1", "Übersicht!A1"],
  ["2026", "A1", "'2026'!A1"],
  ["AB12", "A1", "'AB12'!A1"],
  ["R1C1", "A1", "'R1C1'!A1"],
  ["Q&A", "A1", "'Q&A'!A1"],
])("%p %s is %s", (sheet, cell, reference) => {
  expect(cellReference(sheet, cell)).toBe(reference);
});
