/**
 * Currencies with three decimals (KWD, BHD, OMR, JOD, TND): an amount typed to the fils converts
 * from the fils, rounded once, half away from zero, to the target's smallest unit. Amounts are
 * held in cents, so the dinar amount is read to the cent too: converting that cent would round
 * twice (1.235 KWD -> 1.24 KWD -> 4.03 USD, where 1.235 x 3.25 = 4.01375 is $4.01).
 * Rates: KWD 3.25 USD from 2026-01-01.
 */
import { analyze } from "../../../src/engine";
import type { Analysis } from "../../../src/engine";
import { computeFunction } from "../../../src/functions/figureLookup";
import { convertMinor, decimalRate, toPlanRatio } from "../../../src/model/exchange";
import type { RowData } from "../../helpers/tables";
import { d, workbook } from "../../helpers/tables";
import { lumpSum, planWithP001In } from "./currencyPlan";

/** The clean USD plan with P001 in KWD at 3.25 (P002 in USD), `change` applied to its tables. */
function kwdPlan(change: (plan: ReturnType<typeof planWithP001In>) => void = () => {}): Analysis {
  const plan = planWithP001In("KWD", [{ Currency: "KWD", Rate: 3.25, "Valid from": d("2026-01-01") }]);
  change(plan);
  return analyze(workbook(plan));
}

const p001 = (analysis: Analysis) => analysis.partners.find((p) => p.key === "P001")!.figures;
const withAllocations = (...rows: RowData[]) => kwdPlan((plan) => void (plan.JmpAllocations = rows));

test("1.235 KWD at 3.25 is 4.01375 USD: $4.01, not $4.03 by way of 1.24 KWD", () => {
  expect(p001(withAllocations(lumpSum("A1", 1.235, d("2026-02-01")))).authorized).toBe(401);
  // The same typed as text (V09): read to the fils, not to the cent.
  expect(p001(withAllocations(lumpSum("A1", "1.235", d("2026-02-01")))).authorized).toBe(401);
  // Two of them: each row rounds once, 4.01 + 4.01 (the sum is never rounded again).
  expect(p001(withAllocations(lumpSum("A1", 1.235, d("2026-02-01")), lumpSum("A2", 1.235, d("2026-03-01")))).authorized).toBe(802);
});

test("more decimals than the fils: read to the fils (half away from zero), then converted once", () => {
  // 1.2345 KWD is 1.235 KWD (4.01375 USD, $4.01); 1.2344 KWD is 1.234 KWD (4.0105 USD, $4.01).
  expect(p001(withAllocations(lumpSum("A1", 1.2345, d("2026-02-01")))).authorized).toBe(401);
  expect(p001(withAllocations(lumpSum("A1", 1.2344, d("2026-02-01")))).authorized).toBe(401);
  // 1.0015 KWD is 1.002 KWD, as a dinar cell shows it: 3.2565 USD, $3.26 (as $1.005 is read as $1.01 before it converts).
  expect(p001(withAllocations(lumpSum("A1", 1.0015, d("2026-02-01")))).authorized).toBe(326);
});

test("a budget, an outcome's revenue and a cell naming KWD convert from the fils too", () => {
  const analysis = kwdPlan((plan) => {
    // 1,000.005 KWD x 3.25 = 3,250.01625 USD: $3,250.02 (from 1,000.01 KWD: $3,250.03).
    plan.JmpPartners = plan.JmpPartners!.map((p) => (p["Partner ID"] === "P001" ? { ...p, "MDF budget": 1000.005 } : p));
    // 0.005 KWD x 3.25 = 0.01625 USD: $0.02 (from 0.01 KWD: $0.03), on P002's dollar row.
    plan.JmpAllocations = [lumpSum("A1", "KWD 0.005", d("2026-02-01"), "P002")];
    // 60,000.001 KWD x 3.25 = 195,000.00325 USD: $195,000.00 (from 60,000.00 KWD the same; 0.003 KWD below: 0.00975 USD, $0.01).
    plan.JmpOutcomes = [
      { "Outcome ID": "O1", "Partner ID": "P001", Metric: "Revenue", Value: 60000.001, Date: d("2026-06-01") },
      { "Outcome ID": "O2", "Partner ID": "P001", Metric: "Revenue", Value: 0.003, Date: d("2026-06-01") },
    ];
  });
  expect(p001(analysis).budget).toBe(325_002);
  expect(analysis.partners.find((p) => p.key === "P002")!.figures.authorized).toBe(2);
  // 195,000.00 + 0.01 (each row rounded once; 0.003 KWD read to the cent would be 0.00 KWD, $0.00).
  expect(p001(analysis).revenue).toBe(19_500_001);
});

test("the rounding is half away from zero at the target's cent, for positive and negative fils", () => {
  // 0.002 KWD at 2.5 is 0.005 USD: half a cent, away from zero.
  const ratio = toPlanRatio(decimalRate(2.5)!);
  expect([convertMinor(2, 3, ratio), convertMinor(-2, 3, ratio), convertMinor(1, 3, ratio)]).toEqual([1, -1, 0]);
  // 1.235 KWD at 3.25, in fils.
  expect([convertMinor(1235, 3, toPlanRatio(decimalRate(3.25)!)), convertMinor(-1235, 3, toPlanRatio(decimalRate(3.25)!))]).toEqual([401, -401]);
});

test("a function asked in KWD gives the fils: $1,000.00 at 3.25 is 307.692 KWD (307.6923...), not 307.69", () => {
  const analysis = kwdPlan((plan) => void (plan.JmpAllocations = [lumpSum("A1", 1000, d("2026-02-01"), "P002")]));
  expect(computeFunction(analysis, "AUTHORIZED", "P002", "", "", "KWD")).toBe(307.692);
  // 0.01 USD is 0.0030769... KWD: 0.003 (the cent would hold 0.00).
  const cent = kwdPlan((plan) => void (plan.JmpAllocations = [lumpSum("A1", 0.01, d("2026-02-01"), "P002")]));
  expect(computeFunction(cent, "AUTHORIZED", "P002", "", "", "KWD")).toBe(0.003);
});

test("in the dinar itself (the partner view) an amount is held to the hundredth, rounded once from what was typed", () => {
  // A known limit: figures are kept in cents, so 1.235 KWD shows as 1.24 KWD in its own currency.
  const analysis = withAllocations(lumpSum("A1", 1.235, d("2026-02-01")), lumpSum("A2", 1.2344, d("2026-02-01")));
  expect(analysis.inPartnerCurrencies()!.partners.find((p) => p.key === "P001")!.figures.authorized).toBe(124 + 123);
});
