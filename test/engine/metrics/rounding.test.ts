/**
 * Amounts with more than two decimals round half away from zero to whole cents as they are read
 * (SPEC section 3), whatever shape the cell value arrives in.
 */
import { analyze } from "../../../src/engine";
import { onePartnerPlan } from "./onePartner";

/** The MDF budget P1 ends up with, in cents, and the codes of the findings on that cell. */
function budgetOf(cell: unknown): { cents: number | null; codes: string[] } {
  const a = analyze(
    onePartnerPlan({
      JmpPartners: [{ "Partner ID": "P1", Partner: "Northwind", "MDF budget": cell }],
    }),
  );
  const codes = a.findings.filter((f) => f.table === "JmpPartners" && f.column === "MDF budget").map((f) => f.code);
  return { cents: a.partners[0].figures.budget, codes };
}

describe("money rounding on read", () => {
  test.each([
    [1.005, 101],
    [2.675, 268],
    [1.015, 102],
    [0.125, 13],
    [0.124, 12],
    [1234567.895, 123_456_790],
    [0.1 + 0.2, 30],
    [1e-9, 0],
  ])("the number %p is %i cents", (cell, cents) => {
    expect(budgetOf(cell)).toEqual({ cents, codes: [] });
  });

  test.each([
    ["1,200.505", 120_051],
    ["1200.504", 120_050],
    ["$1,200", 120_000],
    ["USD 75.5", 7_550],
    ["2.675", 268],
    ["0.0049", 0],
    ["1.0050000001", 101],
    ["1.00499999999", 100],
  ])("the text %p is %i cents, with a number-stored-as-text warning", (cell, cents) => {
    expect(budgetOf(cell)).toEqual({ cents, codes: ["V09"] });
  });

  test("a formula result and rich text are read like the value they show", () => {
    expect(budgetOf({ formula: "A1*1", result: 1.005 })).toEqual({ cents: 101, codes: [] });
    expect(budgetOf({ richText: [{ text: "1,2" }, { text: "00.505" }] })).toEqual({ cents: 120_051, codes: ["V09"] });
  });

  // An MDF budget that cannot be read counts as absent: no budget set (null), not 0.
  test("a negative amount is refused where the column forbids it, and counts as absent", () => {
    expect(budgetOf(-2.675)).toEqual({ cents: null, codes: ["V04"] });
    // Typed as text it is also a number stored as text.
    expect(budgetOf("(2.675)")).toEqual({ cents: null, codes: ["V04", "V09"] });
  });

  test("an amount too large for exact cents is V02, and says so", () => {
    expect(budgetOf(1e17)).toEqual({ cents: null, codes: ["V02"] });
    expect(budgetOf("99999999999999999999")).toEqual({ cents: null, codes: ["V02"] });
    // 10^15 units is 10^17 cents, past 2^53: not "not a number", which it plainly is.
    const message = analyze(onePartnerPlan({ JmpPartners: [{ "Partner ID": "P1", Partner: "Northwind", "MDF budget": 1e15 }] })).findings.find((f) => f.code === "V02")?.message;
    expect(message).toBe("MDF budget 1000000000000000 is too large to count to the cent");
  });

  test("a percent is not money", () => {
    expect(budgetOf("50%")).toEqual({ cents: null, codes: ["V02"] });
  });
});
