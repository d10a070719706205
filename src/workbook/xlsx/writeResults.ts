/**
 * Rebuilds the generated Dashboard and Issues sheets of an ExcelJS workbook from an analysis.
 * Only sheets the tool generated before (recognised by their marker, see `resultsPlacement`) are
 * replaced, at the same tab position; every other sheet is left exactly as it was.
 */
import type { Workbook } from "exceljs";
import type { Analysis } from "../../engine";
import { dashboardLayout, issueRows } from "../layout";
import { writeDashboard } from "./resultsDashboard";
import { writeIssues } from "./resultsIssues";
import { DASHBOARD_SHEET, freshGeneratedSheet, ISSUES_SHEET } from "./resultsPlacement";
import { numberFormats } from "./resultsStyle";

/** How generated sheets are named and recognised, for adapters and tests that look for them. */
export { DASHBOARD_SHEET, findGeneratedSheet, ISSUES_SHEET } from "./resultsPlacement";

/** Writes (or rewrites) the Dashboard and Issues sheets for `analysis`. */
export async function writeResults(workbook: Workbook, analysis: Analysis): Promise<void> {
  const layout = dashboardLayout(analysis);
  const formats = numberFormats(analysis.plan.settings.currency);
  writeDashboard(freshGeneratedSheet(workbook, DASHBOARD_SHEET), layout, formats);
  writeIssues(freshGeneratedSheet(workbook, ISSUES_SHEET), issueRows(analysis), layout.subtitle);
}
