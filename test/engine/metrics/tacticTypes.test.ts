/**
 * Figures by tactic type (the best-practice view), computed by hand on the metric plan: rows
 * count only through a tactic of that type; outcomes with no tactic are not attributed to a type.
 */
import { analyze } from "../../../src/engine";
import { figures, metricPlan } from "./metricPlan";

const NO_BUDGET_NO_FORECAST = { budget: null, forecast: null };

describe("figures by tactic type", () => {
  const analysis = analyze(metricPlan());
  const byType = new Map(analysis.tacticTypes.map((t) => [t.type, t.figures]));

  test("only types with approved tactics, allocations, claims or outcomes, in the template's order", () => {
    // Advertising (Cancelled), Telemarketing (Submitted) have nothing that counts;
    // Trade show has only the unknown partner's tactic.
    expect(analysis.tacticTypes.map((t) => t.type)).toEqual(["Event", "Webinar", "Email campaign", "Training"]);
  });

  test("Event: money through T1 and the rejected T6, outcomes through T1", () => {
    expect(byType.get("Event")).toEqual(
      figures(NO_BUDGET_NO_FORECAST, {
        // T1 only: T4 is a Draft, T6 Rejected.
        requested: 200_000,
        // A1 2,500 + A5 400.
        authorized: 290_000,
        aligned: 200_000,
        coverage: 1,
        alignment: 20 / 29,
        spend: 185_050,
        paid: 175_050,
        utilization: 185_050 / 290_000,
        progress: 1,
        revenue: 1_000_001,
        // O2 names I-B but its tactic T1 is an Event.
        pipeline: 400_000,
        roi: (1_000_001 - 185_050) / 185_050,
        // T1: 2,500 funded - 1,900 claimed.
        unclaimedAfterWindow: 60_000,
        approvedTactics: 1,
        claimedTactics: 1,
      }),
    );
  });

  test("Webinar: T2 under-funded and T3 unfunded", () => {
    expect(byType.get("Webinar")).toEqual(
      figures(NO_BUDGET_NO_FORECAST, {
        requested: 250_000,
        authorized: 60_000,
        aligned: 60_000,
        coverage: 6 / 25,
        alignment: 1,
        spend: 25_000,
        paid: 25_000,
        utilization: 25_000 / 60_000,
        progress: 1 / 2,
        // O9 through T2.
        opportunities: 1,
        roi: -1,
        costPerOpportunity: 25_000,
        // T2: 600 funded - 500 Submitted; T3's window is open.
        unclaimedAfterWindow: 10_000,
        approvedTactics: 2,
        claimedTactics: 1,
      }),
    );
  });

  test("Email campaign: T5 funded, overdue, with revenue and deals", () => {
    expect(byType.get("Email campaign")).toEqual(
      figures(NO_BUDGET_NO_FORECAST, {
        requested: 300_000,
        authorized: 300_000,
        aligned: 300_000,
        coverage: 1,
        alignment: 1,
        utilization: 0,
        progress: 0,
        revenue: 600_000,
        deals: 2,
        overdueClaims: 1,
        unclaimedAfterWindow: 300_000,
        approvedTactics: 1,
      }),
    );
  });

  test("Training: T7 approved, unfunded, overdue", () => {
    expect(byType.get("Training")).toEqual(
      figures(NO_BUDGET_NO_FORECAST, { requested: 80_000, coverage: 0, progress: 0, overdueClaims: 1, approvedTactics: 1 }),
    );
  });

  test("outcomes without a tactic and lump sums are in the totals but in no type", () => {
    const sum = (key: "opportunities" | "leads" | "authorized") => analysis.tacticTypes.reduce((s, t) => s + t.figures[key], 0);
    // O3 and O8 (5 opportunities) and O5 (12 leads) have no tactic; A3 (1,000) is a lump sum.
    expect([sum("opportunities"), analysis.totals.opportunities]).toEqual([1, 6]);
    expect([sum("leads"), analysis.totals.leads]).toEqual([0, 12]);
    expect([sum("authorized"), analysis.totals.authorized]).toEqual([650_000, 750_000]);
  });
});
