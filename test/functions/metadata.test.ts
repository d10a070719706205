/**
 * functions.json as the build writes it from the JSDoc of `src/functions/functions.ts` (the same
 * generator custom-functions-metadata-plugin runs): what Excel shows in autocomplete and the
 * argument tooltips, and how it calls each function.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import type { IFunction } from "custom-functions-metadata";
import { FUNCTION_HELP_URL } from "../../src/functions/functions";
import { FUNCTION_NAMES, FUNCTION_SPECS } from "../../src/functions/functionSpecs";

const ENTRY = path.resolve(__dirname, "../../src/functions/functions.ts");

let functions: IFunction[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(ENTRY);
  expect(result.errors).toEqual([]);
  functions = (JSON.parse(result.metadataJson) as { functions: IFunction[] }).functions;
});

function declared(id: string): IFunction {
  const fn = functions.find((f) => f.id === id);
  if (!fn) throw new Error(`functions.json has no ${id}`);
  return fn;
}

test("declares exactly the eighteen JMP functions, ids and names uppercase", () => {
  expect(functions.map((f) => f.id)).toEqual([...FUNCTION_NAMES]);
  for (const f of functions) expect(f.name).toBe(f.id);
});

test.each(FUNCTION_NAMES)("%s streams a number and has a description and the function reference as help", (id) => {
  const fn = declared(id);
  expect(fn.options).toEqual({ stream: true });
  expect(fn.result).toEqual({ type: "number" });
  expect(fn.helpUrl).toBe(FUNCTION_HELP_URL);
  expect(fn.description?.length ?? 0).toBeGreaterThan(20);
});

test.each(FUNCTION_NAMES.filter((n) => FUNCTION_SPECS[n].takesInitiative && !FUNCTION_SPECS[n].initiativeOnly))("%s takes an optional partner, an optional initiative and an optional period", (id) => {
  const params = declared(id).parameters;
  expect(params.map((p) => [p.name, p.type, p.optional])).toEqual([
    ["partner", "any", true],
    ["initiative", "any", true],
    ["period", "any", true],
    // The money functions answer in a currency asked for.
    ...(FUNCTION_SPECS[id].money ? [["currency", "any", true]] : []),
  ]);
  expect(params[0].description).toMatch(/Partner ID or partner name; "\*" or blank for all partners/);
  expect(params[1].description).toMatch(/Initiative ID or name/);
  expect(params[2].description).toMatch(/quarter \(FY2027-Q1\) or month \(2026-07\); "\*" or blank for the whole plan/);
});

test("ISSUES takes only an optional partner", () => {
  const params = declared("ISSUES").parameters;
  expect(params.map((p) => [p.name, p.type, p.optional])).toEqual([["partner", "any", true]]);
  expect(params[0].description).toMatch(/Partner ID or partner name/);
});

test.each(["BUDGET", "REMAINING"])("%s takes an optional partner and an optional currency", (id) => {
  const params = declared(id).parameters;
  expect(params.map((p) => [p.name, p.type, p.optional])).toEqual([
    ["partner", "any", true],
    ["currency", "any", true],
  ]);
  expect(params[0].description).toMatch(/Partner ID or partner name/);
  expect(params[1].description).toMatch(/ISO 4217 code to answer in/);
});

test.each(["TARGET", "TARGETATTAINMENT"])("%s takes one required initiative", (id) => {
  const params = declared(id).parameters;
  // Required: functions.json leaves `optional` out.
  expect(params.map((p) => [p.name, p.type, p.optional ?? false])).toEqual([["initiative", "any", false]]);
  expect(params[0].description).toMatch(/Initiative ID or initiative name/);
  expect(declared(id).description).toContain("no target set");
});

test("the help URL points at the README's function reference", () => {
  expect(FUNCTION_HELP_URL).toMatch(/^https:\/\/localhost:3000\/README\.md#function-reference$/);
});

test("descriptions tell users the #N/A reasons of the ratios", () => {
  expect(declared("ROI").description).toContain("no spend yet");
  expect(declared("COVERAGE").description).toContain("no requested MDF");
  expect(declared("ALIGNMENT").description).toContain("nothing authorized");
  expect(declared("UTILIZATION").description).toContain("nothing authorized");
  expect(declared("PROGRESS").description).toContain("no approved tactics");
  expect(declared("ATTAINMENT").description).toContain("no forecast");
});
