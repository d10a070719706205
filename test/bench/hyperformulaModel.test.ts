import { analyze } from "../../src/engine";
import { ALL_PROBLEMS, FORMULA_SAFE_PROBLEMS, generatePlan } from "../helpers/generatePlan";
import { differences, evaluateNative, nativeWorkbook } from "./hyperformulaModel";

const SIZE = { partners: 12, initiatives: 5, tactics: 400, allocations: 400, claims: 400, outcomes: 400 };

test("the SUMIFS formulas give every partner the engine's Requested, Authorized, Spend and Revenue", () => {
  const tables = generatePlan({ ...SIZE, seed: 11, problemRate: 0.1, problemKinds: FORMULA_SAFE_PROBLEMS });
  const native = evaluateNative(nativeWorkbook(tables));
  expect(native).toHaveLength(SIZE.partners);
  expect(native.some((n) => n.spend > 0 && n.revenue > 0)).toBe(true);
  expect(differences(native, analyze(tables))).toEqual([]);
});

test("a figure that differs by one cent is reported with its partner", () => {
  const tables = generatePlan({ ...SIZE, seed: 12, problemRate: 0 });
  const native = evaluateNative(nativeWorkbook(tables));
  const off = native.map((n, i) => (i === 3 ? { ...n, authorized: n.authorized + 1 } : n));
  expect(differences(off, analyze(tables))).toEqual([expect.stringMatching(new RegExp(`^${native[3].partner} authorized: formulas`))]);
});

test("amounts typed as text are where formulas and engine part ways (the engine reads them)", () => {
  const tables = generatePlan({ ...SIZE, seed: 13, problemRate: 0.2, problemKinds: ALL_PROBLEMS.filter((k) => k === "textAmount") });
  expect(differences(evaluateNative(nativeWorkbook(tables)), analyze(tables)).length).toBeGreaterThan(0);
});
