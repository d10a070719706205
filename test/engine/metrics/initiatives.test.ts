/**
 * Per-initiative figures of the metric plan, computed by hand (SPEC section 4): allocations and
 * claims count through their tactic's initiative; outcomes through their own Initiative ID or,
 * when that is blank, their tactic's. Initiatives have no budget.
 */
import { analyze } from "../../../src/engine";
import { emptyFigures, figures, metricPlan } from "./metricPlan";

describe("per-initiative figures", () => {
  const analysis = analyze(metricPlan());
  const byId = new Map(analysis.initiatives.map((i) => [i.id, i]));

  test("one entry per initiative of the Initiatives table, in sheet order, with its name", () => {
    expect(analysis.initiatives.map((i) => [i.id, i.name])).toEqual([
      ["I-A", "Cloud"],
      ["I-B", "Security"],
      ["I-C", "Data"],
    ]);
  });

  test("I-A: allocations through their tactic, outcomes inherited from the tactic", () => {
    expect(byId.get("I-A")?.figures).toEqual(
      figures(
        { budget: null, forecast: 2_000_000 },
        {
          // T1 2,000 + T2 1,000 + T7 800; T6 is Rejected, TX's partner is unknown.
          requested: 380_000,
          // A1 2,500 + A2 600 + A5 400 (P2 on the rejected T6); the lump sum A3 has no initiative.
          authorized: 350_000,
          aligned: 260_000,
          coverage: 26 / 38,
          alignment: 26 / 35,
          // C1 1,750.50 + C2 100 on T1.
          spend: 185_050,
          paid: 175_050,
          utilization: 185_050 / 350_000,
          progress: 1 / 3,
          // O1 has only a Tactic ID (T1) and takes its initiative.
          revenue: 1_000_001,
          // O2 names I-B itself, so its pipeline is not here although its tactic is in I-A.
          pipeline: 0,
          // O3 (given) 3 + O9 (inherited from T2) 1.
          opportunities: 4,
          // Joint Plan P1 / I-A; the PX row counts nowhere.
          attainment: 1_000_001 / 2_000_000,
          roi: (1_000_001 - 185_050) / 185_050,
          // 185,050 / 4 = 46,262.5 cents, rounded to 46,263.
          costPerOpportunity: 46_263,
          overdueClaims: 1,
          // Past the claim window: T1 funded 2,500 less 1,900 claimed, T2 600 less 500 Submitted.
          unclaimedAfterWindow: 70_000,
          approvedTactics: 3,
          claimedTactics: 1,
        },
      ),
    );
  });

  test("I-B: a given Initiative ID wins over the tactic's", () => {
    expect(byId.get("I-B")?.figures).toEqual(
      figures(
        { budget: null, forecast: 1_300_025 },
        {
          // T3 1,500 + T5 3,000.
          requested: 450_000,
          authorized: 300_000,
          aligned: 300_000,
          coverage: 2 / 3,
          alignment: 1,
          spend: 25_000,
          paid: 25_000,
          utilization: 25_000 / 300_000,
          progress: 1 / 2,
          revenue: 600_000,
          // O2: Initiative ID I-B on tactic T1 of I-A.
          pipeline: 400_000,
          opportunities: 2,
          // O5 (Leads) names no initiative and no tactic: not here.
          leads: 0,
          deals: 2,
          // Joint Plan P1 / I-B 5,000 + P2 / I-B 8,000.25.
          attainment: 600_000 / 1_300_025,
          roi: (600_000 - 25_000) / 25_000,
          costPerOpportunity: 12_500,
          overdueClaims: 1,
          // T5 funded 3,000, only a Draft and a Rejected claim; T3's window is still open.
          unclaimedAfterWindow: 300_000,
          approvedTactics: 2,
          claimedTactics: 1,
        },
      ),
    );
  });

  test("I-C: a Joint Plan row without forecast and nothing else", () => {
    expect(byId.get("I-C")?.figures).toEqual(emptyFigures({ budget: null, forecast: 0 }));
  });
});
