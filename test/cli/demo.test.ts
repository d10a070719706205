import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runDemo } from "../../src/cli/demo";
import type { CliIo } from "../../src/cli/io";
import { analyze } from "../../src/engine";
import { countFindings } from "../../src/model/findings";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { tempDir } from "./planWorkbook";

test("the demo writes the sample workbook and HTML report and prints the partner summary", async () => {
  const dir = join(tempDir(), "demo-output");
  let stdout = "";
  const io: CliIo = { stdout: { write: (t) => void (stdout += t) }, stderr: { write: () => undefined }, interactive: false };
  const paths = await runDemo(dir, io);

  const saved = await XlsxWorkbook.fromFile(paths.workbook);
  const analysis = analyze(await saved.readTables());
  expect(analysis.partners.length).toBeGreaterThan(0);
  const sheets = new ExcelJS.Workbook();
  await sheets.xlsx.readFile(paths.workbook);
  expect(sheets.getWorksheet("Dashboard")).toBeDefined();
  expect(sheets.getWorksheet("Issues")).toBeDefined();
  expect(readFileSync(paths.html, "utf8")).toContain("<svg");
  // The sample tracker is one sheet of activities, not a plan: importing it is what it is for.
  const tracker = await XlsxWorkbook.fromFile(paths.tracker);
  expect((await tracker.listSheets()).map((s) => [s.name, s.holdsJmpTables])).toEqual([["MDF 2026", false]]);
  expect(stdout).toContain("jmp -- import");

  expect(stdout).toMatch(/ID\s+Partner\s+Authorized\s+Coverage\s+Alignment\s+Spend\s+Revenue\s+Forecast\s+Attainment\s+ROI\s+Progress/);
  for (const p of analysis.partners) expect(stdout).toContain(p.name);
  const { errors, warnings } = countFindings(analysis.findings);
  expect(stdout).toContain(`Findings: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
});
