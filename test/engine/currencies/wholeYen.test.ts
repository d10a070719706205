/**
 * A currency without a minor unit (JPY, KRW, CLP, ISK, VND): an amount in it is read to the
 * whole unit, once, half away from zero, from what was typed — as an amount with more than two
 * decimals is read to the cent — in every view, before it converts: ¥1,234.56 is ¥1,235.
 * Rates: JPY 0.10 USD from 2026-01-01 (a rate that lets a tenth of a yen show in dollars).
 */
import { analyze } from "../../../src/engine";
import type { Analysis } from "../../../src/engine";
import { reportJson } from "../../../src/engine/reportJson";
import type { RowData } from "../../helpers/tables";
import { d, PLAN_SETTINGS, workbook } from "../../helpers/tables";
import { eurPlan, lumpSum, planWithP001In } from "./currencyPlan";

/** The clean USD plan with P001 in JPY at 0.10 (P002 in USD), `change` applied to its tables. */
function jpyPartner(change: (plan: ReturnType<typeof planWithP001In>) => void = () => {}): Analysis {
  const plan = planWithP001In("JPY", [{ Currency: "JPY", Rate: 0.1, "Valid from": d("2026-01-01") }]);
  change(plan);
  return analyze(workbook(plan));
}

const figures = (analysis: Analysis, key: string) => analysis.partners.find((p) => p.key === key)!.figures;
const own = (analysis: Analysis, key: string) => analysis.inPartnerCurrencies()!.partners.find((p) => p.key === key)!.figures;
const allocations = (...rows: RowData[]) => jpyPartner((plan) => void (plan.JmpAllocations = rows));

test("¥1,234.56 on a yen partner's row is ¥1,235: $123.50 at 0.10 (not $123.46), ¥1,235 in its own figures", () => {
  const analysis = allocations(lumpSum("A1", 1234.56, d("2026-02-01")));
  expect(figures(analysis, "P001").authorized).toBe(12_350);
  // Figures are cents of their currency: whole yen are multiples of 100.
  expect(own(analysis, "P001").authorized).toBe(123_500);
  expect(reportJson(analysis, {}, undefined, "partner").partners.find((p) => p.id === "P001")?.authorized).toBe(1235);
  // Rounded silently, as $1.005 is read as $1.01: a number cell makes no finding.
  expect(analysis.findings.filter((f) => f.code.startsWith("V"))).toEqual([]);
});

test("text too (with its V09), and half a yen goes away from zero", () => {
  const analysis = allocations(lumpSum("A1", "¥1,234.56", d("2026-02-01")), lumpSum("A2", "¥0.50", d("2026-02-01")), lumpSum("A3", 0.49, d("2026-02-01")));
  // ¥1,235 + ¥1 + ¥0 = ¥1,236: $123.50 + $0.10 + $0.00 (the yen unrounded: 123.456 + 0.05 + 0.049 = $123.56).
  expect(figures(analysis, "P001").authorized).toBe(12_360);
  expect(own(analysis, "P001").authorized).toBe(123_600);
  expect(analysis.findings.map((f) => f.code)).toEqual(expect.arrayContaining(["V09"]));
});

test("rounded once, from what was typed: ¥1,234.495 is ¥1,234 (not ¥1,235 by way of ¥1,234.50)", () => {
  const analysis = allocations(lumpSum("A1", 1234.495, d("2026-02-01")), lumpSum("A2", "1234.495", d("2026-02-01")));
  expect(figures(analysis, "P001").authorized).toBe(2 * 12_340);
  expect(own(analysis, "P001").authorized).toBe(2 * 123_400);
});

test("a budget, an outcome's revenue and a cell naming yen on a dollar row are read to the whole yen too", () => {
  const analysis = jpyPartner((plan) => {
    plan.JmpPartners = plan.JmpPartners!.map((p) => (p["Partner ID"] === "P001" ? { ...p, "MDF budget": 50000.5 } : p));
    plan.JmpOutcomes = [{ "Outcome ID": "O1", "Partner ID": "P001", Metric: "Revenue", Value: 1234.56, Date: d("2026-06-01") }];
    plan.JmpAllocations = [lumpSum("A1", "¥1,234.56", d("2026-02-01"), "P002")];
  });
  // ¥50,001 at 0.10 = $5,000.10; ¥1,235 = $123.50 (unrounded: $5,000.05 and $123.46).
  expect([figures(analysis, "P001").budget, figures(analysis, "P001").revenue]).toEqual([500_010, 12_350]);
  expect([own(analysis, "P001").budget, own(analysis, "P001").revenue]).toEqual([5_000_100, 123_500]);
  expect(figures(analysis, "P002").authorized).toBe(12_350);
});

test("the rules compare whole yen: requested ¥10,000.40 and funded ¥10,000.49 are both ¥10,000, fully funded and not above", () => {
  const analysis = jpyPartner((plan) => {
    plan.JmpTactics = plan.JmpTactics!.map((t) => (t["Tactic ID"] === "T1" ? { ...t, "MDF requested": 10000.4 } : t));
    plan.JmpAllocations = plan.JmpAllocations!.map((a) => (a["Allocation ID"] === "A1" ? { ...a, Amount: 10000.49 } : a));
  });
  expect(analysis.findings.filter((f) => f.code === "F02" || f.code === "F03")).toEqual([]);
});

test("a plan in yen reads its own amounts to the whole yen: allocation, budget, forecast and revenue", () => {
  const plan = eurPlan([lumpSum("A1", 1234.56, d("2026-02-01"), "P002"), lumpSum("A2", 0.5, d("2026-02-01"), "P002")]);
  plan.JmpPartners = plan.JmpPartners!.map((p) => ({ ...p, Currency: "", "MDF budget": p["Partner ID"] === "P002" ? 20000.4 : p["MDF budget"] }));
  plan.JmpRates = [];
  plan.JmpJointPlan = [{ "Partner ID": "P002", "Initiative ID": "I-SEC", "Forecast revenue": 30000.5 }];
  plan.JmpOutcomes = [{ "Outcome ID": "O1", "Partner ID": "P002", Metric: "Revenue", Value: 12000.5, Date: d("2026-07-01") }];
  const analysis = analyze(workbook(plan, { ...PLAN_SETTINGS, Currency: "JPY" }));
  const p002 = figures(analysis, "P002");
  // ¥1,235 + ¥1; ¥20,000; ¥30,001; ¥12,001.
  expect([p002.authorized, p002.budget, p002.forecast, p002.revenue]).toEqual([123_600, 2_000_000, 3_000_100, 1_200_100]);
});
