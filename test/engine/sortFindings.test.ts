/**
 * Findings are listed as a user walks the workbook: table in template order, then row, column
 * (left to right by the cell's letters, then header) and code, with findings that tie keeping the order the rules reported them in.
 */
import fc from "fast-check";
import { sortFindings } from "../../src/engine/findings/sortFindings";
import type { Finding, RuleCode } from "../../src/model/findings";
import { TABLES } from "../../src/model/schema";

/** Findings on rows anywhere on a sheet, or (`rows`) on a few rows close together. */
const findingOn = (rows: fc.Arbitrary<number>) =>
  fc.record({
    table: fc.constantFrom(...TABLES.map((t) => t.name as string), "NotATable"),
    row: fc.option(rows, { nil: null }),
    column: fc.option(fc.constantFrom("Amount", "Status", "Tactic ID", "End"), { nil: null }),
    letters: fc.option(fc.constantFrom("A", "F", "G", "Z", "AA", "AB"), { nil: null }),
    code: fc.constantFrom<RuleCode>("V01", "V02", "C01", "F03", "R01"),
    message: fc.string({ maxLength: 4 }),
  });
const finding = findingOn(fc.integer({ min: 1, max: 1_048_576 }));

/** A generated record as a finding, its cell (when it has column letters) on its row. */
function asFinding({ letters, ...r }: { letters: string | null; row: number | null } & Record<string, unknown>): Finding {
  return { ...r, severity: "error", sheet: null, cell: letters === null ? null : `${letters}${r.row ?? 1}`, partner: null } as unknown as Finding;
}

/** The order spelled out as one comparison, as the sort must behave. */
function expected(findings: readonly Finding[]): Finding[] {
  const tableOrder = (name: string): number => {
    const i = TABLES.findIndex((t) => t.name === name);
    return i < 0 ? 99 : i;
  };
  const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  // Left to right on the sheet: Z before AA; a finding without a cell first.
  const columnOf = (cell: string | null): number => (cell === null ? 0 : ["A", "F", "G", "Z", "AA", "AB"].indexOf(cell.replace(/[\d.-]+$/, "")) + 1);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => tableOrder(x.f.table) - tableOrder(y.f.table) || (x.f.row ?? 0) - (y.f.row ?? 0) || columnOf(x.f.cell) - columnOf(y.f.cell) || text(x.f.column ?? "", y.f.column ?? "") || text(x.f.code, y.f.code) || x.i - y.i)
    .map(({ f }) => f);
}

describe("sortFindings", () => {
  it("orders by table, row, column and code, keeping ties in reported order", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 200 }), (records) => {
        const findings = records.map(asFinding);
        const sorted = sortFindings(findings);
        expect(sorted).toEqual(expected(findings));
        sorted.forEach((f, i) => expect(f).toBe(expected(findings)[i]));
      }),
    );
  });

  it("orders findings crowded on a few rows (sorted by counting rows) the same way", () => {
    fc.assert(
      fc.property(fc.array(findingOn(fc.integer({ min: 1, max: 40 })), { maxLength: 300 }), (records) => {
        const findings = records.map(asFinding);
        expect(sortFindings(findings)).toEqual(expected(findings));
      }),
    );
  });

  it("orders rows no sheet has (negative, fractional) by comparison, the same way", () => {
    fc.assert(
      fc.property(fc.array(findingOn(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(1.5, 2.25))), { maxLength: 100 }), (records) => {
        const findings = records.map(asFinding);
        expect(sortFindings(findings)).toEqual(expected(findings));
      }),
    );
  });

  it("leaves the findings it was given in their order", () => {
    const a = { code: "V01", severity: "error", table: "JmpClaims", sheet: null, row: 9, column: null, cell: null, message: "", partner: null } as Finding;
    const b = { ...a, table: "JmpTactics", row: 3 };
    const given = [a, b];
    expect(sortFindings(given)).toEqual([b, a]);
    expect(given).toEqual([a, b]);
  });
});
