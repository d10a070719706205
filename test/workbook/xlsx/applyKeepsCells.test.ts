/**
 * Property: applying the template to any workbook keeps every pre-existing cell (value, formula,
 * style), every merged range and every sheet, and leaves no JMP table missing. Workbooks are
 * generated with foreign sheets (some named like template sheets), styled cells, formulas, text
 * that looks like formulas, merged ranges, partial JMP tables with the user's own columns and
 * totals rows (which move down below the rows the template adds, as in Excel), and JMP data kept
 * as plain ranges; and the same workbooks stamped template
 * version 1, with v1's fixed list of tactic types on Tactic type, upgrade to version 2.
 */
import fc from "fast-check";
import { Workbook } from "exceljs";
import type { CellValue, Style, Worksheet } from "exceljs";
import { analyze } from "../../../src/engine";
import { requireTableSpec, TABLES, TEMPLATE_VERSION } from "../../../src/model/schema";
import type { TableSpec } from "../../../src/model/schema";
import { readTemplateVersion, VERSION_NAME, writeTemplateVersion } from "../../../src/workbook/xlsx/templateVersion";
import { valueListFormula } from "../../../src/workbook/xlsx/validations";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { expectKept, loadRaw, roundTripped, snapshot, withTotalsRowsMoved } from "./cellSnapshot";

interface CellPlan {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  readonly style: Partial<Style> | undefined;
}

interface MergePlan {
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
}

interface TablePlan {
  readonly spec: TableSpec;
  /** Which schema columns the user's table has (by index into spec.columns), in order. */
  readonly columns: readonly number[];
  readonly userColumnAt: number;
  readonly top: number;
  readonly left: number;
  readonly rows: readonly (readonly CellValue[])[];
  readonly totals: boolean;
  /** True: a plain range at A1 of the template sheet instead of an Excel table. */
  readonly plain: boolean;
}

interface SheetPlan {
  readonly name: string;
  readonly cells: readonly CellPlan[];
  readonly merges: readonly MergePlan[];
  readonly table?: TablePlan;
}

const text = fc.stringMatching(/^[A-Za-z0-9 =+\-@#.,:]{1,12}$/).filter((s) => s.trim() === s);
const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  text,
  fc.constantFrom("=SUM(A1:A3)", "+1", "-2", "@risk", "=1+1"),
  fc.boolean(),
  fc.integer({ min: 10_957, max: 21_915 }).map((day) => new Date(day * 86_400_000)),
  fc.constantFrom<CellValue>({ formula: "1+2", result: 3 }, { formula: "CONCAT(\"a\",\"b\")", result: "ab" }),
);
const style: fc.Arbitrary<Partial<Style> | undefined> = fc.constantFrom<Partial<Style> | undefined>(
  undefined,
  { font: { bold: true } },
  { font: { italic: true, color: { argb: "FF0000FF" } } },
  { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } } },
  { numFmt: "0.000" },
  { border: { top: { style: "thin" } } },
  { alignment: { horizontal: "center" } },
);
const cell: fc.Arbitrary<CellPlan> = fc.record({
  row: fc.integer({ min: 1, max: 14 }),
  column: fc.integer({ min: 1, max: 12 }),
  value: fc.oneof(value, fc.constant(null)),
  style,
});
const merge: fc.Arbitrary<MergePlan> = fc.record({
  top: fc.integer({ min: 1, max: 14 }),
  left: fc.integer({ min: 1, max: 12 }),
  height: fc.integer({ min: 1, max: 2 }),
  width: fc.integer({ min: 1, max: 3 }),
});

