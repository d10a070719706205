/**
 * Figures by fiscal quarter, worked out by hand for a plan whose fiscal year starts in July
 * (FY2028: July 2027 - June 2028, a leap year). A tactic counts in the quarter of its Start,
 * with its requests, allocations and claims; a lump sum by its Authorized on (none when blank);
 * outcomes by their Date; forecasts from Joint Plan rows naming the quarter. The finance figures
 * (Remaining, Committed, Payable, Pending, open claims by age) are checked at their boundaries.
 */
import type { Analysis, PeriodFigures } from "../../../src/engine";
import { analyze } from "../../../src/engine";
import { periodRefOf } from "../../../src/engine/partnerCurrency";
import { check, settingsWith } from "../../helpers/findings";
import { JULY_SETTINGS, julyPlanTables } from "../../helpers/julyPlan";

function plan(): Analysis {
  return analyze(julyPlanTables());
}

const noAge = { days0To30: 0, days31To60: 0, days61To90: 0, over90Days: 0 };

function quarters(analysis: Analysis): readonly PeriodFigures[] {
  const result = analysis.periods("quarter");
  if (!("periods" in result)) throw new Error(result.problem);
  return result.periods;
}

describe("figures by quarter of a July fiscal year", () => {
  const analysis = plan();
  const [q1, q2, q3, q4] = quarters(analysis);

  test("the plan's four quarters, first and last days", () => {
    expect(quarters(analysis).map((q) => q.period.label)).toEqual(["FY2028-Q1", "FY2028-Q2", "FY2028-Q3", "FY2028-Q4"]);
    expect(new Date(q3.period.end * 86_400_000).toISOString().slice(0, 10)).toBe("2028-03-31");
  });

  test("Q1: the tactic starting on its last day, its allocation and claims; the outcome on its first day; its forecasts", () => {
    expect(q1.totals).toMatchObject({ budget: null, remaining: null, requested: 100_000, authorized: 100_000, aligned: 100_000, spend: 80_000, paid: 80_000, payable: 0, committed: 20_000, pending: 5_000, revenue: 500_000, forecast: 40_000, attainment: 12.5, progress: 1 });
    expect(q1.totals.openClaimsByAge).toEqual({ ...noAge, days61To90: 5_000 });
  });

  test("Q2: the tactic starting on its first day; the claim 30 days old is 0-30, the one 106 days old over 90", () => {
    expect(q2.totals).toMatchObject({ requested: 50_000, authorized: 30_000, aligned: 30_000, spend: 0, pending: 60_000, committed: 30_000, revenue: 0, opportunities: 3, forecast: 20_000, attainment: 0, progress: 0 });
    expect(q2.totals.openClaimsByAge).toEqual({ ...noAge, days0To30: 10_000, over90Days: 50_000 });
  });

  test("Q3: the tactic starting on the leap day; an approved claim 60 days old is 31-60 and payable; a claim with no date is pending and of no age", () => {
    expect(q3.totals).toMatchObject({ requested: 40_000, authorized: 40_000, spend: 40_000, paid: 0, payable: 40_000, committed: 40_000, pending: 2_000, forecast: 0, attainment: null });
    expect(q3.totals.openClaimsByAge).toEqual({ ...noAge, days31To60: 40_000 });
  });

  test("Q4: the lump sum by its Authorized on, the outcome on its last day", () => {
    expect(q4.totals).toMatchObject({ requested: 0, authorized: 25_000, alignment: 0, coverage: null, committed: 25_000, revenue: 100_000 });
  });

  test("the tactic before the plan, the undated lump sum and the outcome after the plan count in no quarter but in the whole plan", () => {
    const sum = (pick: (q: PeriodFigures) => number) => quarters(analysis).reduce((total, q) => total + pick(q), 0);
    expect(analysis.totals.requested - sum((q) => q.totals.requested)).toBe(5_000);
    expect(analysis.totals.authorized - sum((q) => q.totals.authorized)).toBe(7_000);
    expect(analysis.totals.revenue - sum((q) => q.totals.revenue)).toBe(200_000);
    expect(analysis.totals.overdueClaims).toBe(1);
    expect(sum((q) => q.totals.overdueClaims)).toBe(0);
  });

  test("partners within a quarter: the partner's forecast for it, no budget", () => {
    const p2 = q1.partners.find((p) => p.id === "P2");
    expect(p2?.figures).toMatchObject({ budget: null, forecast: 10_000, requested: 0 });
    expect(q3.partners.find((p) => p.id === "P2")?.figures).toMatchObject({ requested: 40_000, spend: 40_000 });
    expect(q1.pairs.get("P1", "I1")).toMatchObject({ forecast: 30_000, spend: 80_000 });
  });

  test("whole-plan finance: Remaining = Budget - Authorized where a budget is set, Committed = Authorized - Paid, Payable, Pending, ages", () => {
    // Only P1 has a budget: the total's Remaining is what P1's authorizations leave of it; P2's
    // 40,000 come out of no budget (the total is the sum of the partners' Remaining).
    expect(analysis.totals).toMatchObject({ budget: 1_000_000, authorized: 202_000, remaining: 838_000, paid: 80_000, committed: 122_000, spend: 120_000, payable: 40_000, pending: 67_000, forecast: 160_000 });
    expect(analysis.totals.openClaimsByAge).toEqual({ days0To30: 10_000, days31To60: 40_000, days61To90: 5_000, over90Days: 50_000 });
    const [p1, p2] = analysis.partners;
    expect(p1.figures.remaining).toBe(1_000_000 - 162_000);
    expect(p2.figures.remaining).toBeNull();
    expect(analysis.initiatives[0].figures.remaining).toBeNull();
  });
});

