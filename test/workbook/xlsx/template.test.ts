/**
 * A new template (`jmp init`): every JMP table as a real Excel table with the schema's names,
 * headers, formats, widths, dropdowns and frozen header; with the sample, the same plan the
 * engine's sample gives.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Workbook } from "exceljs";
import type { Worksheet } from "exceljs";
import { analyze } from "../../../src/engine";
import { excelMoneyFormat, currency } from "../../../src/model/money";
import { samplePlanTables, SAMPLE_ROWS } from "../../../src/model/sample/samplePlan";
import { requireTableSpec, SETTINGS, TABLES, TEMPLATE_VERSION } from "../../../src/model/schema";
import type { ColumnSpec, TableSpec } from "../../../src/model/schema";
import { MAX_LIST_CHARS, valueListFormula } from "../../../src/workbook/xlsx/validations";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { partText } from "./zipFiles";

const NOW = () => new Date(2027, 4, 17);

async function template(withSample = false): Promise<{ bytes: Uint8Array; reloaded: XlsxWorkbook; raw: Workbook }> {
  const wb = XlsxWorkbook.create({ now: NOW });
  await wb.applyTemplate({ withSample });
  const bytes = await wb.toBuffer();
  const raw = new Workbook();
  await raw.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { bytes, reloaded: await XlsxWorkbook.load(bytes), raw };
}

interface TableInfo {
  name: string;
  tableRef: string;
  columns: { name: string }[];
}

function tableOf(sheet: Worksheet, name: string): TableInfo {
  const table = (sheet as unknown as { tables: Record<string, { table: TableInfo }> }).tables[name];
  if (!table) throw new Error(`no table ${name} on ${sheet.name}`);
  return table.table;
}

function validationAt(sheet: Worksheet, address: string): { type: string; formulae: string[]; errorStyle?: string } | undefined {
  return (sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[]; errorStyle?: string }> } }).dataValidations.model[address];
}

function columnLetter(spec: TableSpec, column: ColumnSpec): string {
  return String.fromCharCode(65 + spec.columns.indexOf(column));
}

test("an empty template reads back as every JMP table with no finding at all", async () => {
  const { reloaded } = await template();
  const tables = await reloaded.readTables();
  expect(tables.map((t) => t.name)).toEqual(TABLES.map((t) => t.name));
  for (const t of tables) expect(t.headers).toEqual(requireTableSpec(t.name as TableSpec["name"]).columns.map((c) => c.header));
  const analysis = analyze(tables);
  expect(analysis.findings).toEqual([]);
  // The plan period defaults to the calendar year the template was made in.
  expect(analysis.plan.settings.periodStart).toBe(Date.UTC(2027, 0, 1) / 86_400_000);
  expect(analysis.plan.settings.periodEnd).toBe(Date.UTC(2027, 11, 31) / 86_400_000);
  expect(reloaded.templateVersion()).toBe(TEMPLATE_VERSION);
});

test("every table is a real Excel table, one per sheet, named and headed as the schema says", async () => {
  const { raw, bytes } = await template();
  for (const spec of TABLES) {
    const sheet = raw.getWorksheet(spec.sheet);
    expect(sheet).toBeDefined();
    const table = tableOf(sheet as Worksheet, spec.name);
    expect(table.columns.map((c) => c.name)).toEqual(spec.columns.map((c) => c.header));
    expect(table.tableRef.startsWith("A1:")).toBe(true);
  }
  // The file holds one table part per JMP table, each with its header row.
  const tableParts = TABLES.map((_, i) => partText(bytes, `xl/tables/table${i + 1}.xml`));
  for (const xml of tableParts) expect(xml).toMatch(/headerRowCount="1"/);
});

test("columns get the schema's widths and number formats, and the header row is frozen", async () => {
  const { raw } = await template();
  const money = excelMoneyFormat(currency("USD"));
  const expected: Record<string, string | undefined> = { money, date: "yyyy-mm-dd", percent: "0%", count: "#,##0" };
  for (const spec of TABLES.filter((t) => t.name !== "JmpSettings")) {
    const sheet = raw.getWorksheet(spec.sheet) as Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    spec.columns.forEach((column, i) => {
      // ExcelJS leaves out a width of 9, its default column width.
      expect(sheet.getColumn(i + 1).width ?? 9).toBe(column.width);
      expect(sheet.getCell(`${columnLetter(spec, column)}2`).numFmt).toBe(expected[column.type]);
    });
  }
  const settings = raw.getWorksheet("Settings") as Worksheet;
  SETTINGS.forEach((setting, i) => {
    expect(settings.getCell(`A${i + 2}`).value).toBe(setting.name);
    expect(settings.getCell(`B${i + 2}`).numFmt).toBe(expected[setting.type]);
  });
  expect(settings.getCell(`B${SETTINGS.findIndex((s) => s.key === "maxMdfShare") + 2}`).value).toBe(0.5);
});

test("enum, yes/no and reference columns carry dropdowns; references point at the referenced IDs", async () => {
  const { raw } = await template(true);
  let checked = 0;
  for (const spec of TABLES) {
    const sheet = raw.getWorksheet(spec.sheet) as Worksheet;
    const lastRow = Math.max(SAMPLE_ROWS[spec.name].length, 1) + 1;
    for (const column of spec.columns) {
      const letter = columnLetter(spec, column);
      const validation = validationAt(sheet, `${letter}2`);
      if (column.valuesFrom) {
        // The plan's own list: its table's column, followed as rows are added to it.
        expect(validation).toMatchObject({ type: "list", formulae: ['INDIRECT("JmpTacticTypes[Tactic type]")'], errorStyle: "warning" });
      } else if (column.values) {
        expect(validation).toMatchObject({ type: "list", formulae: [valueListFormula(column)] });
      } else if (column.references) {
        // The referenced table's ID column, followed as the table grows (as the Excel adapter makes it).
        const target = requireTableSpec(column.references);
        const id = target.columns.find((c) => c.unique) as ColumnSpec;
        expect(validation?.type).toBe("list");
        expect(validation?.formulae[0]).toBe(`INDIRECT("${target.name}[${id.header}]")`);
      } else {
        expect(validation).toBeUndefined();
        continue;
      }
      // Sized to the rows: the last data row has it, the row below does not.
      expect(validationAt(sheet, `${letter}${lastRow}`)).toEqual(validation);
      expect(validationAt(sheet, `${letter}${lastRow + 1}`)).toBeUndefined();
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(15);
});

test("every fixed list fits Excel's 255-character limit for list formulas", () => {
  for (const spec of TABLES) for (const column of spec.columns) expect((valueListFormula(column) ?? "").length).toBeLessThanOrEqual(MAX_LIST_CHARS);
});

test("the template with the sample gives exactly the findings and figures of the engine's sample plan", async () => {
  const { reloaded, raw } = await template(true);
  const tables = await reloaded.readTables();
  const fromFile = analyze(tables);
  const reference = analyze(samplePlanTables());
  expect(fromFile.findings).toEqual(reference.findings);
  expect(fromFile.totals).toEqual(reference.totals);
  expect(fromFile.partners).toEqual(reference.partners);
  // An Excel table has at least one body row: a table the sample leaves empty (Rates) has a blank one.
  const filled = (rows: readonly (readonly unknown[])[] = []) => rows.filter((r) => r.some((v) => v !== null && v !== undefined && v !== ""));
  for (const spec of TABLES) expect(filled(tables.find((t) => t.name === spec.name)?.rows)).toHaveLength(SAMPLE_ROWS[spec.name].length);
  // Dates are real date cells, not text.
  const tactics = raw.getWorksheet("Tactics") as Worksheet;
  const start = requireTableSpec("JmpTactics").columns.findIndex((c) => c.key === "start") + 1;
  expect(tactics.getRow(2).getCell(start).value).toBeInstanceOf(Date);
});

test("the template version is kept in a hidden sheet that a defined name points at", async () => {
  const { raw } = await template();
  const hidden = raw.worksheets.filter((s) => s.state === "hidden");
  expect(hidden.map((s) => s.name)).toEqual(["JmpTemplate"]);
  expect(raw.definedNames.getRanges("JmpTemplateVersion").ranges).toEqual(["JmpTemplate!$B$1"]);
  expect(hidden[0].getCell("B1").value).toBe(TEMPLATE_VERSION);
});

test("a template saved to disk opens again from its file; oversized files are refused before reading", async () => {
  const dir = mkdtempSync(join(tmpdir(), "jmp-xlsx-"));
  try {
    const path = join(dir, "plan.xlsx");
    const wb = XlsxWorkbook.create({ now: NOW });
    await wb.applyTemplate({ withSample: true });
    await wb.saveAs(path);
    const opened = await XlsxWorkbook.fromFile(path);
    expect(analyze(await opened.readTables()).findings).toEqual(analyze(samplePlanTables()).findings);
    await expect(XlsxWorkbook.fromFile(path, { limits: { maxBytes: 1024 } })).rejects.toMatchObject({ reason: "tooLarge" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an empty workbook cannot be saved before the template is applied", async () => {
  await expect(XlsxWorkbook.create().toBuffer()).rejects.toThrow(/at least one sheet/);
});
