/**
 * The tracker the pane tests import, the way a channel manager keeps one: a "Read me" sheet
 * first, then the activity sheet under a title and a note, a header on row 4 whose "Event Budget
 * (est)" the importer reads with low confidence and whose "Business Impact" (the revenue the
 * activity closed) it does not read as revenue, one partner spelled two ways, no claim status column, a
 * notes column, and a Total row of SUM formulas. The figures below are computed by hand.
 */
import ExcelJS from "exceljs";
import { dayFromDate, serialFromDay } from "../../src/model/dates";
import { bold, d, sum, widen, writeRows } from "../import/trackerKit";
import type { Cell } from "../import/trackerKit";

/** The activity sheet's name. */
export const TRACKER_SHEET = "FY26 MDF";
/** Sheet row of the header. */
export const HEADER_ROW = 4;

/** The header (sheet row 4). */
export const HEADER = ["Partner", "Activity", "Program", "Type", "Start", "End", "Event Budget (est)", "Requested", "Approved", "Status", "Claimed", "Paid On", "Business Impact", "Pipeline", "Notes"];

/** Activity rows, sheet rows 5 to 10. */
export const ROWS: Cell[][] = [
  ["Northwind Traders", "Cloud webinar", "Cloud", "Webinar", d("2026-02-10"), d("2026-02-10"), 10000, 5000, 5000, "Done", 5000, d("2026-03-20"), 60000, 150000, null],
  ["northwind traders.", "Spring email nurture", "Cloud", "Email", d("2026-03-01"), d("2026-03-31"), 6000, 3000, 3000, "Approved", 2500, null, null, 40000, "claim sent 2 Apr"],
  ["Fabrikam Inc", "Security roadshow", "Security", "Event", d("2026-04-14"), d("2026-04-16"), 24000, 12000, 10000, "Approved", null, null, null, null, null],
  ["Fabrikam Inc", "RSA booth", "Security", "Trade show", d("2026-05-04"), d("2026-05-07"), 40000, 20000, 20000, "Done", 18000, d("2026-06-15"), 120000, 300000, null],
  ["Litware LLC", "Migration workshop", "Cloud", "Training", d("2026-03-18"), d("2026-03-19"), 8000, 4000, null, "Rejected", null, null, null, null, "declined by vendor"],
  ["Litware LLC", "Zero trust telemarketing", "Security", "Telemarketing", d("2026-06-01"), d("2026-06-30"), 9000, 4500, 4500, "Approved", 4500, null, null, 25000, null],
];

/** Sheet row 11: budget 97000, requested 48500, approved 42500, claimed 30000, won 180000, pipeline 515000. */
const TOTAL: Cell[] = ["Total", null, null, null, null, null, sum("G", 5, 10, 97000), sum("H", 5, 10, 48500), sum("I", 5, 10, 42500), null, sum("K", 5, 10, 30000), null, sum("M", 5, 10, 180000), sum("N", 5, 10, 515000), null];

/** Every row of the activity sheet from row 1. */
export const SHEET_ROWS: readonly (readonly Cell[])[] = [["Contoso channel MDF tracker FY26"], ["Kept by channel ops; amounts in USD"], [], HEADER, ...ROWS, TOTAL];

/** The plan's figures once the user has "Business Impact" imported as Revenue. */
export const EXPECTED = {
  partners: 3,
  tactics: 6,
  // Approved tactics (all but the Rejected workshop): 5000 + 3000 + 12000 + 20000 + 4500.
  requested: 44500,
  // Approved above zero: 5000 + 3000 + 10000 + 20000 + 4500.
  authorized: 42500,
  // No claim status column: a claim with Paid On is Paid (5000 + 18000), the others Submitted, which do not count.
  spend: 23000,
  paid: 23000,
  // Business Impact: 60000 + 120000.
  revenue: 180000,
  // 150000 + 40000 + 300000 + 25000.
  pipeline: 515000,
  // (180000 - 23000) / 23000 = 6.826...
  roi: "682.6%",
} as const;

/** The tracker workbook: a "Read me" sheet, then the activity sheet. */
export function trackerWorkbook(rows: readonly (readonly Cell[])[] = SHEET_ROWS): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  writeRows(wb.addWorksheet("Read me"), [["How to use this tracker"], ["One row per activity on the FY26 MDF sheet."]]);
  const ws = wb.addWorksheet(TRACKER_SHEET);
  writeRows(ws, rows);
  bold(ws, HEADER_ROW);
  bold(ws, rows.length);
  widen(ws, HEADER.length);
  return wb;
}

/** A cell as Excel stores it: dates as serial numbers, a formula as its cached result. */
export function storedCell(cell: Cell): unknown {
  if (cell instanceof Date) return serialFromDay(dayFromDate(cell) as number);
  if (cell !== null && typeof cell === "object") return cell.result;
  return cell;
}
