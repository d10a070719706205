import { cleanPlan, workbook } from "../helpers/tables";
import { floorPass } from "./floor";

test("the floor reads every cell and sums money columns by partner, claims through their tactic", () => {
  const tables = workbook(cleanPlan());
  const result = floorPass(tables);
  expect(result.cells).toBe(tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.length, 0), 0));
  // Tactics: Total cost, MDF requested, Expected pipeline, Expected revenue (blank here).
  expect([...(result.sums.get("JmpTactics")?.get("P001") ?? [])]).toEqual([28_000, 14_000, 0, 0]);
  expect([...(result.sums.get("JmpAllocations")?.get("P002") ?? [])]).toEqual([3_000]);
  // Claims C1 (tactic T1, P001) and C2 (tactic T3, P002): Amount claimed, Amount approved.
  expect([...(result.sums.get("JmpClaims")?.get("P001") ?? [])]).toEqual([9_000, 8_500]);
  expect([...(result.sums.get("JmpClaims")?.get("P002") ?? [])]).toEqual([3_000, 0]);
  expect([...(result.sums.get("JmpOutcomes")?.get("P002") ?? [])]).toEqual([37_000.5]);
});
