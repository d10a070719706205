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
