/**
 * Rebuilds the generated Dashboard and Issues sheets of an ExcelJS workbook from an analysis.
 * Only sheets the tool generated before (recognised by their marker, see `resultsPlacement`) are
 * replaced, at the same tab position; every other sheet is left exactly as it was.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { Analysis } from "../../engine";
import { dashboardLayout, issueRows } from "../layout";
import type { GeneratedSheet, WriteResultsOptions } from "../port";
import { writeDashboard } from "./resultsDashboard";
import { writeIssues } from "./resultsIssues";
import { DASHBOARD_SHEET, findGeneratedSheet, freshGeneratedSheet, ISSUES_SHEET } from "./resultsPlacement";
import { numberFormats } from "./resultsStyle";

/** How generated sheets are named and recognised, for adapters and tests that look for them. */
export { DASHBOARD_SHEET, findGeneratedSheet, ISSUES_SHEET } from "./resultsPlacement";

/** Makes `sheet` the one the workbook opens on. */
function activate(workbook: Workbook, sheet: Worksheet): void {
  const view = workbook.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: "visible" };
  workbook.views = [{ ...view, activeTab: workbook.worksheets.indexOf(sheet) }];
}

/**
 * Writes (or rewrites) the Dashboard and Issues sheets for `analysis`; `options.only` writes one
 * of them, `options.activate` makes the workbook open on one.
 */
export async function writeResults(workbook: Workbook, analysis: Analysis, options: WriteResultsOptions = {}): Promise<void> {
  const wanted = (which: GeneratedSheet): boolean => options.only === undefined || options.only === which;
  const layout = dashboardLayout(analysis);
  const written: Partial<Record<GeneratedSheet, Worksheet>> = {};
  if (wanted("dashboard")) {
    written.dashboard = freshGeneratedSheet(workbook, DASHBOARD_SHEET);
    writeDashboard(written.dashboard, layout, numberFormats(analysis.plan.settings.currency));
  }
  if (wanted("issues")) {
    written.issues = freshGeneratedSheet(workbook, ISSUES_SHEET);
    writeIssues(written.issues, issueRows(analysis), layout.subtitle);
  }
  const shown = options.activate === undefined ? undefined : (written[options.activate] ?? findGeneratedSheet(workbook, options.activate === "dashboard" ? DASHBOARD_SHEET : ISSUES_SHEET));
  if (shown) activate(workbook, shown);
}
