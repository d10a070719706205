/**
 * The workbooks the browser tests open, made the way a user makes them: the sample plan with
 * the `jmp` command, an empty workbook of someone's own, and the sample plus an ad-hoc sheet.
 * Also `jmp report --json`, the figures the pane must agree with.
 */
import { execFileSync } from "child_process";
import { mkdirSync, rmSync } from "fs";
import { join } from "path";
import { Workbook } from "exceljs";
import type { ReportJson } from "../../src/engine/reportJson";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { addQ3Sheet } from "../convert/adHocSheets";
import { ROOT } from "./build";
import { WORK_DIR } from "./paneBrowser";

/** Runs the `jmp` command from the checkout, through its launcher as a user runs it; returns its standard output. */
export function jmp(...args: string[]): string {
  // A large plan's JSON report runs to megabytes (the default buffer holds one).
  return execFileSync(process.execPath, [join(ROOT, "src", "cli", "jmp.cjs"), ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
}

/** A path for a test workbook, its folder created. */
function workFile(name: string): string {
  mkdirSync(WORK_DIR, { recursive: true });
  return join(WORK_DIR, name);
}

/** `jmp init FILE --sample`: the sample plan workbook; returns its path. */
export function samplePlanFile(name = "sample-plan.xlsx"): string {
  const file = workFile(name);
  // `jmp init` never overwrites a file: start from none.
  rmSync(file, { force: true });
  jmp("init", file, "--sample");
  return file;
}

/** `jmp report FILE --json`. */
export function reportOf(file: string): ReportJson {
  return JSON.parse(jmp("report", file, "--json")) as ReportJson;
}

/** A workbook of someone's own with no JMP table: one sheet of notes. */
export async function ownWorkbookFile(name = "own-notes.xlsx"): Promise<string> {
  const workbook = new Workbook();
  const notes = workbook.addWorksheet("Notes");
  notes.getCell("A1").value = "Partner marketing notes";
  notes.getCell("A2").value = "Kick-off with Northwind on 3 March";
  const file = workFile(name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The sample plan plus an ad-hoc "Q3 requests" sheet (see `test/convert/adHocSheets.ts`). */
export async function planWithAdHocSheetFile(name = "plan-with-q3.xlsx"): Promise<string> {
  const workbook = XlsxWorkbook.create({ now: () => new Date(2026, 5, 1) });
  await workbook.applyTemplate({ withSample: true });
  addQ3Sheet(workbook.workbook);
  const file = workFile(name);
  await workbook.saveAs(file);
  return file;
}
