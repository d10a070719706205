/**
 * Whole hostile workbooks through both hosts (SPEC section 8, reliability and security): random
 * subsets of the JMP tables with mangled headers, the user's own columns and sheets, and cells of
 * every shape go through read -> analyze -> write results on the Excel fake and on the xlsx
 * adapter (saved and opened again). Nothing throws, every finding points at its table (and its
 * cell when it concerns one), no user cell changes, and text the tool writes stays text: the
 * only formulas on the generated sheets are the tool's own HYPERLINK links.
 */
import fc from "fast-check";
import type { CellValue, Workbook } from "exceljs";
import { analyze } from "../../src/engine";
import type { Analysis } from "../../src/engine";
import type { RawTable } from "../../src/model/rawTable";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { DASHBOARD_SHEET, findGeneratedSheet, ISSUES_SHEET } from "../../src/workbook/xlsx/writeResults";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../fakes/fakeExcel";
import type { WorkbookState } from "../fakes/fakeExcel";
import { jmpTables, userSheetCells } from "./workbookArbitraries";

const AS_OF = Date.UTC(2026, 10, 30) / 86_400_000;
/** Codes about one value: each on a data row must name its cell (a missing setting has no row to point at). */
const CELL_CODES = new Set(["V01", "V02", "V03", "V04", "V05", "V06", "V07", "V09"]);
const TOOL_FORMULA = /^=?HYPERLINK\("#/;

/** A cell value as comparable text: keeps NaN, -0, invalid dates and object shapes apart. */
function shown(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "n:-0" : `n:${value}`;
  if (value instanceof Date) return `d:${value.getTime()}`;
  if (value !== null && typeof value === "object") return `o:${JSON.stringify(value, (_k, v: unknown) => (v instanceof Date ? v.getTime() : v))}`;
  return `${typeof value}:${String(value)}`;
}

function expectFindingsPointAtCells(analysis: Analysis, tables: readonly RawTable[]): void {
  const headerRows = new Map(tables.map((t) => [t.name.toLowerCase(), t.headerRow]));
  for (const f of analysis.findings) {
    expect(typeof f.table).toBe("string");
    expect(f.table.length).toBeGreaterThan(0);
    const headerRow = headerRows.get(f.table.toLowerCase());
    if (f.code !== "S01") expect({ finding: f, known: headerRow !== undefined }).toEqual({ finding: f, known: true });
    if (f.cell !== null) expect({ finding: f, located: f.row !== null && f.column !== null && f.sheet !== null }).toEqual({ finding: f, located: true });
    const onDataRow = f.row !== null && headerRow !== undefined && f.row > headerRow;
    if (CELL_CODES.has(f.code) && onDataRow) expect({ finding: f, hasCell: f.cell !== null }).toEqual({ finding: f, hasCell: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The Excel fake

/** Every stored value and formula of the sheets not in `skip`, keyed by sheet and cell. */
function fakeCells(state: WorkbookState, skip: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sheet of state.sheets) {
    if (skip.includes(sheet.name)) continue;
    sheet.values.forEach((row, r) => row?.forEach((v, c) => (out[`${sheet.name}!${r},${c}`] = shown(v))));
    for (const [key, formula] of sheet.formulas) out[`${sheet.name}!f${key}`] = formula;
  }
  return out;
}

describe("on the Excel fake", () => {
  test("any workbook reads, checks and gets its dashboard without touching a user cell", async () => {
    await fc.assert(
      fc.asyncProperty(jmpTables(4), userSheetCells, fc.boolean(), async (tables, notes, ownDashboard) => {
        const excel = createFakeExcel({ sheets: ownDashboard ? ["Notes", "Dashboard"] : ["Notes"], tables });
        notes.forEach((row, r) => row.forEach((v, c) => v !== null && excel.sheet("Notes").setRaw(r, c, v)));
        if (ownDashboard) excel.sheet("Dashboard").setRaw(0, 0, "My own dashboard");
        const host = new ExcelWorkbook(excel.host);

        const read = await host.readTables();
        const analysis = analyze(read, { asOf: AS_OF });
        expectFindingsPointAtCells(analysis, read);
        const before = fakeCells(excel.state);
        const written = await host.writeResultsReport(analysis);
        const generated = Object.values(written.sheets);

        expect(generated).toHaveLength(2);
        if (ownDashboard) expect(generated).not.toContain("Dashboard");
        expect(fakeCells(excel.state, generated)).toEqual(before);
        const links = analysis.findings.filter((f) => f.sheet !== null).length;
        expect(excel.sheet(written.sheets.issues ?? "").formulas.size).toBe(links);
        for (const name of generated) {
          for (const formula of excel.sheet(name).formulas.values()) expect({ sheet: name, formula }).toEqual({ sheet: name, formula: expect.stringMatching(TOOL_FORMULA) });
        }
      }),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The xlsx adapter

/** Excel's own rule for table column names: unique ignoring case, none blank. */
function excelTableHeaders(headers: readonly unknown[]): boolean {
  const seen = new Set(headers.map((h) => String(h).trim().toLowerCase()));
  return seen.size === headers.length && !seen.has("");
}

/** Builds the workbook with ExcelJS: each table as an Excel table when Excel allows, else a plain range. */
async function xlsxBytes(tables: readonly RawTable[], notes: unknown[][], asTables: boolean): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  const book = wb.workbook;
  for (const t of tables) {
    const sheet = book.getWorksheet(t.sheet) ?? book.addWorksheet(t.sheet);
    if (asTables && excelTableHeaders(t.headers)) {
      sheet.addTable({
        name: t.name,
        ref: "A1",
        headerRow: true,
        columns: t.headers.map((h) => ({ name: String(h) })),
        rows: t.rows.length > 0 ? t.rows.map((r) => [...r] as CellValue[]) : [t.headers.map(() => null)],
      });
    } else {
      sheet.getRow(1).values = t.headers.map((h) => String(h));
      t.rows.forEach((row, i) => row.forEach((v, c) => (sheet.getCell(i + 2, c + 1).value = v as never)));
    }
  }
  const own = book.addWorksheet("Notes");
  notes.forEach((row, r) => row.forEach((v, c) => (own.getCell(r + 1, c + 1).value = v as never)));
  return wb.toBuffer();
}

function generatedNames(book: Workbook): string[] {
  return [DASHBOARD_SHEET, ISSUES_SHEET].map((kind) => findGeneratedSheet(book, kind)?.name).filter((n): n is string => n !== undefined);
}

/** Every cell value and formula of the sheets not in `skip`. */
function xlsxCells(book: Workbook, skip: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sheet of book.worksheets) {
    if (skip.includes(sheet.name)) continue;
    sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => (out[`${sheet.name}!${cell.address}`] = shown(cell.value))));
  }
  return out;
}

describe("on the xlsx adapter", () => {
  test("any workbook reads, checks and gets its dashboard, and saves and opens again unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(jmpTables(3), userSheetCells, fc.boolean(), async (tables, notes, asTables) => {
        const loaded = await XlsxWorkbook.load(await xlsxBytes(tables, notes, asTables));
        const read = await loaded.readTables();
        const analysis = analyze(read, { asOf: AS_OF });
        expectFindingsPointAtCells(analysis, read);
        const before = xlsxCells(loaded.workbook);

        await loaded.writeResults(analysis);
        const generated = generatedNames(loaded.workbook);
        expect(generated).toHaveLength(2);
        expect(xlsxCells(loaded.workbook, generated)).toEqual(before);

        const reopened = await XlsxWorkbook.load(await loaded.toBuffer());
        expect(generatedNames(reopened.workbook)).toEqual(generated);
        expect(xlsxCells(reopened.workbook, generated)).toEqual(before);
        let links = 0;
        for (const name of generated) {
          reopened.workbook.getWorksheet(name)?.eachRow((row) =>
            row.eachCell((cell) => {
              if (cell.formula) links++;
              if (cell.formula) expect({ cell: `${name}!${cell.address}`, formula: cell.formula }).toEqual({ cell: `${name}!${cell.address}`, formula: expect.stringMatching(TOOL_FORMULA) });
            }),
          );
        }
        expect(links).toBe(analysis.findings.filter((f) => f.sheet !== null).length);
        // The reopened file still reads and checks the same.
        expect(analyze(await reopened.readTables(), { asOf: AS_OF }).findings.length).toBe(analysis.findings.length);
      }),
      { numRuns: 60 },
    );
  });
});
