/**
 * The fiscal calendar, with figures worked out by hand: a fiscal year starting in July is named
 * by the year it ends in (July 2026 - June 2027 is FY2027), quarters run three months from the
 * start, months are calendar months, and a leap day falls in its month and quarter.
 */
import { monthFromSetting, periodIndexOf, periodLabelOf, periodPosition, periodsOf, MAX_PERIODS } from "../../src/model/fiscalCalendar";

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
const JULY = 7;

describe("Fiscal year start", () => {
  test.each([
    ["July", 7],
    ["jul", 7],
    [" SEPTEMBER ", 9],
    ["Sept", 9],
    ["Sept.", 9],
    ["Juli", 7],
    ["juillet", 7],
    ["März", 3],
    ["Marz", 3],
    ["Okt", 10],
    ["janv.", 1],
    ["mei", 5],
    ["Octubre", 10],
    ["mrt", 3],
    ["Mrz", 3],
    ["2026-07-01", 7],
    // A month with its year typed as text: the year starts in that month.
    ["Jul 2026", 7],
    ["July-26", 7],
    ["Sept. 2026", 9],
    ["Jul 2026 Q1", undefined],
    // Excel's JavaScript API hands a date cell over as its serial.
    [46204, 7],
    ["46204", 7],
    ["366", undefined],
    ["Julyy", undefined],
    ["Mon", undefined],
    ["7", 7],
    [12, 12],
    ["1", 1],
    ["0", undefined],
    ["13", undefined],
    ["7.5", undefined],
    ["Ju", undefined],
    ["", undefined],
  ])("%p is month %p", (value, month) => {
    expect(monthFromSetting(value)).toBe(month);
  });
});

describe("quarter labels of a July fiscal year", () => {
  test.each([
    ["2026-07-01", "FY2027-Q1"],
    ["2026-09-30", "FY2027-Q1"],
    ["2026-10-01", "FY2027-Q2"],
    ["2026-12-31", "FY2027-Q2"],
    ["2027-01-01", "FY2027-Q3"],
    ["2027-06-30", "FY2027-Q4"],
    ["2027-07-01", "FY2028-Q1"],
    ["2028-02-29", "FY2028-Q3"],
  ])("%s is in %s", (date, label) => {
    expect(periodLabelOf(day(date), JULY, "quarter")).toBe(label);
  });

  test("a January fiscal year is the calendar year; a February one names January by the year it ends in", () => {
    expect(periodLabelOf(day("2026-01-01"), 1, "quarter")).toBe("FY2026-Q1");
    expect(periodLabelOf(day("2026-12-31"), 1, "quarter")).toBe("FY2026-Q4");
    expect(periodLabelOf(day("2026-01-31"), 2, "quarter")).toBe("FY2026-Q4");
    expect(periodLabelOf(day("2026-02-01"), 2, "quarter")).toBe("FY2027-Q1");
  });

  test("months are labelled by the calendar", () => {
    expect(periodLabelOf(day("2028-02-29"), JULY, "month")).toBe("2028-02");
  });
});

describe("the periods of a plan", () => {
  test("quarters overlapping the plan period, whole, in order, the empty ones too", () => {
    const quarters = periodsOf(day("2026-08-15"), day("2027-01-10"), JULY, "quarter") ?? [];
    expect(quarters.map((q) => [q.label, iso(q.start), iso(q.end)])).toEqual([
      ["FY2027-Q1", "2026-07-01", "2026-09-30"],
      ["FY2027-Q2", "2026-10-01", "2026-12-31"],
      ["FY2027-Q3", "2027-01-01", "2027-03-31"],
    ]);
  });

  test("a quarter holding a leap day ends on 31 March; February ends on its 29th", () => {
    const quarters = periodsOf(day("2028-01-01"), day("2028-03-31"), JULY, "quarter") ?? [];
    expect(quarters.map((q) => [q.label, iso(q.start), iso(q.end)])).toEqual([["FY2028-Q3", "2028-01-01", "2028-03-31"]]);
    const months = periodsOf(day("2028-02-01"), day("2028-03-01"), JULY, "month") ?? [];
    expect(months.map((m) => [m.label, iso(m.start), iso(m.end)])).toEqual([
      ["2028-02", "2028-02-01", "2028-02-29"],
      ["2028-03", "2028-03-01", "2028-03-31"],
    ]);
  });

  test("a plan of a July fiscal year has four quarters and twelve months", () => {
    expect(periodsOf(day("2026-07-01"), day("2027-06-30"), JULY, "quarter")?.map((q) => q.label)).toEqual(["FY2027-Q1", "FY2027-Q2", "FY2027-Q3", "FY2027-Q4"]);
    expect(periodsOf(day("2026-07-01"), day("2027-06-30"), JULY, "month")?.length).toBe(12);
  });

  test("no periods when the end is before the start; none past the limit", () => {
    expect(periodsOf(day("2027-01-01"), day("2026-01-01"), JULY, "quarter")).toEqual([]);
    expect(periodsOf(day("2000-01-01"), day("2060-12-31"), 1, "month")).toBeUndefined();
    expect(periodsOf(day("2000-01-01"), day("2060-12-31"), 1, "quarter")?.length).toBe(244);
    expect(MAX_PERIODS).toBeGreaterThanOrEqual(244);
  });

  test("a day finds its period by its first and last days; days outside every period find none", () => {
    const quarters = periodsOf(day("2026-07-01"), day("2027-06-30"), JULY, "quarter") ?? [];
    expect(periodIndexOf(quarters, day("2026-07-01"))).toBe(0);
    expect(periodIndexOf(quarters, day("2026-09-30"))).toBe(0);
    expect(periodIndexOf(quarters, day("2026-10-01"))).toBe(1);
    expect(periodIndexOf(quarters, day("2027-06-30"))).toBe(3);
    expect(periodIndexOf(quarters, day("2026-06-30"))).toBe(-1);
    expect(periodIndexOf(quarters, day("2027-07-01"))).toBe(-1);
    expect(periodIndexOf(quarters, NaN)).toBe(-1);
    expect(periodIndexOf([], day("2026-07-01"))).toBe(-1);
  });

  test("labels are found in any case and spacing", () => {
    const quarters = periodsOf(day("2026-07-01"), day("2027-06-30"), JULY, "quarter") ?? [];
    expect(periodPosition(quarters, " fy2027-q2 ")).toBe(1);
    expect(periodPosition(quarters, "FY2026-Q4")).toBe(-1);
  });
});
