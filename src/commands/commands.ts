/// <reference types="office-js" />
/**
 * Ribbon commands (ExecuteFunction). The add-in runs in a shared runtime: the task pane page
 * loads this entry too, so the functions are registered whether or not the pane was ever
 * shown, and a button runs without opening it. The commands use the page's one live plan: the
 * pane's entry makes it when Office is ready, or the first command run does.
 */
import { ExcelWorkbook } from "../workbook/excel/ExcelWorkbook";
import { officeExcelHost } from "../workbook/excel/officeHost";
import { sharedPlanStore } from "../workbook/live/sharedPlan";
import { checkPlan, refreshDashboard } from "./planCommands";
import type { CommandPlan, CommandWorkbook } from "./planCommands";

/** Runs a command and always tells Office it finished (a command left open blocks the button). */
async function runCommand(event: Office.AddinCommands.Event, command: (workbook: CommandWorkbook, plan: CommandPlan) => Promise<unknown>): Promise<void> {
  try {
    const workbook = new ExcelWorkbook(officeExcelHost());
    await command(workbook, sharedPlanStore(workbook));
  } catch (error) {
    // A ribbon command has no surface of its own; the console is where a failure can be read.
    console.error("JMP command failed", error);
  } finally {
    event.completed();
  }
}

// Outside Office (the page opened in a plain browser) there is nothing to register with.
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("checkPlan", (event: Office.AddinCommands.Event) => runCommand(event, checkPlan));
  Office.actions.associate("refreshDashboard", (event: Office.AddinCommands.Event) => runCommand(event, refreshDashboard));
}
