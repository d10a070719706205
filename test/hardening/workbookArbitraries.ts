/**
 * Generators of whole hostile workbooks for the hardening suite: a random subset of the JMP
 * tables, headers dropped, doubled, renamed or joined by the user's own columns, and cells of
 * every shape a host can hand over (odd numbers, formula-looking text, very long text, error
 * values, invalid dates, booleans, blanks).
 */
import fc from "fast-check";
import type { RawTable } from "../../src/model/rawTable";
import { TABLES } from "../../src/model/schema";
import type { TableSpec } from "../../src/model/schema";

/** Text that a spreadsheet would take for a formula, or that is otherwise awkward. */
export const HOSTILE_TEXT = [
  "=1+1",
  "@SUM(A1:A2)",
  "-5",
  "+x",
  "-2+3",
  "=HYPERLINK(\"http://example.invalid\",\"click\")",
  "=cmd|' /C calc'!A0",
  "'quoted",
  "ünïcødé 😀 مرحبا 漢字",
  "line\nbreak",
  "tab\tseparated",
  "<tag>&amp;</tag>",
  "__proto__",
  "constructor",
  "1,200.50",
  "50%",
  "2026-03-31",
  "#N/A",
  "Approved",
  "Yes",
  "",
  "   ",
  "x".repeat(5000),
];

/** Excel error values as ExcelJS reports them. */
const errorValue = fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!").map((error) => ({ error }));

/** Any cell value a host may deliver. */
export const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ maxLength: 10 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.double(),
  fc.integer({ min: -1_000_000, max: 5_000_000 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 2 ** 53 + 2, 5e-324, 46112, 46112.5, 0.125),
  fc.date({ noInvalidDate: false, min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)) }),
  fc.constant(new Date(NaN)),
  errorValue,
  fc.boolean(),
  fc.constant(null),
);

/** Columns a user adds to a JMP table. */
const USER_HEADERS = ["Notes", "Owner", "=1+1", "@x", "Übersicht", "Column9", "  "];

/** A table's header row: its own headers (some missing, doubled or renamed) plus the user's. */
function headersOf(spec: TableSpec): fc.Arbitrary<string[]> {
  const own = spec.columns.map((c) => c.header);
  const mutated = fc.array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...own) },
      { weight: 1, arbitrary: fc.constantFrom(...own).map((h) => h.toUpperCase()) },
      { weight: 1, arbitrary: fc.constantFrom(...own).map((h) => ` ${h.toLowerCase()} `) },
      { weight: 1, arbitrary: fc.constantFrom(...own).map((h) => `${h} (old)`) },
      { weight: 1, arbitrary: fc.constantFrom(...USER_HEADERS) },
    ),
    { minLength: 1, maxLength: own.length + 2 },
  );
  return fc.oneof({ weight: 2, arbitrary: fc.constant(own) }, { weight: 2, arbitrary: fc.shuffledSubarray(own, { minLength: 1 }) }, { weight: 3, arbitrary: mutated });
}

/** One JMP table with `rows` rows on its template sheet, header on row 1 from column A. */
function tableOf(spec: TableSpec, maxRows: number): fc.Arbitrary<RawTable> {
  return headersOf(spec).chain((headers) =>
    fc.array(fc.array(cellValue, { minLength: headers.length, maxLength: headers.length }), { maxLength: maxRows }).map(
      (rows): RawTable => ({ name: spec.name, sheet: spec.sheet, headerRow: 1, firstColumn: 0, headers, rows }),
    ),
  );
}

/** A random subset of the JMP tables (at least one), each with up to `maxRows` rows. */
export function jmpTables(maxRows: number): fc.Arbitrary<RawTable[]> {
  return fc
    .subarray([...TABLES], { minLength: 1 })
    .chain((specs) => fc.tuple(...specs.map((spec) => tableOf(spec, maxRows))))
    .map((tables) => [...tables]);
}

/** A user's own sheet: a few rows of cells (null = empty). */
export const userSheetCells: fc.Arbitrary<unknown[][]> = fc.array(fc.array(cellValue, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });
