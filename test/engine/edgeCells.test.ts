/**
 * Cells at the edges of what numbers and dates can hold (SPEC section 8: every unreadable value
 * becomes a finding with its cell; money sums are exact). An amount whose cents a double cannot
 * count exactly, or a serial outside Excel's calendar, is a finding at its cell and counts as
 * absent; the figures of the rest of the plan stay whole, never null because of one cell.
 */
import { analyze } from "../../src/engine";
import type { TableName } from "../../src/model/schema";
import { cleanPlan, d, workbook } from "../helpers/tables";

type Row = Record<string, unknown>;

/** The clean plan with one cell of `table`'s first row set to `value`, analyzed. */
function withCell(table: TableName, column: string, value: unknown) {
  const plan = cleanPlan();
  const rows = (plan[table] ?? []).map((r) => ({ ...r })) as Row[];
  rows[0][column] = value;
  plan[table] = rows;
  return analyze(workbook(plan));
}

const clean = analyze(workbook(cleanPlan()));
/** Revenue of the clean plan without its first outcome (60,000.00 of Revenue on T1). */
const REVENUE_WITHOUT_FIRST = (clean.totals.revenue ?? 0) - 6_000_000;

describe("amounts beyond exact cents", () => {
  test.each([1e308, 123456789012345.67, 2 ** 53 / 100 + 1])("an outcome Value of %p is a V02 at its cell and counts as absent", (value) => {
    const analysis = withCell("JmpOutcomes", "Value", value);
    const finding = analysis.findings.find((f) => f.code === "V02");
    expect(finding).toMatchObject({ table: "JmpOutcomes", row: 2, column: "Value" });
    expect(analysis.totals.revenue).toBe(REVENUE_WITHOUT_FIRST);
    expect(analysis.totals.roi).not.toBeNull();
    expect(analysis.totals.attainment).not.toBeNull();
  });

  test("a negative one is V04 (the column forbids it), also counted as absent", () => {
    const analysis = withCell("JmpOutcomes", "Value", -1e308);
    expect(analysis.findings.find((f) => f.code === "V04")).toMatchObject({ table: "JmpOutcomes", row: 2, column: "Value" });
    expect(analysis.totals.revenue).toBe(REVENUE_WITHOUT_FIRST);
  });

  test("a large amount that cents still count is summed exactly", () => {
    const analysis = withCell("JmpOutcomes", "Value", 12345678901234.56);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(analysis.totals.revenue).toBe(REVENUE_WITHOUT_FIRST + 1_234_567_890_123_456);
  });

  test.each([1e308, 123456789012345.67])("MDF requested of %p is a V02 at its cell", (value) => {
    const analysis = withCell("JmpTactics", "MDF requested", value);
    expect(analysis.findings.find((f) => f.code === "V02")).toMatchObject({ table: "JmpTactics", row: 2, column: "MDF requested" });
    expect(analysis.totals.requested).not.toBeNull();
  });
});

describe("dates outside Excel's calendar", () => {
  test.each([
    ["serial -5", -5],
    ["serial 3,000,000", 3_000_000],
    ["serial 0", 0],
    // What a reader hands over for those serials in a date-formatted cell.
    ["1899-12-25 as a Date", new Date(Date.UTC(1899, 11, 25))],
    ["the year 10,113 as a Date", new Date(Date.UTC(10113, 8, 1))],
  ])("%s is V03 at its cell", (_name, value) => {
    const analysis = withCell("JmpOutcomes", "Date", value);
    expect(analysis.findings.find((f) => f.code === "V03")).toMatchObject({ table: "JmpOutcomes", row: 2, column: "Date" });
  });

  test("the first and last days of Excel's calendar are dates", () => {
    for (const value of [1, 2_958_465, d("1900-01-01"), d("9999-12-31")]) {
      expect(withCell("JmpOutcomes", "Date", value).findings.filter((f) => f.code === "V03")).toEqual([]);
    }
  });
});

describe("sums past 2^53 cents", () => {
  /** The clean plan with its two Revenue outcomes (O1, O4) set to `first` and `second`. */
  function withRevenues(first: unknown, second: unknown) {
    const plan = cleanPlan();
    const rows = (plan.JmpOutcomes ?? []).map((r) => ({ ...r })) as Row[];
    rows[0].Value = first;
    rows[3].Value = second;
    plan.JmpOutcomes = rows;
    return analyze(workbook(plan));
  }
  // 2^52 cents, and 2^52 - 2 cents (doubles that hold their cents exactly at this size).
  const HALF = 45035996273704.96;
  const HALF_LESS_TWO_CENTS = 45035996273704.94;

  test("amounts adding up to just under 2^53 cents are summed to the cent, with no V11", () => {
    const analysis = withRevenues(HALF, HALF_LESS_TWO_CENTS);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(analysis.totals.revenue).toBe(Number.MAX_SAFE_INTEGER - 1);
  });

  test("two cents more is a V11 naming the column; the figures stay numbers, none null", () => {
    const analysis = withRevenues(HALF, HALF);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([
      expect.objectContaining({ code: "V11", table: "JmpOutcomes", column: "Value", row: null, message: expect.stringMatching(/more than 2\^53 cents/) }),
    ]);
    expect(analysis.totals.revenue).toBe(2 ** 53);
    for (const figure of [analysis.totals.roi, analysis.totals.attainment, analysis.partners[0].figures.revenue]) expect(Number.isFinite(figure)).toBe(true);
  });

  test("each metric is its own sum: Pipeline does not push Revenue past the bound", () => {
    // O3 is 25,000.00 of Pipeline; with Revenue at 2^53 - 2 cents, no single sum passes it.
    expect(withRevenues(HALF, HALF_LESS_TWO_CENTS).findings.map((f) => f.code)).not.toContain("V11");
  });

  test("allocations whose amounts pass the bound together are a V11 on Amount", () => {
    const plan = cleanPlan();
    plan.JmpAllocations = (plan.JmpAllocations ?? []).map((r, i) => ({ ...r, Amount: i < 2 ? HALF : r.Amount }));
    const analysis = analyze(workbook(plan));
    expect(analysis.findings.filter((f) => f.code === "V11")).toEqual([expect.objectContaining({ table: "JmpAllocations", column: "Amount" })]);
    expect(Number.isFinite(analysis.totals.authorized)).toBe(true);
  });
});
