/**
 * Ad-hoc plan sheets as people keep them before they use the template: their own headers,
 * partner names instead of IDs, a totals row, a blank row, formulas and text that looks like a
 * formula. Shared by the mapping, adapter and pane tests.
 */
import type { CellValue, Workbook } from "exceljs";
import type { SheetValues } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

/** The header row of the Q3 sheet. */
export const Q3_HEADERS = ["Partner Name", "Solution Area", "Activity", "Type", "Start Date", "End Date", "Total Cost", "MDF $", "Approval", "Notes"];

/** Its data rows (the sample plan's partners by name; dates as ExcelJS delivers them). */
export const Q3_ROWS: unknown[][] = [
  ["Northwind Systems", "Zero Trust Security", "Autumn security roadshow", "Event", new Date(Date.UTC(2026, 8, 10)), new Date(Date.UTC(2026, 8, 12)), 24000, 12000, "Approved", "=confirmed by phone"],
  ["fabrikam solutions", "INI-CLOUD", "Cloud migration webinar series", "Webinar", new Date(Date.UTC(2026, 8, 1)), new Date(Date.UTC(2026, 9, 30)), 8000, 4000, "Submitted", "+2 speakers TBC"],
  ["Unknown Partner Ltd", "Cloud Migration Accelerator", "Trade show booth", "Trade show", new Date(Date.UTC(2026, 9, 5)), new Date(Date.UTC(2026, 9, 7)), "30,000", 15000, "Draft", "-"],
];

/** The sheet's values as a host reads them: header on row 1. */
export function q3Sheet(): SheetValues {
  return { headers: [...Q3_HEADERS], rows: Q3_ROWS.map((r) => [...r]), headerRow: 1 };
}

/** Name of the ad-hoc sheet in the test workbooks. */
export const Q3_SHEET = "Q3 requests";

/**
 * Writes the Q3 sheet into an ExcelJS workbook: header on row 2 from column B (row 1 left
 * empty), a blank row, a totals row with formulas, and a styled header.
 */
export function addQ3Sheet(workbook: Workbook): void {
  const sheet = workbook.addWorksheet(Q3_SHEET);
  sheet.getRow(2).values = ["", ...Q3_HEADERS];
  sheet.getRow(2).font = { bold: true };
  Q3_ROWS.forEach((row, i) => {
    sheet.getRow(3 + i).values = ["", ...row] as CellValue[];
  });
  // A blank row, then totals: neither may become a tactic.
  const totals = 3 + Q3_ROWS.length + 1;
  sheet.getCell(`B${totals}`).value = "Total";
  sheet.getCell(`H${totals}`).value = { formula: `SUM(H3:H${totals - 2})`, result: 32000 };
  sheet.getCell(`I${totals}`).value = { formula: `SUM(I3:I${totals - 2})`, result: 31000 };
  // A formula cell: its result is what gets copied.
  sheet.getCell("E3").value = { formula: 'IF(TRUE,"Event","")', result: "Event" };
}

let sampleWithQ3: Promise<Uint8Array> | undefined;

/** The bytes of the sample plan plus the Q3 sheet, built once per test file (the template is the slow part). */
function samplePlanWithQ3Bytes(): Promise<Uint8Array> {
  sampleWithQ3 ??= (async () => {
    const wb = XlsxWorkbook.create({ now: () => new Date(2026, 5, 1) });
    await wb.applyTemplate({ withSample: true });
    addQ3Sheet(wb.workbook);
    return new Uint8Array(await wb.toBuffer());
  })();
  return sampleWithQ3;
}

/** The sample plan (template with sample data) plus the Q3 sheet, as an xlsx workbook of its own. */
export async function samplePlanWithQ3(): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(await samplePlanWithQ3Bytes(), { now: () => new Date(2026, 5, 1) });
}
