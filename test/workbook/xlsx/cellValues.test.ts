/**
 * Values written into cells are plain values: text that looks like a formula stays text (SPEC
 * section 8), formula objects from another file are reduced to their result.
 */
import { Workbook } from "exceljs";
import { readCellValue, toCellValue } from "../../../src/workbook/xlsx/cellValues";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { partText } from "./zipFiles";

const LOOKS_LIKE_FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)", "=cmd|' /C calc'!A0"];

test("text starting with =, +, - or @ is written as text and reads back unchanged", async () => {
  const wb = new Workbook();
  const sheet = wb.addWorksheet("Imported");
  LOOKS_LIKE_FORMULAS.forEach((text, i) => {
    sheet.getCell(i + 1, 1).value = toCellValue(text);
  });
  sheet.getCell("B1").value = toCellValue({ formula: "WEBSERVICE(\"http://evil.example\")", result: "cached" });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const xml = partText(bytes, "xl/worksheets/sheet1.xml");
  expect(xml).not.toMatch(/<f>|<f /);
  const back = await XlsxWorkbook.load(bytes);
  const readSheet = back.workbook.getWorksheet("Imported");
  expect(LOOKS_LIKE_FORMULAS.map((_, i) => readSheet?.getCell(i + 1, 1).value)).toEqual(LOOKS_LIKE_FORMULAS);
  expect(readSheet?.getCell("B1").value).toBe("cached");
});

test("values of every shape become plain cell values", () => {
  const date = new Date(Date.UTC(2026, 1, 3));
  expect(toCellValue(12.5)).toBe(12.5);
  expect(toCellValue(Number.NaN)).toBeNull();
  expect(toCellValue(date)).toEqual(date);
  expect(toCellValue(new Date(Number.NaN))).toBeNull();
  expect(toCellValue({ richText: [{ text: "a" }, { text: "b" }] })).toBe("ab");
  expect(toCellValue({ text: "site", hyperlink: "https://example.com" })).toBe("site");
  expect(toCellValue({ error: "#N/A" })).toEqual({ error: "#N/A" });
  expect(toCellValue({ error: "#SPILL!" })).toBe("#SPILL!");
  expect(toCellValue({ sharedFormula: "A1", result: 4 })).toBe(4);
  expect(toCellValue({ something: "else" })).toBeNull();
  expect(toCellValue(undefined)).toBeNull();
});

test("reading passes unexpected shapes on for the engine to report", () => {
  const odd = { checkbox: true };
  expect(readCellValue(odd)).toBe(odd);
  expect(readCellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toEqual({ error: "#DIV/0!" });
  expect(readCellValue({ text: { richText: [{ text: "x" }] }, hyperlink: "h" })).toBe("x");
});
