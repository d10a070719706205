/**
 * Revenue, Pipeline, Opportunities, Leads and Deals from outcomes: which partner, initiative and
 * type an outcome counts in, and the ratios built on them (Attainment, ROI, Cost per opportunity).
 */
import { analyze, pairFigures } from "../../../src/engine";
import type { RowData } from "../../helpers/tables";
import { d } from "../../helpers/tables";
import { approvedTactic, claim, onePartnerPlan } from "./onePartner";

const outcome = (id: string, fields: RowData): RowData => ({ "Outcome ID": id, "Partner ID": "P1", Date: d("2026-06-01"), ...fields });

describe("outcome attribution", () => {
  const a = analyze(
    onePartnerPlan({
      JmpTactics: [approvedTactic("T1"), approvedTactic("T2", { "Initiative ID": "I2", "Tactic type": "Webinar" })],
      JmpOutcomes: [
        // Tactic ID and no Initiative ID: the tactic's initiative I2.
        outcome("O1", { "Tactic ID": "T2", Metric: "Revenue", Value: 1000 }),
        // Both given: its own initiative I1, the tactic's type Webinar.
        outcome("O2", { "Initiative ID": "I1", "Tactic ID": "T2", Metric: "Revenue", Value: 200 }),
        // An unknown Initiative ID is not replaced by the tactic's: the partner only.
        outcome("O3", { "Initiative ID": "I9", "Tactic ID": "T1", Metric: "Revenue", Value: 30 }),
        // Initiative only: no type.
        outcome("O4", { "Initiative ID": "i1", Metric: "Pipeline", Value: 4 }),
        // Another partner's outcome on P1's tactic counts for the partner it names.
        outcome("O5", { "Partner ID": "P2", "Tactic ID": "T1", Metric: "Deals", Value: 5 }),
        outcome("O6", { "Tactic ID": "T1", Metric: "Opportunities", Value: 6 }),
        outcome("O7", { "Tactic ID": "T1", Metric: "Leads", Value: 7 }),
        // An unknown tactic: the given initiative I2 still counts, no type.
        outcome("O8", { "Initiative ID": "I2", "Tactic ID": "T404", Metric: "Leads", Value: 8 }),
      ],
    }),
  );
  const initiative = (id: string) => a.initiatives.find((i) => i.id === id)?.figures;
  const type = (t: string) => a.tacticTypes.find((x) => x.type === t)?.figures;

  test("per partner", () => {
    const [p1, p2] = a.partners.map((p) => p.figures);
    expect([p1.revenue, p1.pipeline, p1.opportunities, p1.leads, p1.deals]).toEqual([123_000, 400, 6, 15, 0]);
    expect([p2.revenue, p2.pipeline, p2.opportunities, p2.leads, p2.deals]).toEqual([0, 0, 0, 0, 5]);
  });

  test("per initiative: given, else inherited", () => {
    const i1 = initiative("I1");
    const i2 = initiative("I2");
    // I1: O2 200, O4 pipeline 4, O6 6 opportunities and O7 7 leads through T1, O5 5 deals through T1.
    expect([i1?.revenue, i1?.pipeline, i1?.opportunities, i1?.leads, i1?.deals]).toEqual([20_000, 400, 6, 7, 5]);
    // I2: O1 1,000 inherited from T2, O8 8 leads.
    expect([i2?.revenue, i2?.pipeline, i2?.opportunities, i2?.leads, i2?.deals]).toEqual([100_000, 0, 0, 8, 0]);
  });

  test("per pair: the outcome's partner with its initiative", () => {
    expect(pairFigures(a, "P1", "I2").revenue).toBe(100_000);
    expect(pairFigures(a, "P1", "I1").revenue).toBe(20_000);
    expect(pairFigures(a, "P2", "I1").deals).toBe(5);
    expect(pairFigures(a, "P1", "I1").deals).toBe(0);
  });

  test("per type: only through a known tactic", () => {
    expect([type("Webinar")?.revenue, type("Event")?.revenue]).toEqual([120_000, 3_000]);
    expect([type("Event")?.opportunities, type("Event")?.leads, type("Event")?.deals, type("Event")?.pipeline]).toEqual([6, 7, 5, 0]);
  });

  test("totals hold every outcome of a known partner", () => {
    const t = a.totals;
    expect([t.revenue, t.pipeline, t.opportunities, t.leads, t.deals]).toEqual([123_000, 400, 6, 15, 5]);
  });
});

describe("ratios built on outcomes", () => {
  const plan = (outcomes: RowData[], forecast: unknown, claimed: number) =>
    analyze(
      onePartnerPlan({
        JmpJointPlan: [{ "Partner ID": "P1", "Initiative ID": "I1", "Forecast revenue": forecast }],
        JmpTactics: [approvedTactic("T1")],
        JmpAllocations: [{ "Allocation ID": "A1", "Partner ID": "P1", "Tactic ID": "T1", Amount: 1000 }],
        JmpClaims: claimed > 0 ? [claim("C1", "T1", "Paid", claimed)] : [],
        JmpOutcomes: outcomes,
      }),
    ).partners[0].figures;

  test("Attainment = Revenue / Forecast; ROI = (Revenue - Spend) / Spend; cost per opportunity = Spend / Opportunities", () => {
    const f = plan(
      [outcome("O1", { "Tactic ID": "T1", Metric: "Revenue", Value: 4500 }), outcome("O2", { "Tactic ID": "T1", Metric: "Opportunities", Value: 3 })],
      6000,
      900,
    );
    expect([f.forecast, f.attainment, f.spend, f.roi, f.costPerOpportunity]).toEqual([600_000, 3 / 4, 90_000, 4, 30_000]);
  });

  test("cost per opportunity is whole cents, rounded half away from zero", () => {
    // 1,000.01 / 3 = 333.336666...
    const f = plan([outcome("O1", { "Tactic ID": "T1", Metric: "Opportunities", Value: 3 })], 1, 1000.01);
    expect(f.costPerOpportunity).toBe(33_334);
    // 0.05 / 2 = 0.025: 2.5 cents -> 3.
    expect(plan([outcome("O1", { "Tactic ID": "T1", Metric: "Opportunities", Value: 2 })], 1, 0.05).costPerOpportunity).toBe(3);
  });

  test("a revenue below spend gives a negative ROI; no revenue gives -100 %", () => {
    expect(plan([outcome("O1", { "Tactic ID": "T1", Metric: "Revenue", Value: 450 })], 0, 900).roi).toBe(-0.5);
    expect(plan([], 0, 900).roi).toBe(-1);
  });

  test("undefined ratios are null: no forecast, no spend, no opportunities", () => {
    const f = plan([outcome("O1", { "Tactic ID": "T1", Metric: "Revenue", Value: 10 })], undefined, 0);
    expect([f.forecast, f.attainment, f.spend, f.roi, f.costPerOpportunity, f.utilization]).toEqual([0, null, 0, null, null, 0]);
  });

  test("Revenue and Pipeline values are money in cents; counts are kept as counts", () => {
    const f = plan(
      [
        outcome("O1", { Metric: "Revenue", Value: 0.125 }),
        outcome("O2", { Metric: "Pipeline", Value: "1,200.505" }),
        outcome("O3", { Metric: "Opportunities", Value: 2 }),
        outcome("O4", { Metric: "Leads", Value: "17" }),
      ],
      0,
      0,
    );
    expect([f.revenue, f.pipeline, f.opportunities, f.leads]).toEqual([13, 120_051, 2, 17]);
  });
});
