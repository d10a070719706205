/**
 * The cell value shapes of SPEC section 3, read the way Excel users mean them, and the rows the
 * engine must skip: blank rows and totals rows. Values are checked on the parsed plan, findings
 * by code and cell.
 */
import { analyze } from "../../../src/engine";
import { dayFromText } from "../../../src/model/dates";
import { check, checkCleanWith, codes, editCell, findingsOf, theFinding } from "../../helpers/findings";
import { cleanPlan, workbook } from "../../helpers/tables";

const MARCH_1 = dayFromText("2026-03-01");

describe("numbers and numeric text", () => {
  test.each([
    [20000, 2_000_000],
    [20000.005, 2_000_001],
    [19999.994, 1_999_999],
  ])("the number %p is %p cents, rounded half away from zero, with no finding", (value, cents) => {
    const a = checkCleanWith("JmpTactics", 0, "Expected revenue", value);
    expect(a.plan.tactics[0].expectedRevenue).toBe(cents);
    expect(codes(a)).toEqual([]);
  });

  test.each([
    ["20,000.50", 2_000_050],
    ["$20,000", 2_000_000],
    [" 20000 ", 2_000_000],
    ["USD 20,000.505", 2_000_051],
  ])("the text %p is read as %p cents with a single V09", (text, cents) => {
    const a = checkCleanWith("JmpTactics", 0, "Total cost", text);
    expect(a.plan.tactics[0].totalCost).toBe(cents);
    expect(codes(a)).toEqual(["V09"]);
  });

  test.each([
    ["$1,250", "$1250.00"],
    ["-€5", "-€5.00"],
    ["USD 20,000.505", "20000.51 USD"],
  ])("V09 says the text %p was read as %s: a symbol before the digits, a code after them", (text, shown) => {
    const a = checkCleanWith("JmpTactics", 0, "Total cost", text);
    expect(theFinding(a, "V09").message).toBe(`Total cost "${text}" is a number stored as text; it is read as ${shown}`);
  });

  test('"(300)" is minus 300: used, so an amount that must not be negative is refused', () => {
    const a = checkCleanWith("JmpJointPlan", 0, "Forecast revenue", "(300)");
    expect(codes(a)).toEqual(["V04", "V09"]);
    expect(theFinding(a, "V04")).toMatchObject({ table: "JmpJointPlan", row: 2, cell: "D2" });
    expect(theFinding(a, "V04").message).toContain("-300");
    expect(theFinding(a, "V09").message).toContain('"(300)"');
    expect(a.plan.jointPlan[0].forecastRevenue).toBeUndefined();
  });

  test('"50%" is a share of one half; 50 and 0.5 as numbers mean the same', () => {
    for (const value of ["50%", 50, 0.5]) {
      const a = checkCleanWith("JmpPartners", 0, "Max MDF share", value);
      expect(a.plan.partners[0].maxMdfShare).toEqual({ fraction: 0.5, basisPoints: 5000 });
    }
  });

  test("a partner share read from text applies to the MDF cap (P05) like a number would", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpPartners", 0, "Max MDF share", "40%");
    const a = check(parts);
    expect(findingsOf(a, "P05").map((f) => f.cell)).toEqual(["I2", "I3"]);
    expect(theFinding(a, "V09")).toMatchObject({ table: "JmpPartners", cell: "F2" });
  });
});

describe("dates", () => {
  test.each([
    ["an Excel serial", 46082],
    ["a serial with a time of day", 46082.75],
    ["a Date object", new Date(Date.UTC(2026, 2, 1))],
  ])("%s is read as the calendar day with no finding", (_label, value) => {
    const a = checkCleanWith("JmpTactics", 0, "Start", value);
    expect(a.plan.tactics[0].start).toBe(MARCH_1);
    expect(codes(a)).toEqual([]);
  });

  test.each(["2026-03-01", "2026-03-01T00:00:00", "1 Mar 2026", "Mar 1, 2026", "3/1/2026", "46082"])(
    "the text %p is read as 1 March 2026 with a V09 warning at its cell",
    (text) => {
      const a = checkCleanWith("JmpTactics", 0, "Start", text);
      expect(a.plan.tactics[0].start).toBe(MARCH_1);
      expect(codes(a)).toEqual(["V09"]);
      expect(theFinding(a, "V09")).toMatchObject({ cell: "F2", severity: "warning" });
    },
  );

  test("a day-first slashed date is read when the day cannot be a month", () => {
    expect(checkCleanWith("JmpTactics", 2, "End", "31/3/2026").plan.tactics[2].end).toBe(dayFromText("2026-03-31"));
  });

  test("dates read from text take part in the rules: a claim filed before the tactic ends", () => {
    const a = checkCleanWith("JmpClaims", 0, "Submitted on", "1 Mar 2026");
    expect(theFinding(a, "C04")).toMatchObject({ row: 2, cell: "E2" });
  });
});

