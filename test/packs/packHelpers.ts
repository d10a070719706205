/**
 * Shared steps of the partner-pack tests: the sample plan as a file, a pack of it, edits made
 * with ExcelJS directly (as a partner's spreadsheet program would make them), `jmp` run
 * in-process, and a map of every cell of a workbook for before/after comparisons.
 */
import { mkdtempSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import type { Worksheet } from "exceljs";
import type { CliIo } from "../../src/cli/io";
import { run } from "../../src/cli/main";
import { makePack } from "../../src/workbook/packs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

/** The fixed clock of these tests. */
export const NOW = (): Date => new Date(Date.UTC(2026, 5, 15, 9, 30));

let sample: Promise<Uint8Array> | undefined;

/** The built-in sample plan as .xlsx bytes (made once per test file). */
export function samplePlanBytes(): Promise<Uint8Array> {
  sample ??= (async () => {
    const plan = XlsxWorkbook.create({ now: NOW });
    await plan.applyTemplate({ withSample: true });
    return plan.toBuffer();
  })();
  return sample;
}

/** The pack of `partner` made from plan bytes, as .xlsx bytes. */
export async function packBytes(planBytes: Uint8Array, partner: string): Promise<Uint8Array> {
  const { pack } = await makePack(await XlsxWorkbook.load(planBytes), partner, { now: NOW, source: "plan.xlsx" });
  return pack.toBuffer();
}

/** Reads .xlsx bytes with ExcelJS itself, not through the adapter. */
export async function excel(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** A copy of a workbook with `edit` applied by ExcelJS. */
export async function edited(bytes: Uint8Array, edit: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = await excel(bytes);
  edit(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The sheet of that name, which must exist. */
export function sheet(workbook: Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The row whose column A holds `id`. */
export function rowOf(worksheet: Worksheet, id: string): number {
  for (let r = 1; r <= worksheet.rowCount; r++) if (worksheet.getCell(r, 1).value === id) return r;
  throw new Error(`no row ${id} on ${worksheet.name}`);
}

/** The first row at or below `from` whose column A is empty. */
export function firstEmptyRow(worksheet: Worksheet, from = 2): number {
  let r = from;
  while (worksheet.getCell(r, 1).value !== null && worksheet.getCell(r, 1).value !== undefined) r++;
  return r;
}

/** Writes `values` into a row from column A. */
export function writeRow(worksheet: Worksheet, row: number, values: readonly unknown[]): void {
  values.forEach((value, i) => {
    worksheet.getCell(row, i + 1).value = value as never;
  });
}

/** Every non-empty cell of every sheet but the generated ones, as "Sheet!A1" -> JSON of its value. */
export function cellMap(workbook: Workbook, skipSheets: readonly string[] = ["Dashboard", "Issues"]): Map<string, string> {
  const cells = new Map<string, string>();
  for (const ws of workbook.worksheets) {
    if (skipSheets.includes(ws.name)) continue;
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(`${ws.name}!${cell.address}`, JSON.stringify(cell.value));
      });
    });
  }
  return cells;
}

/** What a run of `jmp` returned and printed. */
export interface JmpRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Files in a new temporary folder for a merge: plan.xlsx, `planBytes` with `editPlan` applied
 * (changed since packing, or given a sheet), and filled.xlsx, `partner`'s pack of `planBytes`
 * as `fillPack` fills it. Their paths.
 */
export async function planAndFilledPack(planBytes: Uint8Array, partner: string, editPlan: (workbook: Workbook) => void, fillPack: (workbook: Workbook) => void): Promise<{ plan: string; pack: string }> {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const pack = join(dir, "filled.xlsx");
  await writeFile(plan, await edited(planBytes, editPlan));
  await writeFile(pack, await edited(await packBytes(planBytes, partner), fillPack));
  return { plan, pack };
}

/** Runs `jmp args...` in-process on real files. */
export async function jmp(...args: string[]): Promise<JmpRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: { write: (t) => void (stdout += t) }, stderr: { write: (t) => void (stderr += t) }, interactive: false };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** A new empty temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "jmp-packs-"));
}

/** The Date ExcelJS gives for an ISO day. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
