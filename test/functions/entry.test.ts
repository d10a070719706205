/**
 * The functions entry as the build ships it: `functions.ts` with the
 * `CustomFunctions.associate(...)` calls custom-functions-metadata-plugin's loader appends. Outside
 * Office (the pane in a plain browser) it must load without "CustomFunctions is not defined";
 * inside Office it registers the eighteen functions, which answer with Excel's own error values.
 */
import path from "path";
import { readFileSync } from "fs";
import vm from "vm";
import ts from "typescript";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { analyze } from "../../src/engine";
import { FUNCTION_NAMES } from "../../src/functions/functionSpecs";
import type { PlanStore } from "../../src/workbook/live/PlanStore";
import { startSharedPlan } from "../../src/workbook/live/sharedPlan";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import type { LiveWorkbook } from "../../src/workbook/port";
import { MemoryWorkbook, RecordingInvocation, settle } from "./doubles";

const FUNCTIONS_DIR = path.resolve(__dirname, "../../src/functions");
const ENTRY = path.join(FUNCTIONS_DIR, "functions.ts");

/** The plugin's loader output for the entry: its source plus the appended associate calls. */
async function bundledSource(): Promise<string> {
  // The plugin ships CommonJS without types.
  const plugin = jest.requireActual<{ generateResults: Record<string, unknown> }>("custom-functions-metadata-plugin/lib/customfunctionsplugin.js");
  const loader = jest.requireActual<(this: unknown, source: string) => string>("custom-functions-metadata-plugin/lib/loader.js");
  plugin.generateResults[ENTRY] = await generateCustomFunctionsMetadata(ENTRY);
  return loader.call({ getOptions: () => ({ input: ENTRY, file: ENTRY }) }, readFileSync(ENTRY, "utf8"));
}

/** The entry's exports, as evaluated in a page whose globals are `globals`. */
interface Entry {
  startFunctions(workbook: LiveWorkbook): Promise<PlanStore>;
  [fn: string]: unknown;
}

/**
 * Evaluates the bundled entry as a script of the page `page` (a vm context: its own global
 * object, with `CustomFunctions` when it plays Office). Each call is a fresh copy of the module.
 */
async function loadEntry(page: vm.Context): Promise<Entry> {
  const source = await bundledSource();
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const module = { exports: {} as Entry };
  // Imports of the entry resolve to the project's modules, as the bundle's would.
  const requireFromEntry = (id: string): unknown => jest.requireActual(id.startsWith(".") ? path.resolve(FUNCTIONS_DIR, id) : id);
  vm.runInContext(`(function (module, exports, require) {${js}\n})`, page)(module, module.exports, requireFromEntry);
  return module.exports;
}

/** A page: a browser tab without Office, or with Office's runtime when `office` is given. */
function page(office?: ReturnType<typeof officeRuntime>): vm.Context {
  return vm.createContext(office ? { CustomFunctions: office.runtime } : {});
}

/** A stand-in for Office's custom functions runtime. */
function officeRuntime() {
  class OfficeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const associated = new Map<string, unknown>();
  return {
    associated,
    runtime: {
      associate: (id: string, fn: unknown) => associated.set(id, fn),
      Error: OfficeError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    },
    OfficeError,
  };
}

type Streaming = (...args: unknown[]) => void;

test("the plugin appends one associate call per function to the entry", async () => {
  const source = await bundledSource();
  for (const name of FUNCTION_NAMES) expect(source).toContain(`CustomFunctions.associate("${name}", ${name.toLowerCase()});`);
});

test("outside Office the entry loads without a CustomFunctions global", async () => {
  const entry = await loadEntry(page());
  expect(typeof entry.startFunctions).toBe("function");
  expect(typeof entry.roi).toBe("function");
});

test("inside Office each function is associated under its uppercase id", async () => {
  const office = officeRuntime();
  const entry = await loadEntry(page(office));
  expect([...office.associated.keys()]).toEqual([...FUNCTION_NAMES]);
  for (const name of FUNCTION_NAMES) expect(office.associated.get(name)).toBe(entry[name.toLowerCase()]);
});

test("calls made before the pane starts the functions wait, then show the plan's values", async () => {
  const office = officeRuntime();
  const entry = await loadEntry(page(office));
  const budget = new RecordingInvocation<unknown>();
  // The money functions take the currency before Excel's invocation (blank: the plan currency).
  (entry.budget as Streaming)("Adatum Corporation", null, budget);
  await settle();
  expect(budget.results).toEqual([]);

  const workbook = new MemoryWorkbook(samplePlanTables());
  const store = await entry.startFunctions(workbook);
  await settle();
  expect(budget.results).toEqual([250000]);
  expect(workbook.listenerCount).toBe(1);
  expect(await entry.startFunctions(new MemoryWorkbook([]))).toBe(store);
});

test("failures reach the cell as CustomFunctions.Error values with their messages", async () => {
  const office = officeRuntime();
  const entry = await loadEntry(page(office));
  await entry.startFunctions(new MemoryWorkbook(samplePlanTables()));
  const unknown = new RecordingInvocation<unknown>();
  const wrongType = new RecordingInvocation<unknown>();
  const noSpend = new RecordingInvocation<unknown>();
  (entry.roi as Streaming)("P-999", null, null, unknown);
  (entry.spend as Streaming)(true, null, null, null, wrongType);
  (entry.roi as Streaming)("Wingtip IT Partners", null, null, noSpend);
  await settle();

  expect(unknown.shown).toBeInstanceOf(office.OfficeError);
  expect(unknown.shown).toEqual(new office.OfficeError("#N/A", "unknown partner P-999"));
  expect(wrongType.shown).toEqual(new office.OfficeError("#VALUE!", 'partner must be a Partner ID or partner name (or "*" for all partners)'));
  expect(noSpend.shown).toEqual(new office.OfficeError("#N/A", "no spend yet"));
});

test("the pane's script and functions.js, each with its own copy of the modules, share one store", async () => {
  const office = officeRuntime();
  const tab = page(office);
  const functionsScript = await loadEntry(tab);
  const revenue = new RecordingInvocation<unknown>();
  (office.associated.get("REVENUE") as Streaming)("P-101", null, null, null, revenue);
  expect(office.associated.get("REVENUE")).toBe(functionsScript.revenue);

  // The pane's bundle starts the functions through its own copy of sharedPlan.ts.
  const workbook = new MemoryWorkbook(samplePlanTables());
  const paneScope = vm.runInContext("globalThis", tab) as object;
  await startSharedPlan(workbook, paneScope);
  await settle();
  expect(revenue.results).toHaveLength(1);
  expect(revenue.shown).toBe(analyze(workbook.tables).partners[0].figures.revenue / 100);

  workbook.change(workbook.tables.map((t) => (t.name === "JmpOutcomes" ? { ...t, rows: [] } : t)));
  await settle();
  expect(revenue.shown).toBe(0);
  expect(workbook.reads).toBe(2);
});
