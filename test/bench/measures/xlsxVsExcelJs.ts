/**
 * What the xlsx adapter (the CLI's host) adds over the library it builds on: opening a workbook
 * of the synthetic plan through `XlsxWorkbook` (with its zip safety checks), reading the JMP
 * tables, analyzing them and writing the Dashboard and Issues sheets back to .xlsx bytes, against
 * ExcelJS alone loading and writing the same file. The file is written once, with ExcelJS's
 * streaming writer, as plain ranges on the template sheets (the adapter finds those as it finds
 * Excel tables).
 *
 * ExcelJS takes about ten seconds per 100,000-row sheet each way, so the comparison always runs
 * at a tenth of the SPEC size (the `--quick` plan), in both modes, to keep the benchmark short.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stream, Workbook } from "exceljs";
import type { CellValue } from "exceljs";
import { analyze } from "../../../src/engine";
import type { RawTable } from "../../../src/model/rawTable";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { generatePlan, scaleSize, SPEC_SIZE } from "../../helpers/generatePlan";
import type { PlanSize } from "../../helpers/generatePlan";
import { median } from "../timing";
import type { Measure } from "./measure";
import { ms, round } from "./measure";

/** The size of the xlsx comparison in both modes. */
export const XLSX_SIZE: PlanSize = scaleSize(SPEC_SIZE, 0.1);

/** Writes the tables as plain ranges (headers on row 1) on their template sheets. */
async function writePlanFile(path: string, tables: readonly RawTable[]): Promise<void> {
  const writer = new stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  for (const table of tables) {
    const sheet = writer.addWorksheet(table.sheet);
    sheet.addRow([...table.headers]).commit();
    for (const row of table.rows) {
      // Blank cells stay empty, as in a workbook a user filled in.
      sheet.addRow(row.map((v) => (v === "" || v === null || v === undefined ? null : (v as CellValue)))).commit();
    }
    sheet.commit();
  }
  await writer.commit();
}

/** The adapter's whole round trip: open, read, analyze, write both sheets, serialise. */
async function throughAdapter(path: string): Promise<number> {
  const workbook = await XlsxWorkbook.fromFile(path);
  const analysis = analyze(await workbook.readTables());
  await workbook.writeResults(analysis);
  return (await workbook.toBuffer()).byteLength;
}

/** ExcelJS alone: load the same bytes, write them back. */
async function excelJsAlone(path: string): Promise<number> {
  const workbook = new Workbook();
  const bytes = await readFile(path);
  // ExcelJS's typings ask for an older Buffer type than Node 20's; the bytes are the same.
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return (await workbook.xlsx.writeBuffer()).byteLength;
}

async function timed(work: () => Promise<number>): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const bytes = await work();
  return { ms: performance.now() - start, bytes };
}

/** xlsxVsExcelJs: the adapter's round trip over ExcelJS's load + write of the same workbook. */
export const xlsxVsExcelJs: Measure = {
  title: "xlsx adapter vs ExcelJS alone",
  async run(context) {
    const tables = context.settings.quick ? context.plan() : generatePlan({ ...XLSX_SIZE, seed: context.settings.seed });
    const rows = tables.reduce((n, t) => n + t.rows.length, 0);
    const folder = await mkdtemp(join(tmpdir(), "jmp-bench-"));
    try {
      const path = join(folder, "plan.xlsx");
      await writePlanFile(path, tables);
      const fileBytes = (await readFile(path)).byteLength;
      // Interleaved, so neither side alone profits from a warmer JIT or a quieter machine.
      const runs = context.settings.quick ? 1 : 2;
      const adapter: number[] = [];
      const alone: number[] = [];
      let outBytes = 0;
      for (let i = 0; i < runs; i++) {
        context.gc?.();
        alone.push((await timed(() => excelJsAlone(path))).ms);
        context.gc?.();
        const run = await timed(() => throughAdapter(path));
        adapter.push(run.ms);
        outBytes = run.bytes;
      }
      const ratio = median(adapter) / median(alone);
      const size = `${rows.toLocaleString("en-US")} rows (a tenth of the SPEC size, in both modes)`;
      return {
        lines: [
          { label: "workbook", value: `${(fileBytes / 1024 / 1024).toFixed(1)} MB`, note: size },
          { label: "ExcelJS load + write", value: ms(median(alone)), note: `median of ${runs}` },
          { label: "XlsxWorkbook round trip", value: ms(median(adapter)), note: `open (zip checks), read, analyze, write Dashboard + Issues, toBuffer (${(outBytes / 1024 / 1024).toFixed(1)} MB); median of ${runs}` },
          { label: "xlsxVsExcelJs", value: `${ratio.toFixed(2)}x`, note: "the adapter's cost over the library's own load + write" },
        ],
        json: { xlsxVsExcelJs: round(ratio, 2), xlsxMs: round(median(adapter), 1), excelJsMs: round(median(alone), 1), xlsxSize: XLSX_SIZE },
      };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
};
