/**
 * A plan saved after ExcelJS read it keeps one data validation per rule, over the cells it had:
 * ExcelJS wrote a column validated from B2 to B55 as two rules over B10:B55 and B2:B55.
 */
import fc from "fast-check";
import { disjointRanges, mergedValidations } from "../../../src/workbook/xlsx/splice/validationRanges";
import type { CellRange } from "../../../src/workbook/xlsx/a1";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { samplePlanBytes } from "../../packs/packHelpers";
import { unzip } from "./zipFiles";

function cells(ranges: readonly CellRange[]): string[] {
  const out = new Set<string>();
  for (const r of ranges) for (let row = r.top; row <= r.bottom; row++) for (let c = r.left; c <= r.right; c++) out.add(`${row}:${c}`);
  return [...out].sort();
}

const range = fc.record({ top: fc.integer({ min: 1, max: 30 }), left: fc.integer({ min: 1, max: 6 }), rows: fc.integer({ min: 0, max: 20 }), columns: fc.integer({ min: 0, max: 3 }) }).map(({ top, left, rows, columns }) => ({ top, left, bottom: top + rows, right: left + columns }));

test("disjoint ranges cover the cells the ranges cover, each once", () => {
  fc.assert(
    fc.property(fc.array(range, { minLength: 1, maxLength: 6 }), (ranges) => {
      const out = disjointRanges(ranges);
      expect(cells(out)).toEqual(cells(ranges));
      expect(out.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0)).toBe(cells(ranges).length);
    }),
  );
});

test("rules that differ only by range become one; other rules stay as they were", () => {
  const rule = (sqref: string, error = "Not an ID") => `<dataValidation type="list" allowBlank="1" error="${error}" sqref="${sqref}"><formula1>INDIRECT(&quot;JmpTactics[Tactic ID]&quot;)</formula1></dataValidation>`;
  const xml = `<worksheet><sheetData/><dataValidations count="3">${rule("B10:B55")}${rule("B2:B55")}${rule("F2:F55", "Choose")}</dataValidations><pageMargins/></worksheet>`;
  expect(mergedValidations(xml)).toBe(`<worksheet><sheetData/><dataValidations count="2">${rule("B2:B55")}${rule("F2:F55", "Choose")}</dataValidations><pageMargins/></worksheet>`);
  const clean = `<worksheet><dataValidations count="1">${rule("B2:B55")}</dataValidations></worksheet>`;
  expect(mergedValidations(clean)).toBe(clean);
});

test("the sample plan read and saved keeps each validation once, over the ranges it had", async () => {
  const bytes = await samplePlanBytes();
  const rules = (file: Uint8Array) =>
    [...unzip(file)]
      .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .flatMap(([name, text]) => [...text.toString("utf8").matchAll(/<dataValidation\b[^>]*sqref="([^"]+)"/g)].map((m) => `${name} ${m[1]}`))
      .sort();
  expect(rules(await (await XlsxWorkbook.load(bytes)).toBuffer())).toEqual(rules(bytes));
});
