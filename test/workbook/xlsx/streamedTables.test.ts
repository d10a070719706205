/**
 * The streaming table reader against the ExcelJS path: on generated workbooks (tables anywhere,
 * with or without totals rows, plain ranges on template sheets, every kind of cell value, merged
 * cells, the 1904 date system, dates stored as ISO text with `t="d"`) both give the same raw
 * tables. And it reads what ExcelJS cannot: a plan holding a chart.
 */
import { Workbook } from "exceljs";
import type { CellValue } from "exceljs";
import fc from "fast-check";
import { requireTableSpec } from "../../../src/model/schema";
import type { TableName } from "../../../src/model/schema";
import { UnreadableWorkbookError } from "../../../src/workbook/xlsx/errors";
import { StreamedTables } from "../../../src/workbook/xlsx/stream/StreamedTables";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { loadedByExcelJs, samplePlanBytes, withChart } from "./chartParts";
import { rewriteXlsx } from "./zipFiles";

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  // eslint-disable-next-line no-control-regex -- control characters cannot be written to XML.
  fc.string({ maxLength: 12 }).filter((s) => !/[\u0000-\u001f\ufffe\uffff]/.test(s)),
  fc.constantFrom("  padded  ", "=SUM(A1)", "a & b <c>", "line_x000D_break", "Ünïcödé ✓", "0042"),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.integer({ min: 0, max: 80_000 }).map((days) => new Date(Date.UTC(1905, 0, 1) + days * 86_400_000)),
  fc.constantFrom<CellValue>({ error: "#N/A" } as CellValue, { error: "#DIV/0!" } as CellValue),
  // A cached result of 0 is the one value the two paths read differently (see the test below).
  fc.integer({ min: 1, max: 999 }).map((n) => ({ formula: `${n}+0`, result: n }) as CellValue),
  fc.constant({ formula: 'CONCAT("a","b")', result: "ab" } as CellValue),
  fc.constant({ richText: [{ text: "North" }, { text: "wind", font: { bold: true } }] } as CellValue),
  fc.constant({ text: "site", hyperlink: "https://example.com" } as CellValue),
);

const TABLE_NAMES: readonly TableName[] = ["JmpPartners", "JmpTactics", "JmpClaims"];

interface GeneratedTable {
  readonly name: TableName;
  readonly asRange: boolean;
  readonly top: number;
  readonly left: number;
  readonly totals: boolean;
  readonly rows: CellValue[][];
  readonly merge: boolean;
}

const generatedTable = (name: TableName): fc.Arbitrary<GeneratedTable> => {
  const width = requireTableSpec(name).columns.length;
  return fc.record({
    name: fc.constant(name),
    asRange: fc.boolean(),
    top: fc.integer({ min: 1, max: 4 }),
    left: fc.integer({ min: 1, max: 3 }),
    totals: fc.boolean(),
    rows: fc.array(fc.array(cellValue, { minLength: width, maxLength: width }), { maxLength: 6 }),
    merge: fc.boolean(),
  });
};

const generatedWorkbook = fc.record({
  date1904: fc.boolean(),
  isoDates: fc.boolean(),
  tables: fc.subarray([...TABLE_NAMES], { minLength: 1 }).chain((names) => fc.tuple(...names.map(generatedTable))),
});

/**
 * The numbers of the sheets (dates included) rewritten as SheetJS and openpyxl write dates:
 * `t="d"` with the ISO text of the serial, which both paths read as that serial again (a serial
 * before the calendar as its text). Assembled in the XML, as ExcelJS writes no such cell.
 */
function withIsoDates(bytes: Uint8Array, date1904: boolean): Uint8Array {
  return rewriteXlsx(bytes, (name, text) => {
    if (!name.startsWith("xl/worksheets/")) return text;
    return text.replace(/<c r="([A-Z]+\d+)"((?: s="\d+")?)><v>([^<]+)<\/v><\/c>/g, (cell, ref: string, style: string, value: string) => {
      const serial = Number(value);
      if (!(serial >= 0 && serial <= 2_958_465)) return cell;
      const iso = new Date(Math.round((serial - 25_569 + (date1904 ? 1462 : 0)) * 86_400_000)).toISOString().replace("Z", "");
      return `<c r="${ref}"${style} t="d"><v>${iso}</v></c>`;
    });
  });
}

