/**
 * The built-in sample tracker (`model/sample/sampleTracker.ts`) as an .xlsx workbook: the
 * sheet a new user would bring, for the demo, the README and the browser tests.
 */
import { dateFromDay, dayFromText } from "../../model/dates";
import { SAMPLE_TRACKER_MERGES, SAMPLE_TRACKER_ROWS, SAMPLE_TRACKER_SHEET } from "../../model/sample/sampleTracker";
import type { TrackerCell } from "../../model/sample/sampleTracker";
import { XlsxWorkbook } from "./XlsxWorkbook";

/** Header row (1-based) of the sample: bold, as a user formats it. */
const HEADER_ROWS = [3, 4];

function cellValue(cell: TrackerCell): string | number | Date | null {
  if (cell === null || typeof cell !== "object") return cell;
  const day = dayFromText(cell.date);
  return day === undefined ? cell.date : dateFromDay(day);
}

/** A new workbook holding the sample tracker sheet only. */
export function sampleTrackerWorkbook(): XlsxWorkbook {
  const tracker = XlsxWorkbook.create();
  const sheet = tracker.workbook.addWorksheet(SAMPLE_TRACKER_SHEET);
  SAMPLE_TRACKER_ROWS.forEach((row, r) =>
    row.forEach((cell, c) => {
      const value = cellValue(cell);
      if (value === null) return;
      const target = sheet.getCell(r + 1, c + 1);
      target.value = value;
      if (value instanceof Date) target.numFmt = "d mmm yyyy";
    }),
  );
  for (const range of SAMPLE_TRACKER_MERGES) sheet.mergeCells(range);
  for (const r of HEADER_ROWS) sheet.getRow(r).font = { bold: true };
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.columns.forEach((column, i) => (column.width = i === 2 ? 30 : 16));
  return tracker;
}
