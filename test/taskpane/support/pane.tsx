/**
 * Builds panes for the view tests: a session over the Excel fake seeded with the sample plan
 * (or any tables), already checked, rendered inside the one FluentProvider like the real pane;
 * and the accessibility check every view goes through.
 */
import { act, render, screen, waitFor } from "@testing-library/react";
import type { RenderResult } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { UserEvent } from "@testing-library/user-event";
import axe from "axe-core";
import { samplePlanTables } from "../../../src/model/sample/samplePlan";
import type { RawTable } from "../../../src/model/rawTable";
import type { ViewKey } from "../../../src/taskpane/App";
import { BrowserFiles } from "../../../src/taskpane/browser/BrowserFiles";
import { XLSX_TYPE } from "../../../src/taskpane/browser/fileIo";
import type { BrowserFilesOptions } from "../../../src/taskpane/browser/BrowserFiles";
import { PaneRoot } from "../../../src/taskpane/PaneRoot";
import { PlanSession } from "../../../src/taskpane/session/PlanSession";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import * as xlsxModule from "../../../src/workbook/xlsx/fileWorkbooks";
import { createFakeExcel } from "../../fakes/fakeExcel";
import type { FakeExcel } from "../../fakes/fakeExcel";

/** A pane inside Excel (the fake) with its parts. */
export interface ExcelPane extends RenderResult {
  readonly excel: FakeExcel;
  readonly workbook: ExcelWorkbook;
  readonly session: PlanSession;
}

/** Renders the pane in Excel mode on `tables` (default: the sample plan), checked once. */
export async function excelPane(options: { readonly tables?: readonly RawTable[]; readonly view?: ViewKey; readonly dark?: boolean } = {}): Promise<ExcelPane> {
  const excel = createFakeExcel({ tables: options.tables ?? samplePlanTables() });
  const workbook = new ExcelWorkbook(excel.host, { debounceMs: 5, now: () => new Date(Date.UTC(2026, 0, 15)) });
  const session = new PlanSession({ mode: "excel", workbook });
  await session.refresh();
  const view = render(<PaneRoot services={{ session }} initialView={options.view} dark={options.dark ?? false} />);
  // The Set up view's import and convert parts list the sheets when they appear; let them finish.
  await waitFor(() => expect(screen.queryByText("Looking for sheets to convert…")).toBeNull());
  await waitFor(() => expect(screen.queryByText("Looking for a tracker…")).toBeNull());
  return { ...view, excel, workbook, session };
}

/** A pane in browser mode with no file open; downloads land in `saved`. */
export interface BrowserPane extends RenderResult {
  readonly session: PlanSession;
  readonly files: BrowserFiles;
  readonly saved: { readonly blob: Blob; readonly name: string }[];
}

/** Renders the pane in browser mode; the xlsx adapter comes in directly, as the build's chunk would. */
export function browserPane(options: { readonly view?: ViewKey; readonly files?: BrowserFilesOptions } = {}): BrowserPane {
  const session = new PlanSession({ mode: "browser" });
  const saved: { blob: Blob; name: string }[] = [];
  const files = new BrowserFiles(session, {
    loadXlsx: () => Promise.resolve(xlsxModule),
    save: (blob, name) => saved.push({ blob, name }),
    ...options.files,
  });
  const view = render(<PaneRoot services={{ session, files }} initialView={options.view} dark={false} />);
  return { ...view, session, files, saved };
}

/** A browser-mode pane on the Check view (or `view`) with the sample plan loaded through the file bar's menu. */
export async function sampleInBrowser(view: ViewKey = "check"): Promise<{ readonly user: UserEvent; readonly pane: BrowserPane }> {
  const user = userEvent.setup();
  const pane = browserPane({ view });
  await chooseFileAction(user, "Load sample");
  await settled(pane.session);
  return { user, pane };
}

/** A browser-mode pane on `view` with the workbook `bytes` opened as `name`. */
export async function openedInBrowser(bytes: Uint8Array, name: string, view: ViewKey = "check"): Promise<{ readonly user: UserEvent; readonly pane: BrowserPane }> {
  const user = userEvent.setup();
  const pane = browserPane({ view });
  const file = new File([bytes as BlobPart], name, { type: XLSX_TYPE });
  await act(() => pane.files.open(file));
  await settled(pane.session);
  return { user, pane };
}

/** Waits until the session has no task running (React updates flushed). */
export async function settled(session: PlanSession): Promise<void> {
  // A task asked for synchronously (a dropped file) starts on the next turn.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  // No deadline of its own: a slow machine waits longer, the test's timeout is the one limit.
  while (session.getState().task) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  await act(() => Promise.resolve());
}

/** Violations of serious or critical impact that axe-core finds in `root`, as readable lines. */
export async function seriousViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { resultTypes: ["violations"] });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Chooses an action of the file bar's menu ("Load sample", "New plan"). */
export async function chooseFileAction(user: UserEvent, action: "Load sample" | "New plan"): Promise<void> {
  await user.click(screen.getByRole("button", { name: "More file actions" }));
  await user.click(await screen.findByRole("menuitem", { name: action }));
}