function build(spec: { date1904: boolean; tables: readonly GeneratedTable[] }): Workbook {
  const wb = new Workbook();
  if (spec.date1904) wb.properties.date1904 = true;
  wb.addWorksheet("Cover").getCell("B2").value = "A plan";
  for (const table of spec.tables) {
    const tableSpec = requireTableSpec(table.name);
    const headers = tableSpec.columns.map((c) => c.header);
    if (table.asRange) {
      // A plain range on its template sheet: headers on row 1.
      const sheet = wb.addWorksheet(tableSpec.sheet);
      sheet.getRow(1).values = [undefined, ...headers];
      table.rows.forEach((row, i) => row.forEach((value, c) => (sheet.getCell(2 + i, 1 + c).value = value)));
      if (table.merge && table.rows.length >= 2) sheet.mergeCells(2, 1, 3, 2);
      continue;
    }
    const sheet = wb.addWorksheet(`Data ${table.name}`);
    sheet.addTable({
      name: table.name.toLowerCase(),
      ref: sheet.getCell(table.top, table.left).address,
      totalsRow: table.totals,
      columns: headers.map((name) => ({ name })),
      rows: table.rows.length > 0 ? table.rows : [headers.map(() => null)],
    });
    if (table.merge && table.rows.length >= 2) sheet.mergeCells(table.top + 1, table.left, table.top + 2, table.left + 1);
  }
  return wb;
}

test("the streaming reader and the ExcelJS path give the same raw tables", async () => {
  await fc.assert(
    fc.asyncProperty(generatedWorkbook, async (spec) => {
      const written = new Uint8Array(await build(spec).xlsx.writeBuffer());
      const bytes = spec.isoDates ? withIsoDates(written, spec.date1904) : written;
      const streamed = await (await StreamedTables.load(bytes)).readTables();
      const viaExcelJs = await (await XlsxWorkbook.load(bytes)).readTables();
      expect(streamed).toEqual(viaExcelJs);
      expect(streamed.length).toBe(spec.tables.length);
    }),
    { numRuns: 40, seed: 22 },
  );
});

test("a formula whose cached result is 0 reads as 0, where the ExcelJS path loses the result", async () => {
  const wb = new Workbook();
  wb.addWorksheet("Partners").addTable({
    name: "JmpPartners",
    ref: "A1",
    columns: requireTableSpec("JmpPartners").columns.map((c) => ({ name: c.header })),
    rows: [["P1", "Contoso", { formula: "B9*0", result: 0 } as CellValue]],
  });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const [streamed] = await (await StreamedTables.load(bytes)).readTables();
  const [viaExcelJs] = await (await XlsxWorkbook.load(bytes)).readTables();
  expect(streamed.rows[0].slice(0, 3)).toEqual(["P1", "Contoso", 0]);
  expect(viaExcelJs.rows[0].slice(0, 3)).toEqual(["P1", "Contoso", null]);
});

test("a plan holding a chart, which ExcelJS fails to load, is read whole", async () => {
  const plain = await samplePlanBytes();
  const bytes = withChart(plain, "Tactics", "$H$2:$H$9");
  await expect(loadedByExcelJs(bytes)).rejects.toThrow("reading 'anchors'");
  const streamed = await (await StreamedTables.load(bytes)).readTables();
  expect(streamed).toEqual(await (await XlsxWorkbook.load(plain)).readTables());
  expect(streamed.find((t) => t.name === "JmpTactics")?.rows.length).toBeGreaterThan(0);
});

test("progress is reported per sheet read, and a file that is not a workbook is refused", async () => {
  const progress: [number, number][] = [];
  await (await StreamedTables.load(await samplePlanBytes())).readTables({ onProgress: (done, total) => progress.push([done, total]) });
  expect(progress.length).toBeGreaterThan(1);
  expect(progress[progress.length - 1][0]).toBe(progress[progress.length - 1][1]);
  await expect(StreamedTables.load(new TextEncoder().encode("Partner ID,Partner\n"))).rejects.toBeInstanceOf(UnreadableWorkbookError);
});
