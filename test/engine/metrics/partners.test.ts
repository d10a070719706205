/**
 * Per-partner figures of the metric plan, computed by hand (SPEC section 4). Money in cents.
 */
import { analyze } from "../../../src/engine";
import type { Analysis } from "../../../src/engine";
import { PLAN_SETTINGS } from "../../helpers/tables";
import { emptyFigures, figures, metricPlan } from "./metricPlan";

const partners = (a: Analysis) => new Map(a.partners.map((p) => [p.id, p]));

describe("per-partner figures", () => {
  const analysis = analyze(metricPlan());
  const byId = partners(analysis);

  test("one entry per partner of the Partners table, in sheet order, with its name", () => {
    expect(analysis.partners.map((p) => [p.id, p.name])).toEqual([
      ["P1", "Northwind"],
      ["P2", "Fabrikam"],
      ["P3", "Litware"],
    ]);
  });

  test("P1: over- and under-funded tactics, a lump sum, paid and approved claims", () => {
    expect(byId.get("P1")?.figures).toEqual(
      figures(
        { budget: 1_000_000, forecast: 2_500_000 },
        {
          // T1 2,000 + T2 1,000 + T3 1,500 + T7 800; T4 is a Draft.
          requested: 530_000,
          // A1 2,500 + A2 600 + lump sum A3 1,000.
          authorized: 410_000,
          // min(2,500, 2,000) on T1 + min(600, 1,000) on T2; T3 and T7 unfunded.
          aligned: 260_000,
          coverage: 26 / 53,
          alignment: 26 / 41,
          // C1 1,750.50 (approved) + C2 100 (claimed, approved blank) + C6 250.
          spend: 210_050,
          // C1 and C6 are Paid.
          paid: 200_050,
          utilization: 21_005 / 41_000,
          // T1 and T3 have counted claims, T2 (only Submitted) and T7 do not.
          progress: 2 / 4,
          // O1 10,000.005 rounded half away from zero.
          revenue: 1_000_001,
          pipeline: 400_000,
          // O3 3 + O9 1.
          opportunities: 4,
          // Joint Plan I-A 20,000 + I-B 5,000.
          attainment: 1_000_001 / 2_500_000,
          roi: (1_000_001 - 210_050) / 210_050,
          // 210,050 / 4 = 52,512.5 cents, rounded to 52,513.
          costPerOpportunity: 52_513,
          // T7 ended 2026-01-31 with no claim.
          overdueClaims: 1,
          // T1: 2,500 funded - 1,900 claimed (C1 asked 1,800 though approved 1,750.50; C2 100);
          // T2: 600 - 500 (C3 Submitted); T3's window closes 2027-01-04; T7 has no funding.
          unclaimedAfterWindow: 70_000,
          approvedTactics: 4,
          claimedTactics: 2,
        },
      ),
    );
  });

  test("P2: fully funded tactic, money on a rejected tactic, no counted claim", () => {
    expect(byId.get("P2")?.figures).toEqual(
      figures(
        { budget: 500_050, forecast: 800_025 },
        {
          // T5 only: T6 Rejected, T8 Cancelled, T9 Submitted.
          requested: 300_000,
          // A4 3,000 + A5 400 on the rejected T6.
          authorized: 340_000,
          aligned: 300_000,
          coverage: 1,
          alignment: 15 / 17,
          spend: 0,
          paid: 0,
          utilization: 0,
          progress: 0,
          revenue: 600_000,
          opportunities: 2,
          leads: 12,
          deals: 2,
          attainment: 600_000 / 800_025,
          // Spend 0: ROI is undefined, cost per opportunity is 0 / 2.
          roi: null,
          costPerOpportunity: 0,
          // T5 ended 2026-06-30; its claims are a Draft and a Rejected one.
          overdueClaims: 1,
          // All of T5's 3,000: Draft and Rejected claims claim nothing.
          unclaimedAfterWindow: 300_000,
          approvedTactics: 1,
          claimedTactics: 0,
        },
      ),
    );
  });

  test("P3: a budget and nothing else; every ratio is null", () => {
    expect(byId.get("P3")?.figures).toEqual(emptyFigures({ budget: 0, forecast: 0 }));
  });

  test("the unknown partner PX gets no entry", () => {
    expect(byId.has("PX")).toBe(false);
  });
});

describe("overdue claims follow As of and the claim window", () => {
  const overdueOf = (asOf: string, windowDays: number) => {
    const settings = { ...PLAN_SETTINGS, "As of": asOf, "Claim window (days)": windowDays };
    const a = analyze(metricPlan(settings));
    return a.partners.map((p) => p.figures.overdueClaims);
  };

  // As of is given as ISO text here, the way a user may type it.
  test("an End + window on As of itself is not yet overdue; the day after it is", () => {
    // T7 ends 2026-01-31: with 45 days it is due 2026-03-17. T5 ends 2026-06-30.
    expect(overdueOf("2026-03-17", 45)).toEqual([0, 0, 0]);
    expect(overdueOf("2026-03-18", 45)).toEqual([1, 0, 0]);
    expect(overdueOf("2026-08-14", 45)).toEqual([1, 0, 0]);
    expect(overdueOf("2026-08-15", 45)).toEqual([1, 1, 0]);
  });

  test("a longer window defers the due date", () => {
    expect(overdueOf("2026-08-15", 90)).toEqual([1, 0, 0]);
  });
});

