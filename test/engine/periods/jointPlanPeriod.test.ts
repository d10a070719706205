/**
 * The Fiscal year start setting and the Joint Plan's Period column: a row may name a quarter of
 * the plan, the partner-initiative-period triple is unique (V08), and a label that is no quarter
 * of the plan is reported (V05) but keeps counting in the whole plan.
 */
import { check, findingsOf, settingsWith } from "../../helpers/findings";
import { d } from "../../helpers/tables";

const JULY_PLAN = settingsWith({ "Period start": d("2026-07-01"), "Period end": d("2027-06-30"), "Fiscal year start": "July" });
const partners = [{ "Partner ID": "P1", Partner: "Northwind", "MDF budget": 1000 }];
const initiatives = [{ "Initiative ID": "I1", Initiative: "Cloud" }];

describe("Fiscal year start", () => {
  test("is read as a month name or a number, January when blank", () => {
    expect(check({}, JULY_PLAN).plan.settings.fiscalYearStart).toBe(7);
    expect(check({}, settingsWith({ "Fiscal year start": 10 })).plan.settings.fiscalYearStart).toBe(10);
    expect(check({}, settingsWith({})).plan.settings.fiscalYearStart).toBe(1);
  });

  test("a value naming no month is V05 at the setting and January is used", () => {
    const analysis = check({}, settingsWith({ "Fiscal year start": "Julember" }));
    expect(analysis.plan.settings.fiscalYearStart).toBe(1);
    const [finding] = findingsOf(analysis, "V05");
    expect(finding.table).toBe("JmpSettings");
    expect(finding.message).toContain('Fiscal year start "Julember"');
  });
});

describe("Joint Plan Period", () => {
  test("the same pair may have a row per quarter and a whole-plan row; labels take the plan's spelling", () => {
    const analysis = check(
      {
        JmpPartners: partners,
        JmpInitiatives: initiatives,
        JmpJointPlan: [
          { "Partner ID": "P1", "Initiative ID": "I1", "Forecast revenue": 100 },
          { "Partner ID": "P1", "Initiative ID": "I1", "Forecast revenue": 10, Period: " fy2027-q1" },
          { "Partner ID": "P1", "Initiative ID": "I1", "Forecast revenue": 20, Period: "FY2027-Q2" },
        ],
      },
      JULY_PLAN,
    );
    expect(findingsOf(analysis, "V08")).toEqual([]);
    expect(findingsOf(analysis, "V05")).toEqual([]);
    expect(analysis.plan.jointPlan.map((j) => j.period)).toEqual(["", "FY2027-Q1", "FY2027-Q2"]);
    // The whole-plan forecast sums every row, as before periods.
    expect(analysis.totals.forecast).toBe(13_000);
  });

  test("a repeated partner-initiative-period triple is V08 on the later row, which is not counted", () => {
    const analysis = check(
      {
        JmpPartners: partners,
        JmpInitiatives: initiatives,
        JmpJointPlan: [
          { "Partner ID": "P1", "Initiative ID": "I1", "Forecast revenue": 10, Period: "FY2027-Q1" },
          { "Partner ID": "p1 ", "Initiative ID": "i1", "Forecast revenue": 99, Period: "fy2027-q1" },
          { "Partner ID": "P1", "Initiative ID": "I1", "Forecast revenue": 5 },
          { "Partner ID": "P1", "Initiative ID": "I1", "Forecast revenue": 7 },
        ],
      },
      JULY_PLAN,
    );
    const repeats = findingsOf(analysis, "V08");
    expect(repeats.map((f) => [f.row, f.message])).toEqual([
      [3, "p1 / i1 / FY2027-Q1 is already in the Joint Plan on row 2; this row is not counted"],
      [5, "P1 / I1 is already in the Joint Plan on row 4; this row is not counted"],
    ]);
    expect(analysis.totals.forecast).toBe(1_500);
  });

  test("a label that is no quarter of the plan is V05 and still counts in the whole plan", () => {
    const analysis = check(
      {
        JmpPartners: partners,
        JmpInitiatives: initiatives,
        JmpJointPlan: [{ "Partner ID": "P1", "Initiative ID": "I1", "Forecast revenue": 10, Period: "FY2026-Q4" }],
      },
      JULY_PLAN,
    );
    const [finding] = findingsOf(analysis, "V05");
    expect(finding.column).toBe("Period");
    expect(finding.message).toBe(`Period "FY2026-Q4" is not a quarter of the plan (the plan's quarters are FY2027-Q1 to FY2027-Q4); the row counts in no quarter`);
    expect(analysis.totals.forecast).toBe(1_000);
  });
});
