import { analyze } from "../../src/engine";
import type { RawTable } from "../../src/model/rawTable";
import { requireTableSpec } from "../../src/model/schema";
import type { TableName } from "../../src/model/schema";
import { generatePlan, scaleSize, SPEC_SIZE } from "../helpers/generatePlan";

const SMALL = { partners: 30, initiatives: 6, tactics: 600, allocations: 500, claims: 700, outcomes: 800 };

function tableOf(tables: readonly RawTable[], name: TableName): RawTable {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`no ${name}`);
  return t;
}

/** The cells of one column, found by its schema key. */
function column(tables: readonly RawTable[], name: TableName, key: string): unknown[] {
  const t = tableOf(tables, name);
  const header = requireTableSpec(name).columns.find((c) => c.key === key)?.header;
  const at = t.headers.indexOf(header);
  return t.rows.map((r) => r[at]);
}

test("the same seed gives the same plan, another seed another plan", () => {
  const a = generatePlan({ ...SMALL, seed: 7 });
  expect(generatePlan({ ...SMALL, seed: 7 })).toEqual(a);
  expect(generatePlan({ ...SMALL, seed: 8 })).not.toEqual(a);
});

test("every table has the requested number of rows", () => {
  const tables = generatePlan({ ...SMALL, seed: 1 });
  expect(tables.map((t) => t.name)).toEqual(["JmpSettings", "JmpInitiatives", "JmpPartners", "JmpJointPlan", "JmpTactics", "JmpAllocations", "JmpClaims", "JmpOutcomes"]);
  const rows = (name: TableName) => tableOf(tables, name).rows.length;
  expect(rows("JmpInitiatives")).toBe(SMALL.initiatives);
  expect(rows("JmpPartners")).toBe(SMALL.partners);
  expect(rows("JmpTactics")).toBe(SMALL.tactics);
  expect(rows("JmpAllocations")).toBe(SMALL.allocations);
  expect(rows("JmpClaims")).toBe(SMALL.claims);
  expect(rows("JmpOutcomes")).toBe(SMALL.outcomes);
  expect(rows("JmpJointPlan")).toBeGreaterThanOrEqual(SMALL.partners);
  expect(rows("JmpJointPlan")).toBeLessThanOrEqual(3 * SMALL.partners);
});

test("a tenth of the SPEC size is 200 partners and 10,000 tactics", () => {
  expect(scaleSize(SPEC_SIZE, 0.1)).toEqual({ partners: 200, initiatives: 4, tactics: 10_000, allocations: 10_000, claims: 15_000, outcomes: 20_000 });
});

test("without problems, cells are what Office.js delivers: numbers, date serials, ID strings, blank text", () => {
  const tables = generatePlan({ ...SMALL, seed: 3, problemRate: 0 });
  const serial2026 = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 46_023 && v <= 46_500;
  expect(column(tables, "JmpTactics", "start").every(serial2026)).toBe(true);
  expect(column(tables, "JmpClaims", "submittedOn").every(serial2026)).toBe(true);
  const cents = (v: unknown) => typeof v === "number" && Math.abs(Math.round(v * 100) - v * 100) < 1e-6;
  expect(column(tables, "JmpTactics", "mdfRequested").every(cents)).toBe(true);
  expect(column(tables, "JmpAllocations", "amount").every(cents)).toBe(true);
  expect(column(tables, "JmpTactics", "tacticId").every((v) => typeof v === "string" && /^T\d{6}$/.test(v))).toBe(true);
  // Blank optional cells are empty text, as Office.js reports them.
  expect(column(tables, "JmpClaims", "amountApproved").some((v) => v === "")).toBe(true);
  const a = analyze(tables);
  const valueOrReference = a.findings.filter((f) => /^[VR]/.test(f.code));
  expect(valueOrReference).toEqual([]);
});

test("the engine analyses a generated plan and its planted problems become findings", () => {
  const tables = generatePlan({ ...SMALL, seed: 5, problemRate: 0.05 });
  const a = analyze(tables);
  expect(a.partners).toHaveLength(SMALL.partners);
  expect(a.totals.requested).toBeGreaterThan(0);
  expect(a.totals.authorized).toBeGreaterThan(0);
  expect(a.totals.spend).toBeGreaterThan(0);
  expect(a.totals.revenue).toBeGreaterThan(0);
  const codes = new Set(a.findings.map((f) => f.code));
  for (const code of ["V01", "V03", "V04", "V05", "V07", "V08", "V09", "R01", "R03"]) expect(codes).toContain(code);
  expect(a.findings.every((f) => f.table !== "" && f.row !== null)).toBe(true);
});
