/**
 * Opportunities, Leads and Deals are counts: a fractional value is a typo (V02) and is not
 * summed; Revenue and Pipeline keep their cents.
 */
import { analyze } from "../../src/engine";
import { cleanPlan, d, workbook } from "../helpers/tables";

test("a fractional Opportunities value is V02 at its cell and counts as absent", () => {
  const parts = cleanPlan();
  parts.JmpOutcomes = [{ "Outcome ID": "O9", "Partner ID": "P001", "Initiative ID": "I-CLOUD", Metric: "Opportunities", Value: 2.5, Date: d("2026-06-01") }];
  const a = analyze(workbook(parts));
  expect(a.findings.map((f) => [f.code, f.cell])).toEqual([["V02", "F2"]]);
  expect(a.findings[0].message).toContain("2.5");
  expect(a.totals.opportunities).toBe(0);
});

test("a Revenue value with cents is not a count", () => {
  const parts = cleanPlan();
  parts.JmpOutcomes = [{ "Outcome ID": "O9", "Partner ID": "P001", "Initiative ID": "I-CLOUD", Metric: "Revenue", Value: 2.5, Date: d("2026-06-01") }];
  const a = analyze(workbook(parts));
  expect(a.findings).toEqual([]);
  expect(a.totals.revenue).toBe(250);
});

test("a finding on a claim row is filed under the partner of the claim's tactic", () => {
  const parts = cleanPlan();
  parts.JmpClaims = [...(parts.JmpClaims ?? []).slice(0, 1), { "Claim ID": "C9", "Tactic ID": "T3", "Amount claimed": "3,000", "Submitted on": d("2026-04-15"), Status: "Approved" }];
  const a = analyze(workbook(parts));
  expect(a.findings.map((f) => [f.code, f.partner])).toEqual([["V09", "P002"]]);
});
