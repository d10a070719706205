/**
 * P09: a Joint Plan pair forecast both for the whole plan and by quarter. The whole plan's
 * Forecast adds every row, so the rows stand and a warning says the annual figure is counted
 * on top of the quarters'.
 */
import { analyze } from "../../../src/engine";
import { cleanPlan, workbook } from "../../helpers/tables";

function planWith(rows: Record<string, unknown>[]) {
  const plan = cleanPlan();
  plan.JmpJointPlan = rows;
  return analyze(workbook(plan));
}

test("a pair forecast for the whole plan and by quarter gets P09 at the whole-plan row; both count", () => {
  const analysis = planWith([
    { "Partner ID": "P001", "Initiative ID": "I-CLOUD", "Forecast revenue": 200_000 },
    { "Partner ID": "P001", "Initiative ID": "I-CLOUD", Period: "FY2026-Q1", "Forecast revenue": 50_000 },
    { "Partner ID": "P001", "Initiative ID": "I-CLOUD", Period: "FY2026-Q2", "Forecast revenue": 50_000 },
    { "Partner ID": "P001", "Initiative ID": "I-SEC", "Forecast revenue": 10_000 },
  ]);
  const p09 = analysis.findings.filter((f) => f.code === "P09");
  expect(p09.map((f) => [f.row, f.column, f.severity, f.message])).toEqual([
    [2, "Forecast revenue", "warning", "P001 / I-CLOUD is forecast for the whole plan here and by period on rows 3, 4: the whole plan's Forecast adds them all; keep one or the other"],
  ]);
  expect(analysis.partners.find((p) => p.key === "P001")!.figures.forecast).toBe(31_000_000);
});

test("quarter rows alone, or a whole-plan row alone, are no P09", () => {
  const quarters = planWith([
    { "Partner ID": "P001", "Initiative ID": "I-CLOUD", Period: "FY2026-Q1", "Forecast revenue": 50_000 },
    { "Partner ID": "P001", "Initiative ID": "I-CLOUD", Period: "FY2026-Q2", "Forecast revenue": 50_000 },
    // A whole-plan row with no forecast (the pair agreed, the numbers given by quarter) is fine.
    { "Partner ID": "P001", "Initiative ID": "I-CLOUD", "Partner objective": "Grow cloud" },
  ]);
  expect(quarters.findings.filter((f) => f.code === "P09")).toEqual([]);
});
