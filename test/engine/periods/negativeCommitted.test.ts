/**
 * Where Committed (Authorized - Paid) is negative, worked out by hand: each case is what the
 * definitions give (README "Finance figures"), and the periods still add up to the whole plan.
 * The plan is currencyPlan.ts's: USD, P001 in EUR at 1.08 from 2026-01-01 and 1.10 from
 * 2026-07-01; T1 starts in FY2026-Q1 (2026-03-01), T2 in Q4 (2026-11-01).
 */
import { analyze } from "../../../src/engine";
import { outsidePeriods } from "../../../src/engine/figures";
import type { Analysis, Figures } from "../../../src/engine";
import type { RowData } from "../../helpers/tables";
import { d, workbook } from "../../helpers/tables";
import { eurPlan, lumpSum } from "../currencies/currencyPlan";

/** P001's Authorized, Paid and Committed in the whole plan and in each quarter (cents). */
function northwind(analysis: Analysis): { whole: number[]; quarters: number[][] } {
  const pick = (f: Figures) => [f.authorized, f.paid, f.committed];
  const cut = analysis.periods("quarter");
  if (!("periods" in cut)) throw new Error(cut.problem);
  return {
    whole: pick(analysis.partners.find((p) => p.key === "P001")!.figures),
    quarters: cut.periods.map((q) => pick(q.partners.find((p) => p.key === "P001")!.figures)),
  };
}

const paidClaim = (id: string, tactic: string, amount: number, submitted: string): RowData => ({
  "Claim ID": id, "Tactic ID": tactic, "Amount claimed": amount, "Submitted on": d(submitted), Status: "Paid", "Paid on": d(submitted),
});
const tied = (id: string, tactic: string, amount: number, on: string): RowData => ({ "Allocation ID": id, "Partner ID": "P001", "Tactic ID": tactic, Amount: amount, "Authorized on": d(on) });
const codes = (analysis: Analysis) => [...new Set(analysis.findings.map((f) => f.code))].sort();

test("a rate that moved between the authorization and the claim: fully paid in euros, -200.00 USD committed in its quarter", () => {
  // T1 funded 10,000.00 EUR on 2026-02-01 (x 1.08 = 10,800.00 USD) and paid 10,000.00 EUR on a
  // claim submitted 2026-07-05 (x 1.10 = 11,000.00 USD); T2 funded 4,000.00 EUR on 2026-10-01
  // (4,400.00 USD), nothing claimed.
  const plan = eurPlan([tied("A1", "T1", 10_000, "2026-02-01"), tied("A2", "T2", 4_000, "2026-10-01")]);
  plan.JmpClaims = [paidClaim("C1", "T1", 10_000, "2026-07-05")];
  const analysis = analyze(workbook(plan));
  expect(northwind(analysis)).toEqual({
    whole: [1_520_000, 1_100_000, 420_000],
    quarters: [[1_080_000, 1_100_000, -20_000], [0, 0, 0], [0, 0, 0], [440_000, 0, 440_000]],
  });
  // In the partner's own currency nothing of T1 is left to pay; no rule sees a problem.
  expect(northwind(analysis.inPartnerCurrencies()!)).toEqual({
    whole: [1_400_000, 1_000_000, 400_000],
    quarters: [[1_000_000, 1_000_000, 0], [0, 0, 0], [0, 0, 0], [400_000, 0, 400_000]],
  });
  expect(analysis.findings.filter((f) => f.partner === "P001")).toEqual([]);
});

