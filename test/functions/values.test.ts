/**
 * Every JMP.* function on the built-in sample plan gives the engine's figure, in the unit a
 * finance user expects: money in currency units, ratios as fractions, counts as numbers.
 */
import type { Analysis, Figures } from "../../src/engine";
import { analyze, pairFigures } from "../../src/engine";
import { computeFunction } from "../../src/functions/figureLookup";
import { PARTNER_FUNCTION_NAMES } from "../../src/functions/functionSpecs";
import type { FunctionName } from "../../src/functions/functionSpecs";
import { idKey } from "../../src/model/ids";
import { samplePlanTables } from "../../src/model/sample/samplePlan";

const sample: Analysis = analyze(samplePlanTables());

/** The engine's figure for each function, converted by hand: cents / 100, ratios as they are. */
const EXPECTED: Record<Exclude<FunctionName, "ISSUES" | "TARGET" | "TARGETATTAINMENT">, (f: Figures) => number | null> = {
  ROI: (f) => f.roi,
  REVENUE: (f) => f.revenue / 100,
  SPEND: (f) => f.spend / 100,
  AUTHORIZED: (f) => f.authorized / 100,
  COVERAGE: (f) => f.coverage,
  ALIGNMENT: (f) => f.alignment,
  UTILIZATION: (f) => f.utilization,
  PROGRESS: (f) => f.progress,
  FORECAST: (f) => (f.forecast === null ? null : f.forecast / 100),
  ATTAINMENT: (f) => f.attainment,
  BUDGET: (f) => (f.budget === null ? null : f.budget / 100),
  REMAINING: (f) => (f.remaining === null ? null : f.remaining / 100),
  COMMITTED: (f) => f.committed / 100,
  PAYABLE: (f) => f.payable / 100,
  PENDING: (f) => f.pending / 100,
};
const FIGURE_FUNCTIONS = PARTNER_FUNCTION_NAMES.filter((n): n is Exclude<(typeof PARTNER_FUNCTION_NAMES)[number], "ISSUES"> => n !== "ISSUES");
const WITH_INITIATIVE = FIGURE_FUNCTIONS.filter((n) => n !== "BUDGET" && n !== "REMAINING");

function partner(id: string) {
  const p = sample.partners.find((x) => x.id === id);
  if (!p) throw new Error(`sample has no partner ${id}`);
  return p;
}

function initiative(id: string) {
  const i = sample.initiatives.find((x) => x.id === id);
  if (!i) throw new Error(`sample has no initiative ${id}`);
  return i;
}

/** A figure the engine leaves undefined (null) is a `#N/A` in a cell; any other is the number. */
function expectFigure(result: unknown, expected: number | null): void {
  if (expected === null) expect(result).toMatchObject({ kind: "notAvailable" });
  else expect(result).toBe(expected);
}

describe("totals", () => {
  test.each(FIGURE_FUNCTIONS)("JMP.%s() is the plan total", (name) => {
    const expected = EXPECTED[name](sample.totals);
    expect(expected).not.toBeNull();
    expect(computeFunction(sample, name)).toBe(expected);
  });

  test.each(FIGURE_FUNCTIONS)('JMP.%s("*") and JMP.%s("") are the plan total too', (name) => {
    expect(computeFunction(sample, name, "*")).toBe(EXPECTED[name](sample.totals));
    expect(computeFunction(sample, name, " * ")).toBe(EXPECTED[name](sample.totals));
    expect(computeFunction(sample, name, "")).toBe(EXPECTED[name](sample.totals));
    expect(computeFunction(sample, name, null, null)).toBe(EXPECTED[name](sample.totals));
  });

  test("the total budget is the sum of the ten partners' budgets in the Partners table", () => {
    expect(computeFunction(sample, "BUDGET")).toBe(250000 + 220000 + 150000 + 120000 + 110000 + 90000 + 50000 + 40000 + 35000 + 20000);
  });

  test("money comes back in currency units, not cents", () => {
    expect(computeFunction(sample, "BUDGET", "P-101")).toBe(250000);
    expect(computeFunction(sample, "SPEND")).toBe(sample.totals.spend / 100);
    expect(Number.isInteger(sample.totals.spend)).toBe(true);
  });
});