describe("booleans and Yes/No text", () => {
  test.each([
    [true, true], [false, false], ["Yes", true], ["no", false], ["Y", true], ["N", false],
    ["TRUE", true], ["false", false], [1, true], [0, false], [null, true], ["  ", true],
  ])("Active %p reads as %p", (value, active) => {
    const a = checkCleanWith("JmpPartners", 1, "Active", value);
    expect(a.plan.partners[1].active).toBe(active);
    expect(findingsOf(a, "V05")).toEqual([]);
  });

  test("a partner made inactive by FALSE shows its approved tactic as P07", () => {
    expect(theFinding(checkCleanWith("JmpPartners", 1, "Active", false), "P07")).toMatchObject({ table: "JmpTactics", row: 4, cell: "J4" });
  });
});

describe("error values", () => {
  test.each([
    ["ExcelJS", { error: "#N/A" }],
    ["Office.js", "#N/A"],
  ])("an %s error in an amount is V07 and the amount counts as absent", (_host, value) => {
    const a = checkCleanWith("JmpTactics", 0, "Total cost", value);
    expect(codes(a)).toEqual(["V07"]);
    expect(theFinding(a, "V07")).toMatchObject({ cell: "H2", message: "Total cost shows the Excel error #N/A" });
    expect(a.plan.tactics[0].totalCost).toBeUndefined();
    expect(a.plan.tactics[0].mdfRequested).toBe(1_000_000);
  });

  test("a formula result that is an error is read like the error itself", () => {
    const a = checkCleanWith("JmpAllocations", 1, "Amount", { formula: "A1/0", result: { error: "#DIV/0!" } });
    expect(theFinding(a, "V07")).toMatchObject({ table: "JmpAllocations", row: 3, cell: "D3" });
    expect(theFinding(a, "V07").message).toContain("#DIV/0!");
  });
});

describe("blanks and spaces", () => {
  test("spaces around IDs do not break references", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpAllocations", 0, "Partner ID", " P001 ");
    editCell(parts, "JmpClaims", 0, "Tactic ID", "t1  ");
    expect(check(parts).findings).toEqual([]);
  });

  test("a required cell of only spaces is V01; an optional one is simply absent", () => {
    const a = checkCleanWith("JmpTactics", 0, "MDF requested", "   ");
    expect(theFinding(a, "V01")).toMatchObject({ cell: "I2" });
    expect(checkCleanWith("JmpTactics", 0, "Expected revenue", "   ").findings).toEqual([]);
  });
});

describe("rows that are skipped", () => {
  test("blank rows are skipped and later rows keep the sheet row number the user sees", () => {
    const parts = cleanPlan();
    const tactics = parts.JmpTactics ?? [];
    tactics.splice(1, 0, {}, { "Tactic ID": "  ", Status: "", Description: null });
    editCell(parts, "JmpTactics", 4, "Tactic type", "Podcast");
    const a = check(parts);
    expect(a.plan.tactics.map((t) => t.row)).toEqual([2, 5, 6, 7]);
    expect(codes(a)).toEqual(["V05"]);
    expect(theFinding(a, "V05")).toMatchObject({ row: 6, cell: "D6" });
  });

  test("a row with data only in a user column is skipped", () => {
    const tables = workbook(cleanPlan()).map((t) =>
      t.name === "JmpClaims" ? { ...t, headers: [...t.headers, "Notes"], rows: [...t.rows.map((r) => [...r, ""]), [...t.headers.map(() => null), "follow up"]] } : t,
    );
    const a = analyze(tables);
    expect(a.findings).toEqual([]);
    expect(a.plan.claims).toHaveLength(2);
  });

  test("a flagged totals row is not read, whatever it holds", () => {
    const tables = workbook(cleanPlan()).map((t) =>
      t.name === "JmpAllocations" ? { ...t, hasTotalsRow: true, rows: [...t.rows, [null, null, null, 17000, null, "=SUBTOTAL(109)"]] } : t,
    );
    const a = analyze(tables);
    expect(a.findings).toEqual([]);
    expect(a.plan.allocations.map((r) => r.id?.text)).toEqual(["A1", "A2", "A3"]);
  });

  test('an unflagged last row whose first cell says "Total" is not read', () => {
    const parts = cleanPlan();
    parts.JmpAllocations?.push({ "Allocation ID": "Total", Amount: 17000 });
    const a = check(parts);
    expect(a.findings).toEqual([]);
    expect(a.plan.allocations).toHaveLength(3);
  });

  test('a "Total" row that is not the last row is data, and is checked as such', () => {
    const parts = cleanPlan();
    parts.JmpAllocations?.splice(1, 0, { "Allocation ID": "Total", "Partner ID": "P002", Amount: 100 });
    const a = check(parts);
    expect(a.plan.allocations).toHaveLength(4);
    expect(theFinding(a, "F04")).toMatchObject({ table: "JmpAllocations", row: 3, cell: "C3" });
  });
});
