/**
 * The partners' own-currency figures (`inPartnerCurrencies`, `jmp report --currency partner`)
 * count the same rows as the plan-currency ones: a row the plan cannot convert (V10: no rate for
 * its currency, or none yet on its date) counts in neither (rates of currencyPlan.ts: EUR 1.08
 * from 2026-01-01, 1.10 from 2026-07-01).
 */
import { analyze } from "../../../src/engine";
import type { Analysis } from "../../../src/engine";
import { d, workbook } from "../../helpers/tables";
import { eurPlan } from "./currencyPlan";
import { generatePlan, scaleSize, SPEC_SIZE } from "../../helpers/generatePlan";

const northwind = (a: Analysis) => a.partners.find((p) => p.key === "P001")!.figures;

test("the partners' own-currency figures leave out the rows the plan's cannot count (V10), as the check says", () => {
  // O9: 5,000 EUR of revenue dated 2025-12-18, before the first EUR rate (2026-01-01): V10, not counted.
  const plan = eurPlan();
  plan.JmpOutcomes = [...plan.JmpOutcomes!, { "Outcome ID": "O9", "Partner ID": "P001", Metric: "Revenue", Value: 5000, Date: d("2025-12-18") }];
  const analysis = analyze(workbook(plan));
  expect(analysis.findings.filter((f) => f.code === "V10").map((f) => f.row)).toHaveLength(1);
  const withoutO9 = analyze(workbook(eurPlan()));
  const own = (a: Analysis) => a.inPartnerCurrencies()!.partners.find((p) => p.key === "P001")!.figures.revenue;
  expect(own(analysis)).toBe(own(withoutO9));
  expect(northwind(analysis).revenue).toBe(northwind(withoutO9).revenue);
});

test("a partner whose currency has no rate at all counts nothing in its own-currency figures either", () => {
  const plan = eurPlan();
  plan.JmpRates = [];
  const analysis = analyze(workbook(plan));
  const own = analysis.inPartnerCurrencies()!.partners.find((p) => p.key === "P001")!.figures;
  expect([own.requested, own.authorized, own.revenue, own.budget]).toEqual([0, 0, 0, null]);
  expect([northwind(analysis).requested, northwind(analysis).budget]).toEqual([0, null]);
});

test("the partner view, read without the rules, has every figure of a full analysis in that view", () => {
  // No rule changes a figure: the view the Dashboard and the functions read skips them.
  const tables = generatePlan({ ...scaleSize(SPEC_SIZE, 0.004), seed: 7, foreignShare: 0.25 });
  const view = analyze(tables).inPartnerCurrencies()!;
  const full = analyze(tables, { currencyView: "partner" });
  expect(full.findings.length).toBeGreaterThan(view.findings.length);
  expect(view.partners).toEqual(full.partners);
  expect(view.initiatives).toEqual(full.initiatives);
  expect(view.tacticTypes).toEqual(full.tacticTypes);
  expect(view.periods("quarter")).toEqual(full.periods("quarter"));
  expect(view.periods("month")).toEqual(full.periods("month"));
  const pair = full.partners.find((p) => p.figures.authorized > 0)!;
  const initiative = full.initiatives.find((i) => i.figures.authorized > 0)!;
  expect(view.pairs.get(pair.key, initiative.key)).toEqual(full.pairs.get(pair.key, initiative.key));
});
