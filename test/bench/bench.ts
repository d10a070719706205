/**
 * `npm run bench`: the performance bars of SPEC section 8, measured in one process and printed
 * as a table, ending with one line of JSON (the last line of stdout) for scripts.
 *
 *   npm run bench                 the SPEC size (2,000 partners, 100,000 tactics, ...)
 *   npm run bench -- --quick      a tenth of it (the HyperFormula comparison keeps its size)
 *   options: --seed=N  --runs=N (timed engine runs)  --hf-runs=N (timed HyperFormula builds:
 *            1 with --quick, 3 otherwise)  --only=TEXT (only the measurements whose title
 *            holds TEXT, e.g. --only=floor)
 * The xlsx comparison runs at the --quick size in both modes (ExcelJS is slow at the SPEC size).
 *
 * Progress goes to stderr so that stdout is the table and the JSON line only.
 */
import { availableParallelism, loadavg } from "node:os";
import type { RawTable } from "../../src/model/rawTable";
import { generatePlan, scaleSize, SPEC_SIZE } from "../helpers/generatePlan";
import { exposeGc } from "./gc";
import { checkVsFloor } from "./measures/checkVsFloor";
import { applyVsFloor } from "./measures/applyVsFloor";
import { cliStartup } from "./measures/cliStartup";
import { customFunctionReads } from "./measures/customFunctionReads";
import { engineVsFloor } from "./measures/engineVsFloor";
import { engineVsHyperFormula, HYPERFORMULA_SIZE } from "./measures/engineVsHyperFormula";
import { importVsCheck, TRACKER_ROWS } from "./measures/importVsCheck";
import type { BenchContext, BenchSettings, Measure } from "./measures/measure";
import { memory } from "./measures/memory";
import { officeRoundTrips } from "./measures/officeRoundTrips";
import { XLSX_SIZE, xlsxVsExcelJs } from "./measures/xlsxVsExcelJs";
import { formatSections } from "./report";
import type { Section } from "./report";

/** In the order they run: the engine's timings first, while the heap holds only the plan. */
const MEASURES: readonly Measure[] = [engineVsFloor, memory, engineVsHyperFormula, officeRoundTrips, customFunctionReads, xlsxVsExcelJs, importVsCheck, checkVsFloor, applyVsFloor, cliStartup];

function option(args: readonly string[], name: string, fallback: number): number {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number >= 1`);
  return value;
}

function settingsFrom(args: readonly string[]): BenchSettings {
  const known = /^--(quick|seed=|runs=|hf-runs=|only=)/;
  const unknown = args.filter((a) => !known.test(a));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(" ")} (use --quick, --seed=N, --runs=N, --hf-runs=N, --only=TEXT)`);
  const quick = args.includes("--quick");
  return { quick, seed: option(args, "seed", 20_260_101), runs: option(args, "runs", 5), hyperFormulaRuns: option(args, "hf-runs", quick ? 1 : 3), only: args.find((a) => a.startsWith("--only="))?.slice(7).toLowerCase() };
}

async function main(): Promise<void> {
  const started = performance.now();
  const settings = settingsFrom(process.argv.slice(2));
  const size = settings.quick ? scaleSize(SPEC_SIZE, 0.1) : SPEC_SIZE;
  let plan: RawTable[] | undefined;
  const context: BenchContext = {
    settings,
    size,
    // A quarter of the partners work in other currencies (issue 21): the bars hold with conversion.
    plan: () => (plan ??= generatePlan({ ...size, seed: settings.seed, foreignShare: 0.25 })),
    gc: exposeGc(),
  };
  const sections: Section[] = [];
  let json: Record<string, unknown> = {};
  const chosen = MEASURES.filter((m) => settings.only === undefined || m.title.toLowerCase().includes(settings.only));
  for (const measure of chosen) {
    process.stderr.write(`bench: ${measure.title}...\n`);
    const result = await measure.run(context);
    sections.push({ title: measure.title, lines: result.lines });
    json = { ...json, ...result.json };
  }
  const seconds = (performance.now() - started) / 1000;
  const mode = settings.quick ? "quick (a tenth of the SPEC size)" : "SPEC size";
  // Timings on a busy machine stretch: the load average tells a reader how far to trust them.
  const load = loadavg()[0];
  process.stdout.write(`JMP engine benchmark, ${mode}, seed ${settings.seed}, Node ${process.version}\n`);
  process.stdout.write(`${formatSections(sections)}\n\nwall clock ${seconds.toFixed(1)} s; load average ${load.toFixed(1)} on ${availableParallelism()} CPUs\n`);
  const line = {
    engineVsFloor: json.engineVsFloor,
    engineVsHyperFormula: json.engineVsHyperFormula,
    checkSyncs: json.checkSyncs,
    refreshSyncs: json.refreshSyncs,
    maxRequestBytes: json.maxRequestBytes,
    readsPerRecalc: json.readsPerRecalc,
    xlsxVsExcelJs: json.xlsxVsExcelJs,
    importVsCheck: json.importVsCheck,
    checkVsFloor: json.checkVsFloor,
    checkPeakVsFloor: json.checkPeakVsFloor,
    applyVsFloor: json.applyVsFloor,
    cliStartupVsTsx: json.cliStartupVsTsx,
    sizes: { plan: size, hyperFormula: HYPERFORMULA_SIZE, xlsx: XLSX_SIZE, trackerRows: TRACKER_ROWS },
    quick: settings.quick,
    seed: settings.seed,
    ...json,
    wallSeconds: Math.round(seconds * 10) / 10,
    loadAverage: Math.round(load * 10) / 10,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