test("a lump sum authorized in Q1 for a claim paid on a Q4 tactic: +10,800.00 in Q1, -4,400.00 in Q4, 6,400.00 for the plan", () => {
  const plan = eurPlan([lumpSum("L1", 10_000, d("2026-01-15"))]);
  plan.JmpClaims = [paidClaim("C1", "T2", 4_000, "2026-11-05")];
  const analysis = analyze(workbook(plan));
  expect(northwind(analysis)).toEqual({
    whole: [1_080_000, 440_000, 640_000],
    quarters: [[1_080_000, 0, 1_080_000], [0, 0, 0], [0, 0, 0], [0, 440_000, -440_000]],
  });
  // As typed, in euros: Q1 +10,000.00, Q4 -4,000.00, the plan +6,000.00 (the README's example).
  expect(northwind(analysis.inPartnerCurrencies()!)).toEqual({
    whole: [1_000_000, 400_000, 600_000],
    quarters: [[1_000_000, 0, 1_000_000], [0, 0, 0], [0, 0, 0], [0, 400_000, -400_000]],
  });
  // The lump sum (F04) and the claim on a tactic with no funding of its own (C01) are reported.
  expect(codes(analysis)).toEqual(expect.arrayContaining(["C01", "F04"]));
});

test("one cent below zero from rounding each row: two allocations of 0.05 EUR and a claim of 0.10 EUR at 1.05", () => {
  // 0.05 x 1.05 = 0.0525 -> 0.05 USD per allocation; 0.10 x 1.05 = 0.105 -> 0.11 USD.
  const plan = eurPlan([tied("A1", "T1", 0.05, "2026-02-01"), tied("A2", "T1", 0.05, "2026-02-02")]);
  plan.JmpRates = [{ Currency: "EUR", Rate: 1.05, "Valid from": d("2026-01-01") }];
  plan.JmpClaims = [paidClaim("C1", "T1", 0.1, "2026-03-20")];
  const analysis = analyze(workbook(plan));
  expect(northwind(analysis).quarters[0]).toEqual([10, 11, -1]);
  expect(northwind(analysis.inPartnerCurrencies()!).quarters[0]).toEqual([10, 10, 0]);
});

test("an allocation dated before the currency's first rate counts nowhere (V10), the claims paid on its tactic do", () => {
  // EUR rates only from 2026-03-01: A1 (2026-02-01) is V10; C1 (8,500.00 EUR on 2026-03-20 x 1.08 = 9,180.00 USD) counts.
  const plan = eurPlan([tied("A1", "T1", 10_000, "2026-02-01")]);
  plan.JmpRates = [{ Currency: "EUR", Rate: 1.08, "Valid from": d("2026-03-01") }];
  plan.JmpClaims = [{ ...paidClaim("C1", "T1", 9_000, "2026-03-20"), "Amount approved": 8_500 }];
  const analysis = analyze(workbook(plan));
  expect(northwind(analysis).quarters[0]).toEqual([0, 918_000, -918_000]);
  expect(northwind(analysis.inPartnerCurrencies()!).quarters[0]).toEqual([0, 850_000, -850_000]);
  expect(analysis.findings.filter((f) => f.code === "V10").map((f) => f.table)).toEqual(["JmpAllocations"]);
});

test("a lump sum with no Authorized on is in no quarter: the Outside row holds it, so the quarters and Outside add up to the plan", () => {
  const plan = eurPlan([lumpSum("L1", 1_000, ""), tied("A1", "T1", 10_000, "2026-02-01")]);
  plan.JmpClaims = [paidClaim("C1", "T1", 10_000, "2026-03-20")];
  const analysis = analyze(workbook(plan));
  // The undated lump sum takes the latest rate: 1,000.00 x 1.10 = 1,100.00 USD. T1: 10,800.00 - 10,800.00.
  expect(northwind(analysis)).toEqual({ whole: [1_190_000, 1_080_000, 110_000], quarters: [[1_080_000, 1_080_000, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]] });
  const cut = analysis.periods("quarter");
  if (!("periods" in cut)) throw new Error(cut.problem);
  const outside = outsidePeriods(analysis.totals, cut.periods.map((q) => q.totals))!;
  expect([outside.authorized, outside.paid, outside.committed, outside.remaining]).toEqual([110_000, 0, 110_000, null]);
});