describe("one partner", () => {
  test.each(sample.partners.map((p) => [p.id, p.name]))("every function for %s (%s) by ID and by name", (id, name) => {
    const figures = partner(id).figures;
    for (const fn of FIGURE_FUNCTIONS) {
      expectFigure(computeFunction(sample, fn, id), EXPECTED[fn](figures));
      expectFigure(computeFunction(sample, fn, name), EXPECTED[fn](figures));
    }
  });

  test("IDs and names ignore case and surrounding spaces; names also ignore doubled inner spaces", () => {
    const expected = partner("P-102").figures.revenue / 100;
    for (const typed of ["p-102", "  P-102 ", "fabrikam solutions", "  FABRIKAM   Solutions  "]) {
      expect(computeFunction(sample, "REVENUE", typed)).toBe(expected);
    }
  });

  test("partners differ from each other and from the total", () => {
    expect(computeFunction(sample, "BUDGET", "P-101")).not.toBe(computeFunction(sample, "BUDGET", "P-102"));
    expect(computeFunction(sample, "REVENUE", "P-101")).not.toBe(computeFunction(sample, "REVENUE"));
  });
});

describe("with an initiative", () => {
  test.each(WITH_INITIATIVE)("JMP.%s(partner, initiative) is the partner's figure within the initiative", (name) => {
    const p = partner("P-101");
    const i = initiative("INI-CLOUD");
    const figures = pairFigures(sample, p.key, i.key);
    expectFigure(computeFunction(sample, name, "P-101", "INI-CLOUD"), EXPECTED[name](figures));
    expectFigure(computeFunction(sample, name, "Adatum Corporation", "cloud migration accelerator"), EXPECTED[name](figures));
  });

  test.each(WITH_INITIATIVE)('JMP.%s("*", initiative) is the initiative\'s figure', (name) => {
    const figures = initiative("INI-DATA-AI").figures;
    expectFigure(computeFunction(sample, name, "*", "ini-data-ai"), EXPECTED[name](figures));
    expectFigure(computeFunction(sample, name, "", "Data & AI Modernization"), EXPECTED[name](figures));
  });

  test("a blank initiative means no restriction", () => {
    expect(computeFunction(sample, "REVENUE", "P-101", "")).toBe(partner("P-101").figures.revenue / 100);
    expect(computeFunction(sample, "REVENUE", "P-101", null)).toBe(partner("P-101").figures.revenue / 100);
  });

  test("a partner's revenue is split over its initiatives (outcomes without an initiative aside)", () => {
    const p = partner("P-101");
    const byInitiative = sample.initiatives.map((i) => computeFunction(sample, "REVENUE", "P-101", i.id) as number);
    const sum = byInitiative.reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThanOrEqual(p.figures.revenue / 100 + 1e-9);
  });
});

describe("ISSUES", () => {
  const errors = sample.findings.filter((f) => f.severity === "error");

  test("JMP.ISSUES() counts the error findings of the whole plan, not the warnings", () => {
    expect(errors.length).toBeGreaterThan(0);
    expect(sample.findings.length).toBeGreaterThan(errors.length);
    expect(computeFunction(sample, "ISSUES")).toBe(errors.length);
    expect(computeFunction(sample, "ISSUES", "*")).toBe(errors.length);
  });

  test("JMP.ISSUES(partner) counts that partner's errors", () => {
    let seen = 0;
    for (const p of sample.partners) {
      const own = errors.filter((f) => f.partner !== null && idKey(f.partner) === p.key).length;
      seen += own;
      expect(computeFunction(sample, "ISSUES", p.id)).toBe(own);
      expect(computeFunction(sample, "ISSUES", p.name.toLowerCase())).toBe(own);
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe("numeric partner IDs", () => {
  test("a partner ID typed as a number finds a numeric ID cell", () => {
    const tables = samplePlanTables().map((t) =>
      t.name === "JmpPartners" ? { ...t, rows: t.rows.map((r, i) => (i === 0 ? [1001, ...r.slice(1)] : r)) } : t,
    );
    const analysis = analyze(tables);
    const adatum = analysis.partners.find((p) => p.id === "1001");
    expect(adatum).toBeDefined();
    expect(computeFunction(analysis, "BUDGET", 1001)).toBe(250000);
    expect(computeFunction(analysis, "BUDGET", "1001")).toBe(250000);
  });
});
