/**
 * A workbook moves between the CLI (xlsx adapter) and Excel (this adapter): both must find the
 * generated sheets and the template version the other wrote.
 */
import { DASHBOARD_KIND, ISSUES_KIND, quoteSheetName, sheetOfReference } from "../../../src/workbook/excel/generatedSheets";
import { VERSION_NAME, VERSION_SHEET } from "../../../src/workbook/excel/templateVersion";
import * as xlsxPlacement from "../../../src/workbook/xlsx/resultsPlacement";
import * as xlsxVersion from "../../../src/workbook/xlsx/templateVersion";

test("both hosts mark the generated sheets and store the template version under the same names", () => {
  expect(DASHBOARD_KIND).toEqual(xlsxPlacement.DASHBOARD_SHEET);
  expect(ISSUES_KIND).toEqual(xlsxPlacement.ISSUES_SHEET);
  expect([VERSION_NAME, VERSION_SHEET]).toEqual([xlsxVersion.VERSION_NAME, xlsxVersion.VERSION_SHEET]);
});

test("sheet references are quoted and read back alike", () => {
  for (const name of ["Dashboard", "Joint Plan", "O'Brien's plan", "JMP Issues 2"]) {
    expect(quoteSheetName(name)).toBe(xlsxPlacement.quoteSheetName(name));
    expect(sheetOfReference(`=${quoteSheetName(name)}!$A$1`)).toBe(name);
  }
  expect(sheetOfReference("=Issues!$A$1")).toBe("Issues");
  expect(sheetOfReference("=#REF!")).toBe("#REF");
});