const table: fc.Arbitrary<TablePlan> = fc
  .record({
    specIndex: fc.integer({ min: 0, max: TABLES.length - 1 }),
    keep: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    userColumnAt: fc.integer({ min: 0, max: 12 }),
    top: fc.integer({ min: 1, max: 5 }),
    left: fc.integer({ min: 1, max: 4 }),
    rows: fc.array(fc.array(fc.oneof(value, fc.constant(null)), { minLength: 13, maxLength: 13 }), { minLength: 1, maxLength: 3 }),
    totals: fc.boolean(),
    plain: fc.boolean(),
  })
  .map(({ specIndex, keep, userColumnAt, top, left, rows, totals, plain }) => {
    const spec = TABLES[specIndex];
    // Plain ranges must hold the required headers to be recognised; tables may lack any.
    const columns = spec.columns.map((_, i) => i).filter((i) => keep[i] || (plain && spec.columns[i].required) || i === 0);
    return { spec, columns, userColumnAt, top: plain ? 1 : top, left: plain ? 1 : left, rows, totals: totals && !plain, plain };
  });

const NAMES = ["Notes", "Data", "Tactics", "Partners", "Budget 2026", "Settings", "Claims", "JmpTemplate"];
const sheets: fc.Arbitrary<SheetPlan[]> = fc
  .array(
    fc.record({
      name: fc.constantFrom(...NAMES),
      cells: fc.array(cell, { maxLength: 25 }),
      merges: fc.array(merge, { maxLength: 3 }),
      table: fc.option(table, { nil: undefined }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((list) => {
    const seen = new Set<string>();
    return list
      .map((s) => (s.table?.plain ? { ...s, name: s.table.spec.sheet } : s))
      .filter((s) => !seen.has(s.name.toLowerCase()) && seen.add(s.name.toLowerCase()));
  })
  .filter((list) => new Set(list.flatMap((s) => (s.table ? [s.table.spec.name] : []))).size === list.filter((s) => s.table).length);

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
const inside = (b: Box, row: number, column: number): boolean => row >= b.top && row <= b.bottom && column >= b.left && column <= b.right;
const meets = (a: Box, b: Box): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

function addTable(sheet: Worksheet, plan: TablePlan): Box {
  const headers = plan.columns.map((i) => plan.spec.columns[i].header);
  headers.splice(Math.min(plan.userColumnAt, headers.length), 0, "Our own column");
  const rows = plan.rows.map((r) => headers.map((_, i) => r[i] ?? null));
  const bottom = plan.top + rows.length + (plan.totals ? 1 : 0);
  const box = { top: plan.top, left: plan.left, bottom, right: plan.left + headers.length - 1 };
  if (plan.plain) {
    sheet.getRow(plan.top).values = [...Array(plan.left - 1).fill(null), ...headers];
    rows.forEach((r, i) => {
      r.forEach((v, j) => {
        sheet.getCell(plan.top + 1 + i, plan.left + j).value = v;
      });
    });
  } else {
    sheet.addTable({ name: plan.spec.name, ref: sheet.getCell(plan.top, plan.left).address, totalsRow: plan.totals, columns: headers.map((name) => ({ name })), rows });
  }
  return box;
}

function build(plans: readonly SheetPlan[]): Workbook {
  const wb = new Workbook();
  for (const plan of plans) {
    const sheet = wb.addWorksheet(plan.name);
    const tableBox = plan.table ? addTable(sheet, plan.table) : undefined;
    // A plain range's recognised extent runs to the sheet's last row in its columns: keep clear of it.
    const keepOut = tableBox && plan.table?.plain ? { ...tableBox, bottom: 1_048_576 } : tableBox;
    const merged: Box[] = [];
    for (const m of plan.merges) {
      const box = { top: m.top, left: m.left, bottom: m.top + m.height - 1, right: m.left + m.width - 1 };
      if ((keepOut && meets(box, keepOut)) || merged.some((b) => meets(b, box)) || (box.top === box.bottom && box.left === box.right)) continue;
      sheet.mergeCells(box.top, box.left, box.bottom, box.right);
      merged.push(box);
    }
    for (const c of plan.cells) {
      if (keepOut && inside(keepOut, c.row, c.column)) continue;
      if (merged.some((b) => inside(b, c.row, c.column) && !(b.top === c.row && b.left === c.column))) continue;
      const target = sheet.getCell(c.row, c.column);
      if (c.value !== null) target.value = c.value;
      if (c.style) target.style = { ...c.style };
    }
  }
  return wb;
}

test("applying the template keeps every pre-existing cell, merged range and sheet", async () => {
  await fc.assert(
    fc.asyncProperty(sheets, fc.boolean(), async (plans, withSample) => {
      const bytes = new Uint8Array(await build(plans).xlsx.writeBuffer());
      const beforeBook = await roundTripped(bytes);
      const wb = await XlsxWorkbook.load(bytes);
      await wb.applyTemplate({ withSample });
      const saved = await wb.toBuffer();
      const afterBook = await loadRaw(saved);
      // A totals row moves down below the rows the template adds to its table, as in Excel.
      expectKept(withTotalsRowsMoved(snapshot(beforeBook), beforeBook, afterBook), snapshot(afterBook));
      const tables = await (await XlsxWorkbook.load(saved)).readTables();
      expect(analyze(tables, { asOf: 0 }).findings.filter((f) => f.code === "S01")).toEqual([]);
    }),
    { numRuns: 20 },
  );
});

const TYPE_COLUMN = requireTableSpec("JmpTactics").columns.find((c) => c.key === "tacticType");
const V1_LIST = TYPE_COLUMN ? valueListFormula(TYPE_COLUMN) : undefined;

/** The workbook as template version 1 left it: the version stamped, v1's list on Tactic type. */
function asVersion1(wb: Workbook, plans: readonly SheetPlan[]): void {
  writeTemplateVersion(wb, 1);
  for (const plan of plans) {
    const t = plan.table;
    const at = t && t.spec.name === "JmpTactics" ? t.columns.findIndex((i) => t.spec.columns[i].key === "tacticType") : -1;
    if (!t || at < 0) continue;
    // The user's own column sits before the schema columns from its position on.
    const column = t.left + at + (t.userColumnAt <= at ? 1 : 0);
    const address = `${columnLetters(column)}${t.top + 1}:${columnLetters(column)}${t.top + t.rows.length}`;
    (wb.getWorksheet(plan.name) as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add(address, { type: "list", allowBlank: true, formulae: [V1_LIST] });
  }
}

function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

test("upgrading a version 1 workbook keeps every pre-existing cell but the version, and drops v1's list of types", async () => {
  await fc.assert(
    fc.asyncProperty(sheets, async (plans) => {
      const v1 = build(plans);
      asVersion1(v1, plans);
      const bytes = new Uint8Array(await v1.xlsx.writeBuffer());
      const base = await roundTripped(bytes);
      const versionSheet = base.definedNames.model.find((n) => n.name === VERSION_NAME)?.ranges[0]?.split("!")[0].replace(/'/g, "");
      const before = snapshot(base);
      before.cells.delete(`${versionSheet}!B1`);
      const wb = await XlsxWorkbook.load(bytes);
      const result = await wb.applyTemplate({ withSample: false });
      const saved = await wb.toBuffer();
      const after = await loadRaw(saved);
      expectKept(withTotalsRowsMoved(before, base, after), snapshot(after));
      expect(result.version).toBe(TEMPLATE_VERSION);
      expect(readTemplateVersion(after)).toBe(TEMPLATE_VERSION);
      // Where Tactics is an Excel table the template owns its Tactic type drop-down, which now points
      // at the plan's list; Tactics kept as a plain range the template cannot convert is the user's,
      // and so is the fixed list on it.
      const hasTable = (name: string) => after.worksheets.some((sheet) => Object.values((sheet as unknown as { tables: Record<string, { table: { name: string } }> }).tables).some((t) => t.table.name === name));
      const left = after.worksheets.flatMap((sheet) => Object.values((sheet as unknown as { dataValidations: { model: Record<string, { formulae?: string[] }> } }).dataValidations.model));
      if (hasTable("JmpTactics") && hasTable("JmpTacticTypes")) expect(left.filter((v) => v?.formulae?.[0] === V1_LIST)).toEqual([]);
      const tables = await (await XlsxWorkbook.load(saved)).readTables();
      expect(tables.map((t) => t.name)).toContain("JmpTacticTypes");
    }),
    { numRuns: 15 },
  );
});
