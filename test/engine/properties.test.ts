/**
 * Invariants of the engine under generated input (fast-check): parsing never throws on any cell
 * value in any table shape; per-partner money sums to the totals exactly; Coverage and
 * Alignment stay within 0-100 %; every money figure is whole cents; IDs that are names of
 * built-in object properties are ordinary IDs.
 */
import fc from "fast-check";
import { analyze, pairFigures } from "../../src/engine";
import type { Analysis, Figures } from "../../src/engine";
import type { RawTable } from "../../src/model/rawTable";
import { CLAIM_STATUSES, OUTCOME_METRICS, TABLES, TACTIC_STATUSES, TACTIC_TYPES } from "../../src/model/schema";
import type { RowData } from "../helpers/tables";
import { PLAN_SETTINGS, d, workbook } from "../helpers/tables";

const AS_OF = Date.UTC(2026, 10, 30) / 86_400_000;
const MONEY_KEYS = ["budget", "requested", "authorized", "aligned", "spend", "paid", "revenue", "pipeline", "forecast", "costPerOpportunity"] as const;
const ADDITIVE_MONEY = ["budget", "requested", "authorized", "aligned", "spend", "paid", "revenue", "pipeline", "forecast"] as const;
const WHOLE_COUNTS = ["overdueClaims", "approvedTactics", "claimedTactics"] as const;

/** Every group of an analysis: totals, partners, initiatives, tactic types and pairs. */
function allFigures(a: Analysis): Figures[] {
  return [a.totals, ...a.partners.map((p) => p.figures), ...a.initiatives.map((i) => i.figures), ...a.tacticTypes.map((t) => t.figures), ...a.partners.flatMap((p) => a.initiatives.map((i) => pairFigures(a, p.key, i.key)))];
}

