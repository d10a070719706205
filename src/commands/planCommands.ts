/**
 * What the ribbon buttons do, host-neutral: "Check plan" analyzes the plan and rebuilds the
 * Issues sheet, showing it with the error and warning counts in its subtitle; "Refresh
 * dashboard" rebuilds both generated sheets and shows the Dashboard. Both run without the task
 * pane, through the workbook port and the page's live plan: the analysis is the one the
 * functions and the pane already share, read again only when the plan changed since.
 */
import { countFindings } from "../model/findings";
import type { FindingCounts } from "../model/findings";
import type { Analysis } from "../engine";
import type { WorkbookPort } from "../workbook/port";

/** The part of the workbook the commands use. */
export type CommandWorkbook = Pick<WorkbookPort, "writeResults">;

/** The part of the live plan (`PlanStore`) the commands use. */
export interface CommandPlan {
  readonly isFollowing: boolean;
  analysis(): Promise<Analysis>;
  invalidate(): void;
}

/** The current analysis; read afresh when the plan does not follow edits (its cache may be stale). */
function currentAnalysis(plan: CommandPlan): Promise<Analysis> {
  if (!plan.isFollowing) plan.invalidate();
  return plan.analysis();
}

/** Checks the plan: the Issues sheet rebuilt and shown; returns the counts it shows. */
export async function checkPlan(workbook: CommandWorkbook, plan: CommandPlan): Promise<FindingCounts> {
  const analysis = await currentAnalysis(plan);
  await workbook.writeResults(analysis, { only: "issues", activate: "issues" });
  return countFindings(analysis.findings);
}

/** Refreshes the Dashboard and Issues sheets and shows the Dashboard. */
export async function refreshDashboard(workbook: CommandWorkbook, plan: CommandPlan): Promise<FindingCounts> {
  const analysis = await currentAnalysis(plan);
  await workbook.writeResults(analysis, { activate: "dashboard" });
  return countFindings(analysis.findings);
}
