/**
 * Test helpers for the CLI: run `jmp` in-process and capture what it prints, make temporary
 * folders, and fill the Excel tables of a template workbook with rows, as a user would, using
 * ExcelJS directly (not the adapter under test).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CliIo } from "../../src/cli/io";
import { run } from "../../src/cli/main";
import type { WorkbookFiles } from "../../src/cli/workbookFiles";
import { columnLetters } from "../../src/model/rawTable";
import type { TableName } from "../../src/model/schema";
import type { RowData } from "../helpers/tables";
import { PLAN_SETTINGS } from "../helpers/tables";

/** What a run of `jmp` returned and printed. */
export interface JmpResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `jmp args...` in-process; `interactive` pretends stderr is a terminal. */
export async function jmp(args: readonly string[], options: { files?: WorkbookFiles; interactive?: boolean } = {}): Promise<JmpResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (t) => void (stdout += t) },
    stderr: { write: (t) => void (stderr += t) },
    interactive: options.interactive ?? false,
  };
  const code = await run(args, io, options.files);
  return { code, stdout, stderr };
}

/** A new empty temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "jmp-cli-"));
}

/** The ExcelJS model of a table read from a file (its typings only describe new tables). */
interface LoadedTable {
  table: { tableRef: string; autoFilterRef?: string; columns: { name: string }[] };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A1 range text ("B3:H10") as 1-based numbers. */
function decode(ref: string): Box {
  const cell = (a1: string): [number, number] => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a1.trim());
    if (!m) throw new Error(`bad cell ${a1}`);
    const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [col, Number(m[2])];
  };
  const [a, b] = ref.split(":");
  const [left, top] = cell(a);
  const [right, bottom] = cell(b ?? a);
  return { left, top, right, bottom };
}

/** The A1 text of a range. */
function encode(box: Box): string {
  return `${columnLetters(box.left - 1)}${box.top}:${columnLetters(box.right - 1)}${box.bottom}`;
}

/** Writes `rows` into the Excel table `name`, from its first data row, and grows the table. */
function fillTable(workbook: ExcelJS.Workbook, name: string, rows: readonly RowData[]): void {
  const sheet = workbook.worksheets.find((s) => s.getTable(name));
  if (!sheet) throw new Error(`no table ${name}`);
  const loaded = sheet.getTable(name) as unknown as LoadedTable;
  const range = decode(loaded.table.tableRef);
  const headers = loaded.table.columns.map((c) => c.name.trim().toLowerCase());
  rows.forEach((row, i) => {
    for (const [header, value] of Object.entries(row)) {
      const c = headers.indexOf(header.toLowerCase());
      if (c === -1) throw new Error(`no column ${header} in ${name}`);
      if (value !== undefined) sheet.getCell(range.top + 1 + i, range.left + c).value = value as ExcelJS.CellValue;
    }
  });
  const ref = encode({ ...range, bottom: Math.max(range.bottom, range.top + rows.length) });
  loaded.table.tableRef = ref;
  loaded.table.autoFilterRef = ref;
}

/** Sets the Value of each named setting in the Settings table, adding rows for missing ones. */
function fillSettings(workbook: ExcelJS.Workbook, settings: Record<string, unknown>): void {
  const sheet = workbook.worksheets.find((s) => s.getTable("JmpSettings"));
  if (!sheet) throw new Error("no table JmpSettings");
  const loaded = sheet.getTable("JmpSettings") as unknown as LoadedTable;
  const range = decode(loaded.table.tableRef);
  const headers = loaded.table.columns.map((c) => c.name.trim().toLowerCase());
  const nameCol = range.left + headers.indexOf("setting");
  const valueCol = range.left + headers.indexOf("value");
  const missing: RowData[] = [];
  for (const [name, value] of Object.entries(settings)) {
    let found = false;
    for (let r = range.top + 1; r <= range.bottom; r++) {
      if (String(sheet.getCell(r, nameCol).value ?? "").trim().toLowerCase() === name.toLowerCase()) {
        sheet.getCell(r, valueCol).value = value as ExcelJS.CellValue;
        found = true;
      }
    }
    if (!found) missing.push({ Setting: name, Value: value });
  }
  missing.forEach((row, i) => {
    sheet.getCell(range.bottom + 1 + i, nameCol).value = row.Setting as string;
    sheet.getCell(range.bottom + 1 + i, valueCol).value = row.Value as ExcelJS.CellValue;
  });
  if (missing.length > 0) {
    const ref = encode({ ...range, bottom: range.bottom + missing.length });
    loaded.table.tableRef = ref;
    loaded.table.autoFilterRef = ref;
  }
}

/** Opens the template workbook at `path`, writes the plan's rows and settings, saves it. */
export async function fillPlan(path: string, parts: Partial<Record<TableName, readonly RowData[]>>, settings: Record<string, unknown> = PLAN_SETTINGS): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  fillSettings(workbook, settings);
  for (const [name, rows] of Object.entries(parts)) if (rows && rows.length > 0) fillTable(workbook, name, rows);
  await workbook.xlsx.writeFile(path);
}