/** Checks the invariants every analysis must keep, whatever its input. */
function expectSoundFigures(a: Analysis): void {
  for (const f of allFigures(a)) {
    for (const key of MONEY_KEYS) {
      const v = f[key];
      if (v !== null && !Number.isSafeInteger(v)) throw new Error(`${key} is not whole cents: ${v}`);
    }
    for (const key of ["coverage", "alignment"] as const) {
      const v = f[key];
      if (v !== null && !(v >= 0 && v <= 1)) throw new Error(`${key} outside [0, 1]: ${v}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitrary cells and tables

class Odd {
  readonly x = 1;
}
const throwingToString = { toString: (): string => { throw new Error("no"); }, valueOf: (): number => { throw new Error("no"); } };

const textLike = fc.constantFrom(
  "1,200.50", "$1,200", "(300)", "50%", "USD 75", "1e3", "1e400", "-0", "#N/A", "#DIV/0!", "#hashtag", "Yes", "no", "TRUE",
  "2026-03-31", "31 Mar 2026", "Mar 31, 2026", "3/31/2026", "31/3/2026", "2026-02-30", "46112", "Approved", "paid", "Event",
  "Revenue", "P1", "__proto__", "constructor", "toString", "hasOwnProperty", "Total", "  ", "",
);
const primitive = fc.oneof(
  fc.string({ maxLength: 12 }),
  textLike,
  fc.double(),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, Number.MIN_VALUE, 46112, 46112.75),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(null, undefined),
);
const errorObject = fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#SPILL!", "weird", "").map((error) => ({ error }));
const oddValue = fc.constantFrom<unknown>(
  {}, [], [1, "a"], Object.create(null), new Map([[1, 2]]), new Odd(), throwingToString, { error: 5 }, { text: 5 },
  { richText: "x" }, { richText: [null, 5, { text: 7 }, { text: "ok" }] }, { result: undefined }, 10n, Symbol("cell"), () => 1,
);
const cell: fc.Arbitrary<unknown> = fc.letrec<{ cell: unknown }>((tie) => ({
  cell: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    primitive,
    primitive,
    errorObject,
    oddValue,
    fc.record({ formula: fc.constant("A1*2"), result: tie("cell") }),
    fc.array(fc.record({ text: fc.string({ maxLength: 6 }) }), { maxLength: 3 }).map((richText) => ({ richText })),
    fc.array(tie("cell"), { maxLength: 2 }),
  ),
})).cell;

/** Headers: the table's own (any case and spacing, some missing, some twice) and strangers. */
function headersOf(spec: (typeof TABLES)[number]): fc.Arbitrary<unknown[]> {
  const own = fc.constantFrom(...spec.columns.map((c) => c.header));
  const varied = own.chain((h) => fc.constantFrom(h, h.toUpperCase(), ` ${h.toLowerCase()}  `, h.replace(" ", "   ")));
  const stranger = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom<unknown>(null, undefined, 7, true, { richText: [] }, "Notes"));
  return fc.oneof(
    fc.shuffledSubarray(spec.columns.map((c) => c.header)),
    fc.array(fc.oneof(varied, varied, stranger), { maxLength: spec.columns.length + 3 }),
  );
}

const rawTable = fc.constantFrom(...TABLES).chain((spec) =>
  fc.record({
    name: fc.constantFrom(spec.name, spec.name.toLowerCase()),
    sheet: fc.oneof(fc.constant(spec.sheet), fc.constant(undefined as unknown as string)),
    headerRow: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constantFrom(0, -1, NaN, 1.5)),
    firstColumn: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(-3, NaN)),
    headers: headersOf(spec),
    rows: fc.array(fc.oneof(fc.array(cell, { maxLength: spec.columns.length + 2 }), fc.constantFrom<unknown>(null, undefined, "row", {})), { maxLength: 5 }),
    hasTotalsRow: fc.constantFrom<unknown>(true, false, undefined, "yes"),
  }),
) as fc.Arbitrary<RawTable>;

const junkTable = fc.constantFrom<unknown>(null, undefined, 42, "JmpTactics", {}, { name: 5 }, { name: "JmpPartners" }, { name: "JmpClaims", headers: "x", rows: 3 });

describe("parsing never throws", () => {
  test("on any cell value in any table shape", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 5, arbitrary: rawTable }, { weight: 1, arbitrary: junkTable }), { maxLength: 10 }), (tables) => {
        const a = analyze(tables as RawTable[], { asOf: AS_OF });
        expect(Array.isArray(a.findings)).toBe(true);
        for (const f of a.findings) expect(typeof f.message).toBe("string");
        expectSoundFigures(a);
      }),
      { numRuns: 400 },
    );
  });

  test("on every cell value in every column of a complete workbook", () => {
    const rowsOf = (cells: unknown[]) =>
      TABLES.filter((t) => t.name !== "JmpSettings").map((spec) => ({
        name: spec.name,
        sheet: spec.sheet,
        headerRow: 1,
        firstColumn: 0,
        headers: spec.columns.map((c) => c.header),
        rows: [spec.columns.map((_, i) => cells[i % cells.length])],
      }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 12 }), (cells) => {
        expectSoundFigures(analyze([...workbook({}).filter((t) => t.name === "JmpSettings"), ...rowsOf(cells)], { asOf: AS_OF }));
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Structured plans: readable rows with random links, statuses and amounts

const PARTNER_IDS = ["P1", "p1 ", "P2", "__proto__", "constructor", "toString", "hasOwnProperty"];
const STRAY_PARTNERS = ["PX", "valueOf", "__PROTO__ "];
const INITIATIVE_IDS = ["I1", "I2", "__proto__", "hasOwnProperty"];
const TACTIC_IDS = ["T1", "T2", "t3", "__proto__", "constructor", "toString"];

const amount = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000_00 }).map((c) => c / 100),
  fc.integer({ min: 0, max: 10_000_000 }).map((m) => m / 1000),
  fc.integer({ min: 0, max: 10_000_000 }).map((m) => (m / 1000).toFixed(3)),
  fc.integer({ min: 0, max: 99_999 }).map((n) => `$${n.toLocaleString("en-US")}.505`),
  fc.constantFrom<unknown>(undefined, "", "#N/A", "lots", -5, 0),
);
const day = fc.integer({ min: 46000, max: 46400 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const partnerRef = fc.constantFrom(...PARTNER_IDS, ...STRAY_PARTNERS);

const planRows = fc.record({
  JmpInitiatives: fc.array(fc.constantFrom(...INITIATIVE_IDS).map((id): RowData => ({ "Initiative ID": id, Initiative: `Initiative ${id}` })), { maxLength: 4 }),
  JmpPartners: fc.array(fc.record({ "Partner ID": fc.constantFrom(...PARTNER_IDS), Partner: fc.constant("Name"), "MDF budget": amount }), { maxLength: 7 }),
  JmpJointPlan: fc.array(fc.record({ "Partner ID": partnerRef, "Initiative ID": fc.constantFrom(...INITIATIVE_IDS), "Forecast revenue": amount }), { maxLength: 6 }),
  JmpTactics: fc.array(
    fc.record({
      "Tactic ID": fc.constantFrom(...TACTIC_IDS),
      "Partner ID": partnerRef,
      "Initiative ID": fc.constantFrom(...INITIATIVE_IDS, "I9"),
      "Tactic type": fc.constantFrom(...TACTIC_TYPES, "Bogus"),
      Start: day,
      End: day,
      "Total cost": amount,
      "MDF requested": amount,
      Status: fc.constantFrom(...TACTIC_STATUSES, "Approved", "Completed"),
    }),
    { maxLength: 7 },
  ),
  JmpAllocations: fc.array(
    fc.record({ "Allocation ID": fc.constantFrom("A1", "A2", "A3", "A4", "A5", "A6"), "Partner ID": partnerRef, "Tactic ID": maybe(fc.constantFrom(...TACTIC_IDS, "T9")), Amount: amount }),
    { maxLength: 7 },
  ),
  JmpClaims: fc.array(
    fc.record({
      "Claim ID": fc.constantFrom("C1", "C2", "C3", "C4", "C5", "C6", "c1"),
      "Tactic ID": fc.constantFrom(...TACTIC_IDS, "T9"),
      "Amount claimed": amount,
      "Amount approved": amount,
      "Submitted on": day,
      Status: fc.constantFrom(...CLAIM_STATUSES),
    }),
    { maxLength: 8 },
  ),
  JmpOutcomes: fc.array(
    fc.record({
      "Partner ID": partnerRef,
      "Initiative ID": maybe(fc.constantFrom(...INITIATIVE_IDS, "I9")),
      "Tactic ID": maybe(fc.constantFrom(...TACTIC_IDS, "T9")),
      Metric: fc.constantFrom(...OUTCOME_METRICS),
      Value: fc.oneof(amount, fc.integer({ min: 0, max: 50 })),
      Date: day,
    }),
    { maxLength: 8 },
  ),
});

describe("figures of structured plans", () => {
  test("per-partner money figures sum exactly to the totals; sound ratios everywhere", () => {
    fc.assert(
      fc.property(planRows, maybe(fc.integer({ min: 0, max: 120 })), (rows, windowDays) => {
        const a = analyze(workbook(rows, { ...PLAN_SETTINGS, "Claim window (days)": windowDays }));
        expectSoundFigures(a);
        for (const key of [...ADDITIVE_MONEY, ...WHOLE_COUNTS]) {
          const sum = a.partners.reduce((s, p) => s + (p.figures[key] ?? 0), 0);
          // A budget no partner has set is no budget (null), not a sum of 0.
          const expected = key === "budget" && a.partners.every((p) => p.figures.budget === null) ? null : sum;
          if (expected !== a.totals[key]) throw new Error(`${key}: partners sum to ${expected}, totals say ${a.totals[key]}`);
        }
        for (const key of ["opportunities", "leads", "deals"] as const) {
          expect(a.partners.reduce((s, p) => s + p.figures[key], 0)).toBeCloseTo(a.totals[key], 6);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("built-in property names are ordinary IDs", () => {
  const NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty"];

  test("a partner with such an ID gets its own figures", () => {
    const a = analyze(
      workbook({
        JmpInitiatives: [{ "Initiative ID": "__proto__", Initiative: "Proto" }],
        JmpPartners: NAMES.map((id, i) => ({ "Partner ID": id, Partner: `Partner ${id}`, "MDF budget": 1000 * (i + 1) })),
        JmpTactics: NAMES.map((id, i) => ({
          "Tactic ID": `t-${id}`, "Partner ID": id, "Initiative ID": "__proto__", "Tactic type": "Event",
          Start: d("2026-03-01"), End: d("2026-03-02"), "Total cost": 1000, "MDF requested": 100 * (i + 1), Status: "Approved",
        })),
        JmpAllocations: NAMES.map((id, i) => ({ "Allocation ID": id, "Partner ID": id, "Tactic ID": `t-${id}`, Amount: 100 * (i + 1) })),
      }),
    );
    expect(a.partners.map((p) => [p.id, p.figures.budget, p.figures.requested, p.figures.authorized, p.figures.coverage])).toEqual([
      ["__proto__", 100_000, 10_000, 10_000, 1],
      ["constructor", 200_000, 20_000, 20_000, 1],
      ["toString", 300_000, 30_000, 30_000, 1],
      ["hasOwnProperty", 400_000, 40_000, 40_000, 1],
    ]);
    expect(a.initiatives.map((i) => [i.id, i.figures.requested])).toEqual([["__proto__", 100_000]]);
    expect(a.totals.authorized).toBe(100_000);
    expect(a.findings.filter((f) => f.code.startsWith("R") || f.code === "V08")).toEqual([]);
  });

  test("a tactic naming `constructor` as its partner, with no such partner, gives R01", () => {
    const a = analyze(
      workbook({
        JmpInitiatives: [{ "Initiative ID": "I1", Initiative: "Cloud" }],
        JmpPartners: [{ "Partner ID": "P1", Partner: "Northwind", "MDF budget": 1000 }],
        JmpTactics: [
          { "Tactic ID": "T1", "Partner ID": "constructor", "Initiative ID": "I1", "Tactic type": "Event", Start: d("2026-03-01"), End: d("2026-03-02"), "Total cost": 100, "MDF requested": 50, Status: "Approved" },
          { "Tactic ID": "T2", "Partner ID": "P1", "Initiative ID": "toString", "Tactic type": "Event", Start: d("2026-03-01"), End: d("2026-03-02"), "Total cost": 100, "MDF requested": 50, Status: "Approved" },
        ],
      }),
    );
    const refs = a.findings.filter((f) => f.code === "R01" || f.code === "R02").map((f) => [f.code, f.row, f.column]);
    expect(refs).toEqual([
      ["R01", 2, "Partner ID"],
      ["R02", 3, "Initiative ID"],
    ]);
    expect(a.totals.requested).toBe(5_000);
  });
});