describe("rows outside the plan period", () => {
  /** The sum over a plan's periods of a figure. */
  function summed(analysis: Analysis, granularity: "quarter" | "month", pick: (f: PeriodFigures["totals"]) => number): number {
    const result = analysis.periods(granularity);
    if (!("periods" in result)) throw new Error(result.problem);
    return result.periods.reduce((total, p) => total + pick(p.totals), 0);
  }

  test.each(["July", "August", "May"])("count in no period when the fiscal year starts in %s, though a quarter overlapping the plan holds their dates", (start) => {
    // Starting in August or May, the first quarter (May-July 2027) holds T4's Start, 2027-06-15,
    // and the last (May-July 2028) O3's Date, 2028-07-01: both outside Period start..Period end.
    const analysis = analyze(julyPlanTables({ ...JULY_SETTINGS, "Fiscal year start": start }));
    for (const granularity of ["quarter", "month"] as const) {
      expect([granularity, analysis.totals.requested - summed(analysis, granularity, (f) => f.requested)]).toEqual([granularity, 5_000]);
      expect([granularity, analysis.totals.revenue - summed(analysis, granularity, (f) => f.revenue)]).toEqual([granularity, 200_000]);
      expect([granularity, analysis.totals.authorized - summed(analysis, granularity, (f) => f.authorized)]).toEqual([granularity, 7_000]);
    }
  });
});

describe("a quarter partly outside the plan", () => {
  test("is listed with the days it counts: cut at Period start and Period end", () => {
    // August fiscal years: May-July 2027 and May-July 2028 overlap a plan of July 2027 - June 2028.
    const result = analyze(julyPlanTables({ ...JULY_SETTINGS, "Fiscal year start": "August" })).periods("quarter");
    if (!("periods" in result)) throw new Error(result.problem);
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    const shown = result.periods.map((q) => [q.period.label, iso(q.period.start), iso(q.period.end)]);
    expect(shown[0]).toEqual(["FY2027-Q4", "2027-07-01", "2027-07-31"]);
    expect(shown[1]).toEqual(["FY2028-Q1", "2027-08-01", "2027-10-31"]);
    expect(shown[shown.length - 1]).toEqual(["FY2028-Q4", "2028-05-01", "2028-06-30"]);
    expect(periodRefOf(result.periods[0].period)).toEqual({ granularity: "quarter", label: "FY2027-Q4" });
  });
});

describe("figures by month", () => {
  test("twelve months; a month has no forecast of its own; the leap day falls in February", () => {
    const result = plan().periods("month");
    if (!("periods" in result)) throw new Error(result.problem);
    expect(result.periods).toHaveLength(12);
    const february = result.periods.find((m) => m.period.label === "2028-02");
    expect(february?.totals).toMatchObject({ requested: 40_000, forecast: null, budget: null });
    expect(result.periods[0].totals.revenue).toBe(500_000);
  });

  test("a plan without a period has no periods, and says why", () => {
    const analysis = check({}, settingsWith({ "Period start": undefined }));
    expect(analysis.periods("quarter")).toEqual({ problem: "the plan has no Period start and Period end to cut into periods" });
  });
});

test("a Fiscal year start typed as a date (Excel makes one of \"Jul 2027\") starts the year in its month, with no finding", () => {
  const analysis = analyze(julyPlanTables({ ...JULY_SETTINGS, "Fiscal year start": new Date(Date.UTC(2027, 6, 1)) }));
  expect(analysis.plan.settings.fiscalYearStart).toBe(7);
  expect(analysis.findings.filter((f) => f.table === "JmpSettings")).toEqual([]);
  expect(quarters(analysis)[0].period.label).toBe("FY2028-Q1");
});
