/**
 * `npm run demo`: the main job on the built-in sample plan. Writes into `demo-output/` the
 * sample plan workbook with its Dashboard and Issues sheets and the HTML report, then prints
 * the per-partner summary and the findings by severity.
 */
import { rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { analyze } from "../engine";
import { selectReport } from "../engine/reportJson";
import { countFindings } from "../model/findings";
import { dashboardLayout } from "../workbook/layout";
import { ensureDirectory } from "./directories";
import { htmlReport } from "./html/page";
import { describeError, EXIT } from "./errors";
import { println, processIo } from "./io";
import type { CliIo } from "./io";
import { sampleTrackerWorkbook } from "../workbook/xlsx/sampleTracker";
import { xlsxFiles } from "./xlsxFiles";
import { partnerSummary } from "./report/plainReport";
import type { WorkbookFiles } from "./workbookFiles";
import { plural } from "./words";

/** Where `npm run demo` writes (git-ignored). */
export const DEMO_DIR = resolve(__dirname, "../../demo-output");

/** Paths of the demo's files. */
export interface DemoFiles {
  readonly workbook: string;
  readonly html: string;
  /** The sample tracker, as a user would bring it. */
  readonly tracker: string;
}

/** Builds the sample plan into `dir` and prints its summary to `io.stdout`. */
export async function runDemo(dir: string, io: CliIo, files: WorkbookFiles = xlsxFiles()): Promise<DemoFiles> {
  await ensureDirectory(dir);
  const paths: DemoFiles = { workbook: join(dir, "sample-plan.xlsx"), html: join(dir, "sample-report.html"), tracker: join(dir, "sample-tracker.xlsx") };

  const workbook = await files.create();
  await workbook.applyTemplate({ withSample: true });
  const analysis = analyze(await workbook.readTables());
  await workbook.writeResults(analysis);
  await rm(paths.workbook, { force: true });
  await workbook.saveAs(paths.workbook);
  const selection = selectReport(analysis);
  await writeFile(paths.html, htmlReport(analysis, selection, ""), "utf8");
  await rm(paths.tracker, { force: true });
  await sampleTrackerWorkbook().saveAs(paths.tracker);

  const out = io.stdout;
  const layout = dashboardLayout(analysis);
  println(out, layout.title);
  println(out, layout.subtitle);
  println(out);
  for (const line of partnerSummary(selection.partners, selection.totals, analysis.plan.settings.currency)) println(out, line);
  const { errors, warnings } = countFindings(analysis.findings);
  println(out);
  println(out, `Findings: ${plural(errors, "error")}, ${plural(warnings, "warning")} (listed on the workbook's Issues sheet).`);
  println(out);
  const shown = (p: string): string => relative(process.cwd(), p) || p;
  println(out, `Wrote ${shown(paths.workbook)} (template, sample plan, Dashboard and Issues sheets)`);
  println(out, `Wrote ${shown(paths.html)} (figures and charts; open it in a browser)`);
  println(out, `Wrote ${shown(paths.tracker)} (an MDF tracker as a channel team keeps one)`);
  println(out, `Try: npm run -s jmp -- check ${shown(paths.workbook)}`);
  println(out, `     npm run -s jmp -- import ${shown(paths.tracker)} -o my-plan.xlsx`);
  return paths;
}

if (require.main === module) {
  const io = processIo();
  runDemo(DEMO_DIR, io).catch((error: unknown) => {
    println(io.stderr, `demo: ${describeError(error)}`);
    process.exitCode = EXIT.failed;
  });
}
