/**
 * Rebuilds the generated sheets from an analysis: one sync to find where they go, the content
 * in as few syncs as the payload budget allows (calculation and screen updating suspended),
 * then one sync that recalculates (the links are formulas) and shows the sheet asked for.
 */
import type { Analysis } from "../../engine";
import { dashboardLayout, issueRows } from "../layout";
import { addDashboardCharts, CHART_CALLS } from "./dashboardCharts";
import { writeDashboard } from "./dashboardSheet";
import { DASHBOARD_KIND, freshSheet, ISSUES_KIND, planGeneratedSheets } from "./generatedSheets";
import { writeIssues } from "./issuesSheet";
import type { GeneratedSheet, WriteResultsOptions } from "../port";
import { WriteBatch } from "./payload";
import type { XlContext } from "./xlTypes";

/** What was written: the sheet names and the charts drawn. */
export interface WrittenResults {
  readonly sheets: Partial<Record<GeneratedSheet, string>>;
  readonly charts: readonly string[];
}

/** Writes the Dashboard and/or Issues sheets. */
export async function writeJmpResults(context: XlContext, analysis: Analysis, options: WriteResultsOptions & { budgetBytes: number }): Promise<WrittenResults> {
  const wanted = options.only ? [options.only] : (["dashboard", "issues"] as const);
  const plans = await planGeneratedSheets(context, wanted.map((w) => (w === "dashboard" ? DASHBOARD_KIND : ISSUES_KIND)));
  const batch = new WriteBatch(context, options.budgetBytes);
  const layout = dashboardLayout(analysis);
  const sheets: Partial<Record<GeneratedSheet, string>> = {};
  let charts: string[] = [];

  for (const [i, which] of wanted.entries()) {
    const plan = plans[i];
    // The sheet, its charts deleted, cleared (or added and marked).
    await batch.reserve(6 + (plan.charts?.length ?? 0), 256);
    const sheet = freshSheet(context, plan);
    sheets[which] = plan.name;
    if (which === "dashboard") {
      const placements = await writeDashboard(sheet, layout, batch);
      const right = Math.max(...layout.blocks.map((b) => b.header.length)) + 1;
      await batch.reserve(CHART_CALLS, 2048);
      charts = addDashboardCharts(sheet, placements, right);
    } else {
      await writeIssues(sheet, issueRows(analysis), layout.subtitle, batch);
    }
  }
  await batch.flush();

  context.application.calculate("Recalculate");
  const show = options.activate ? sheets[options.activate] : undefined;
  if (show) context.workbook.worksheets.getItem(show).activate();
  await context.sync();
  return { sheets, charts };
}
