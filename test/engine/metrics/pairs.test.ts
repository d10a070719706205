/**
 * Figures of a partner restricted to an initiative (`pairFigures`), computed by hand on the
 * metric plan. These back `JMP.*(partner, initiative)` and the Joint Plan view.
 */
import { analyze, pairFigures } from "../../../src/engine";
import { emptyFigures, figures, metricPlan } from "./metricPlan";

describe("partner x initiative figures", () => {
  const analysis = analyze(metricPlan());
  const pair = (p: string, i: string) => pairFigures(analysis, p, i);

  test("P1 x I-A", () => {
    expect(pair("P1", "I-A")).toEqual(
      figures(
        { budget: null, forecast: 2_000_000 },
        {
          requested: 380_000,
          // A1 + A2; the lump sum A3 and P2's A5 are not in this pair.
          authorized: 310_000,
          aligned: 260_000,
          coverage: 26 / 38,
          alignment: 26 / 31,
          spend: 185_050,
          paid: 175_050,
          utilization: 185_050 / 310_000,
          progress: 1 / 3,
          revenue: 1_000_001,
          opportunities: 4,
          attainment: 1_000_001 / 2_000_000,
          roi: (1_000_001 - 185_050) / 185_050,
          costPerOpportunity: 46_263,
          overdueClaims: 1,
          unclaimedAfterWindow: 70_000,
          approvedTactics: 3,
          claimedTactics: 1,
        },
      ),
    );
  });

  test("P1 x I-B: a claimed tactic with no funding", () => {
    expect(pair("P1", "I-B")).toEqual(
      figures(
        { budget: null, forecast: 500_000 },
        {
          requested: 150_000,
          aligned: 0,
          coverage: 0,
          spend: 25_000,
          paid: 25_000,
          progress: 1,
          pipeline: 400_000,
          roi: -1,
          approvedTactics: 1,
          claimedTactics: 1,
        },
      ),
    );
  });

  test("P2 x I-A: money on a rejected tactic only, outside the Joint Plan", () => {
    expect(pair("P2", "I-A")).toEqual(figures({ budget: null, forecast: 0 }, { authorized: 40_000, alignment: 0, utilization: 0 }));
  });

  test("P2 x I-B", () => {
    expect(pair("P2", "I-B")).toEqual(
      figures(
        { budget: null, forecast: 800_025 },
        {
          requested: 300_000,
          authorized: 300_000,
          aligned: 300_000,
          coverage: 1,
          alignment: 1,
          utilization: 0,
          progress: 0,
          revenue: 600_000,
          opportunities: 2,
          deals: 2,
          attainment: 600_000 / 800_025,
          costPerOpportunity: 0,
          overdueClaims: 1,
          unclaimedAfterWindow: 300_000,
          approvedTactics: 1,
        },
      ),
    );
  });

  test("a pair nothing links is all zero, with null ratios", () => {
    expect(pair("P3", "I-C")).toEqual(emptyFigures({ budget: null, forecast: 0 }));
    expect(pair("P3", "I-A")).toEqual(emptyFigures({ budget: null, forecast: 0 }));
  });

  test("an unknown partner or initiative key gives a pair all zero", () => {
    expect(pair("P9", "I-A")).toEqual(emptyFigures({ budget: null, forecast: 0 }));
    expect(pair("P1", "I-Z")).toEqual(emptyFigures({ budget: null, forecast: 0 }));
    expect(pair("", "")).toEqual(emptyFigures({ budget: null, forecast: 0 }));
    expect(pair("p1", "I-A")).toEqual(emptyFigures({ budget: null, forecast: 0 }));
  });

  test("pairs add up to the initiative where every row names a known partner", () => {
    const initiative = analysis.initiatives.find((i) => i.id === "I-B")?.figures;
    const parts = ["P1", "P2", "P3"].map((p) => pair(p, "I-B"));
    for (const key of ["requested", "authorized", "aligned", "spend", "paid", "revenue", "pipeline", "forecast"] as const) {
      expect(parts.reduce((sum, f) => sum + (f[key] ?? 0), 0)).toBe(initiative?.[key]);
    }
  });
});
