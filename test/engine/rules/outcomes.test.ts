/**
 * O01 (SPEC section 5): outcomes dated outside the plan period are flagged for review.
 */
import { check, checkCleanWith, editCell, findingsOf, settingsWith, theFinding } from "../../helpers/findings";
import { cleanPlan, d } from "../../helpers/tables";

describe("O01 outcome dated outside the plan period", () => {
  test("an outcome the day after the period is a warning at its Date, naming outcome and date", () => {
    const f = theFinding(checkCleanWith("JmpOutcomes", 3, "Date", d("2027-01-01")), "O01");
    expect(f).toMatchObject({ code: "O01", severity: "warning", table: "JmpOutcomes", sheet: "Outcomes", row: 5, column: "Date", cell: "G5" });
    expect(f.message).toContain("O4");
    expect(f.message).toContain("2027-01-01");
  });

  test("an outcome the day before the period, given as text, is reported with its date", () => {
    const f = theFinding(checkCleanWith("JmpOutcomes", 0, "Date", "2025-12-31"), "O01");
    expect(f).toMatchObject({ row: 2, cell: "G2" });
    expect(f.message).toContain("2025-12-31");
  });

  test("an outcome without an ID is named by its row", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpOutcomes", 1, "Outcome ID", null);
    editCell(parts, "JmpOutcomes", 1, "Date", d("2024-06-30"));
    expect(theFinding(check(parts), "O01").message).toContain("row 3");
  });

  test("outcomes on the first and the last day of the period are inside it", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpOutcomes", 0, "Date", d("2026-01-01"));
    editCell(parts, "JmpOutcomes", 1, "Date", d("2026-12-31"));
    expect(check(parts).findings).toEqual([]);
  });

  test("the period comes from the settings", () => {
    const shorter = settingsWith({ "Period end": d("2026-06-30") });
    expect(findingsOf(check(cleanPlan(), shorter), "O01").map((f) => f.cell)).toEqual(["G5"]);
  });
});
