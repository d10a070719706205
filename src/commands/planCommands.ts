/**
 * What the ribbon buttons do, host-neutral: "Check plan" reads the plan, analyzes it and
 * rebuilds the Issues sheet, showing it with the error and warning counts in its subtitle;
 * "Refresh dashboard" rebuilds both generated sheets and shows the Dashboard. Both run without
 * the task pane, through the workbook port and the engine.
 */
import { analyze } from "../engine";
import { countFindings } from "../model/findings";
import type { FindingCounts } from "../model/findings";
import type { RawTable } from "../model/rawTable";
import type { Analysis } from "../engine";
import type { WriteResultsOptions } from "../workbook/excel/writeResults";

/** The part of the Excel workbook the commands use. */
export interface CommandWorkbook {
  readTables(): Promise<RawTable[]>;
  writeResults(analysis: Analysis, options: WriteResultsOptions): Promise<void>;
}

/** Checks the plan: the Issues sheet rebuilt and shown; returns the counts it shows. */
export async function checkPlan(workbook: CommandWorkbook): Promise<FindingCounts> {
  const analysis = analyze(await workbook.readTables());
  await workbook.writeResults(analysis, { only: "issues", activate: "issues" });
  return countFindings(analysis.findings);
}

/** Refreshes the Dashboard and Issues sheets and shows the Dashboard. */
export async function refreshDashboard(workbook: CommandWorkbook): Promise<FindingCounts> {
  const analysis = analyze(await workbook.readTables());
  await workbook.writeResults(analysis, { activate: "dashboard" });
  return countFindings(analysis.findings);
}
