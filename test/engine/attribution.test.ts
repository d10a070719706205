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

test("a value finding is filed under its row's partner; one in the Partner ID cell itself under none", () => {
  const parts = cleanPlan();
  const tactics = parts.JmpTactics ?? [];
  tactics[2]["Total cost"] = "6,000";
  tactics[3]["Partner ID"] = "#REF!";
  tactics[3]["Tactic type"] = "Roadshow";
  (parts.JmpAllocations ?? [])[0].Amount = "10,000";
  (parts.JmpOutcomes ?? [])[2].Value = "25,000";
  const a = analyze(workbook(parts));
  const filed = a.findings.filter((f) => f.code.startsWith("V")).map((f) => [f.code, f.table, f.column, f.partner]);
  expect(filed).toEqual([
    ["V09", "JmpTactics", "Total cost", "P002"],
    ["V07", "JmpTactics", "Partner ID", null],
    ["V05", "JmpTactics", "Tactic type", null],
    ["V09", "JmpAllocations", "Amount", "P001"],
    ["V09", "JmpOutcomes", "Value", "P002"],
  ]);
});
