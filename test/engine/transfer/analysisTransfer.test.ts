/**
 * An analysis made from parts that went through a structured clone (as a Web Worker posts them,
 * in pieces) is the analysis made in place: the same report, periods, pair figures and plan
 * views; the parts hold no class the revival does not know; and the pieces are each a bounded
 * share of the parts, none cloned twice, with the objects the parts share shared again.
 */
import { serialize } from "v8";
import { analysisOf, analysisParts, analyze, assembledParts, partsInPieces, revivedParts } from "../../../src/engine";
import type { Analysis, AnalysisParts } from "../../../src/engine";
import { reportJson } from "../../../src/engine/reportJson";
import { PairFigures } from "../../../src/engine/figures/pairFigures";
import { GroupTable, TableLayer } from "../../../src/engine/figures/groupTable";
import { RowLookup } from "../../../src/engine/link/rowLookup";
import { IdDomain } from "../../../src/engine/store/idDomain";
import { NumberedIds } from "../../../src/engine/store/numberedIds";
import { PairMarks } from "../../../src/engine/store/pairMarks";
import type { RawTable } from "../../../src/model/rawTable";
import { generatePlan, scaleSize, SPEC_SIZE } from "../../helpers/generatePlan";
import { julyPlanTables } from "../../helpers/julyPlan";

/** The classes `revivedParts` gives back their prototypes. */
const REVIVED = new Set<unknown>([IdDomain, NumberedIds, RowLookup, PairMarks, PairFigures, GroupTable, TableLayer]);
/** What a structured clone carries as it is. */
const CLONED = new Set<unknown>([Object, Array, Map, Set, Date, Int8Array, Uint8Array, Int32Array, Float32Array, Float64Array]);

/** The constructors of every object reachable from `root` that a structured clone would not keep. */
function classesIn(root: unknown): Set<string> {
  const seen = new Set<object>();
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "function") found.add("function");
    if (value === null || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    const made = Object.getPrototypeOf(value)?.constructor;
    if (!CLONED.has(made) && !REVIVED.has(made)) found.add(made?.name ?? "null prototype");
    if (ArrayBuffer.isView(value)) return;
    if (value instanceof Map) value.forEach((v, k) => (visit(k), visit(v)));
    else if (value instanceof Set) value.forEach(visit);
    else Object.values(value).forEach(visit);
  };
  visit(root);
  return found;
}

/** Where objects of the revived classes are, by path from the root, with their class. */
function revivedAt(root: unknown, path = "", out = new Map<string, string>(), seen = new Set<object>()): Map<string, string> {
  if (root === null || typeof root !== "object" || seen.has(root) || ArrayBuffer.isView(root) || root instanceof Map || root instanceof Set) return out;
  seen.add(root);
  const made = Object.getPrototypeOf(root)?.constructor;
  if (REVIVED.has(made)) out.set(path, made.name);
  for (const [key, value] of Object.entries(root)) revivedAt(value, `${path}.${key}`, out, seen);
  return out;
}

/** The parts as the page assembles them from their posted pieces. */
function clonedParts(parts: AnalysisParts): AnalysisParts {
  return assembledParts(partsInPieces(parts).map((piece) => structuredClone(piece)));
}

/** The analysis the page assembles from posted parts. */
function throughClone(tables: readonly RawTable[]): Analysis {
  return analysisOf(clonedParts(analysisParts(tables)), tables);
}

const PLANS: [string, () => RawTable[]][] = [
  ["a generated plan with every kind of problem", () => generatePlan({ ...scaleSize(SPEC_SIZE, 0.005), seed: 7, problemRate: 0.1 })],
  ["the July plan (fiscal year from July, periods)", julyPlanTables],
  ["a generated plan with a quarter of its partners in other currencies", () => generatePlan({ ...scaleSize(SPEC_SIZE, 0.005), seed: 11, problemRate: 0.1, foreignShare: 0.25 })],
];

describe.each(PLANS)("%s", (_name, tables) => {
  const direct = analyze(tables());
  const cloned = throughClone(tables());

  test("the parts hold only what a structured clone keeps or the revival restores", () => {
    expect(classesIn(analysisParts(tables()))).toEqual(new Set());
  });

  test("every engine object comes back as its class", () => {
    const parts = analysisParts(tables());
    const before = revivedAt(parts);
    expect(before.size).toBeGreaterThanOrEqual(7);
    expect(revivedAt(revivedParts(structuredClone(parts) as AnalysisParts))).toEqual(before);
    expect(revivedAt(clonedParts(parts))).toEqual(before);
  });

  test("the report, findings and figures are the same", () => {
    expect(cloned.findings.length).toBeGreaterThan(0);
    expect(reportJson(cloned)).toEqual(reportJson(direct));
    expect(cloned.findings).toEqual(direct.findings);
  });

  test("periods, pairs and the plan views are the same", () => {
    expect(cloned.periods("quarter")).toEqual(direct.periods("quarter"));
    expect(cloned.periods("month")).toEqual(direct.periods("month"));
    for (const p of direct.partners.slice(0, 5)) {
      for (const i of direct.initiatives.slice(0, 5)) expect(cloned.pairs.get(p.key, i.key)).toEqual(direct.pairs.get(p.key, i.key));
    }
    expect(cloned.plan.allocations).toEqual(direct.plan.allocations);
    expect(cloned.plan.outcomes).toEqual(direct.plan.outcomes);
    expect([...cloned.index.tactics.keys()]).toEqual([...direct.index.tactics.keys()]);
    expect(cloned.index.claimTactics).toEqual(direct.index.claimTactics);
    // The tactic facts the Funding and Claims views list, a foreign partner's own amounts included.
    expect(cloned.index.tacticFacts).toEqual(direct.index.tacticFacts);
  });
});

test("without revival the clone is not an analysis (the test above would notice a lost class)", () => {
  const parts = structuredClone(analysisParts(julyPlanTables())) as AnalysisParts;
  expect(() => analysisOf(parts, julyPlanTables()).pairs.get("P001", "I001")).toThrow();
});

/** A private field of an engine object, for checking what it points at. */
function field(owner: object, name: string): unknown {
  return (owner as Record<string, unknown>)[name];
}

describe("the parts in pieces", () => {
  const parts = analysisParts(generatePlan({ ...scaleSize(SPEC_SIZE, 0.03), seed: 7, problemRate: 0.1 }));
  const pieces = partsInPieces(parts);

  test("each piece is at most three tenths of the parts' clone, and none is cloned twice", () => {
    const whole = serialize(parts).length;
    const sizes = pieces.map((piece) => serialize(piece).length);
    expect(pieces.length).toBeGreaterThanOrEqual(6);
    expect(Math.max(...sizes)).toBeLessThan(0.3 * whole);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(1.01 * whole);
  });

  test("the objects the parts share are shared again after the clone", () => {
    const copy = clonedParts(parts);
    const pairs = copy.sums.pairs;
    expect(field(pairs, "partners")).toBe(copy.links.partners);
    expect(field(pairs, "initiatives")).toBe(copy.links.initiatives);
    expect(copy.links.partners.rows).toBe(copy.data.partners);
    expect(field(copy.quarterSums[0], "table")).toBe(field(field(pairs, "table") as object, "table"));
    expect(copy.findings).toEqual(parts.findings);
  });

  test("a missing piece is named, not assembled into a wrong analysis", () => {
    expect(() => assembledParts(pieces.filter((p) => p.kind !== "table" || p.name !== "claims"))).toThrow("without claims");
    expect(() => assembledParts(pieces.filter((p) => p.kind !== "core"))).toThrow("without its core");
  });
});
