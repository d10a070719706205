/**
 * A plan in a currency without a minor unit (yen): a converted amount is rounded once, half away
 * from zero, to the whole yen, so every figure is whole yen and the partners add up to the total
 * as shown. (Rounding first to the hundredth and then to the yen would round 75.495 up.)
 */
import { analyze } from "../../../src/engine";
import { convertCents, crossRatio, decimalRate } from "../../../src/model/exchange";
import { d, PLAN_SETTINGS, workbook } from "../../helpers/tables";
import { eurPlan, lumpSum } from "./currencyPlan";

/** The clean plan in yen with P001 and P002 in USD at `rate` yen per dollar. */
function yenPlan(rate: number, allocations: ReturnType<typeof lumpSum>[]) {
  const plan = eurPlan(allocations);
  plan.JmpPartners = plan.JmpPartners!.map((p) => ({ ...p, Currency: "USD", "MDF budget": null }));
  plan.JmpRates = [{ Currency: "USD", Rate: rate, "Valid from": d("2026-01-01") }];
  return analyze(workbook(plan, { ...PLAN_SETTINGS, Currency: "JPY" }));
}

/** Figures are in cents of the plan currency: whole yen are multiples of 100. */
const authorized = (analysis: ReturnType<typeof analyze>, partner: string) => analysis.partners.find((p) => p.id === partner)!.figures.authorized;

test("0.50 USD at 150.55 is 75.275 yen: ¥75 on each row, and the total is the sum of whole yen", () => {
  const analysis = yenPlan(150.55, [lumpSum("A1", 0.5, d("2026-04-10"), "P001"), lumpSum("A2", 0.5, d("2026-04-10"), "P002")]);
  expect([authorized(analysis, "P001"), authorized(analysis, "P002"), analysis.totals.authorized]).toEqual([7500, 7500, 15000]);
});

test("rounded once: 0.50 USD at 150.99 is 75.495 yen, ¥75 (not ¥76 by way of ¥75.50); at 151, 75.5 yen rounds away from zero to ¥76", () => {
  expect(authorized(yenPlan(150.99, [lumpSum("A1", 0.5, d("2026-04-10"))]), "P001")).toBe(7500);
  expect(authorized(yenPlan(151, [lumpSum("A1", 0.5, d("2026-04-10"))]), "P001")).toBe(7600);
});

test("a conversion into yen rounds to whole yen (100 cents); into a currency with cents, to the cent", () => {
  const rate = decimalRate(150.99)!;
  // A ratio of one, rounded to the yen: 75.49 -> 75, -75.50 -> -76 (half away from zero).
  expect(convertCents(7549, crossRatio(undefined, undefined, 100))).toBe(7500);
  expect(convertCents(-7550, crossRatio(undefined, undefined, 100))).toBe(-7600);
  // 50 US cents into a yen plan at 150.99: 75.495 yen, ¥75; the same ratio without the step keeps the cent.
  expect(convertCents(50, crossRatio(rate, undefined, 100))).toBe(7500);
  expect(convertCents(50, crossRatio(rate, undefined))).toBe(7550);
});
