/**
 * The pane's one service: the workbook it works on (the open Excel workbook, or an .xlsx file in
 * browser mode), the latest analysis from the engine, the task under way with its progress, and
 * the last problem. Views read its state through `usePlanState` and call its methods; none of
 * them touches a host. Tasks run one at a time, in the order asked, so a refresh asked during a
 * template upgrade reads the upgraded tables; between steps the session yields to the browser so
 * the progress bar paints and the pane stays responsive. In Excel the session reads through the
 * page's one live plan (shared with the functions and the ribbon commands), so an edit costs one
 * read whoever is listening.
 */
import { analyzerKeepingWork } from "../../workbook/live/analyzer";
import { holdsNoPlan } from "../../engine";
import type { Analysis } from "../../engine";
import { countFindings } from "../../model/findings";
import type { Finding } from "../../model/findings";
import type { RawTable } from "../../model/rawTable";
import type { PlanState } from "../../workbook/live/PlanStore";
import type { ApplyOptions, LiveWorkbook, MergeableWorkbook, WorkbookPort } from "../../workbook/port";
import { normalizeHeader, tableSpec } from "../../model/schema";
import type { TableName } from "../../model/schema";
import { plural } from "../format";
import { problemOf } from "./problems";
import type { TaskKind } from "./problems";
import type { FindingRow, PlanRead, SessionOptions, SessionState, SharedPlan, TaskControl, TaskOptions, TaskOutcome } from "./sessionState";
import { NO_PLAN_YET } from "./sessionState";

// The session's shapes live in `sessionState.ts`; the views import them from here, with the session.
export type { FindingRow, HostMode, PlanRead, SessionOptions, SessionState, SharedPlan, TaskControl, TaskOptions, TaskOutcome, TaskState } from "./sessionState";

/** True when the workbook can select cells and report edits (Excel). */
export function isLiveWorkbook(workbook: WorkbookPort | undefined): workbook is LiveWorkbook {
  const live = workbook as Partial<LiveWorkbook> | undefined;
  return typeof live?.select === "function" && typeof live.onTablesChanged === "function";
}

/** The session behind the pane. */
export class PlanSession {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private queuedRefresh: Promise<void> | undefined;
  private stopFollowing: (() => void) | undefined;
  private readonly analyzer: (tables: readonly RawTable[]) => Analysis;
  private readonly pause: () => Promise<void>;
  private readonly plan: SharedPlan | undefined;

  constructor(options: SessionOptions) {
    this.plan = options.plan;
    this.analyzer = options.analyzer ?? analyzerKeepingWork();
    this.pause = options.pause ?? (() => new Promise((resolve) => setTimeout(resolve, 0)));
    this.state = {
      mode: options.mode,
      workbook: options.workbook,
      fileName: undefined,
      analysis: undefined,
      tables: undefined,
      task: undefined,
      problem: undefined,
      followProblem: undefined,
      applied: undefined,
      resultsFrom: undefined,
      unsaved: false,
      notice: "",
    };
  }

  /** The current state (stable between changes, as `useSyncExternalStore` needs). */
  readonly getState = (): SessionState => this.state;

  /** Calls `listener` after every change; returns the function that stops it. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /**
   * Runs `work` after the tasks before it, showing `label` and its progress. A failure becomes
   * a problem in the outcome, never an exception for the caller, and the session's problem (the
   * status area's message bar) unless the caller shows it itself.
   */
  runTask<T>(kind: TaskKind, label: string, work: (task: TaskControl) => Promise<T>, options: TaskOptions = {}): Promise<TaskOutcome<T>> {
    const run = async (): Promise<TaskOutcome<T>> => {
      this.update({ task: { kind, label, done: 0, total: 0 }, problem: undefined });
      await this.pause();
      try {
        return { ok: true, value: await work(this.control()) };
      } catch (error) {
        const problem = problemOf(kind, error);
        if (!options.problemShownByCaller) this.update({ problem });
        return { ok: false, problem };
      } finally {
        this.update({ task: undefined });
      }
    };
    const result = this.queue.then(run);
    this.queue = result;
    return result;
  }

  /**
   * Reads the JMP tables and analyzes them. A refresh asked while another waits in the queue
   * joins it: a burst of edits costs one read.
   */
  refresh(): Promise<void> {
    if (this.queuedRefresh) return this.queuedRefresh;
    const refresh = this.runTask("read", "Reading the plan tables", async (task) => {
      this.queuedRefresh = undefined;
      await this.check(task);
    }).then(() => undefined);
    this.queuedRefresh = refresh;
    return refresh;
  }

  /**
   * The workbook was changed by an import (a partner pack merged, a tracker imported, a sheet
   * converted): the plan is checked again and its Dashboard and Issues sheets are rebuilt from
   * that check in the same task, as `jmp merge` and `jmp import` do, so a download (or the open
   * workbook) never carries sheets of the plan before it.
   */
  async changedWithResults(): Promise<void> {
    this.markChanged();
    await this.runTask("write", "Reading the plan tables", async (task) => {
      const analysis = await this.check(task);
      const workbook = this.state.workbook;
      if (!analysis || !workbook) return;
      task.step("Writing the Dashboard and Issues sheets");
      await workbook.writeResults(analysis);
      this.update({ resultsFrom: analysis });
    });
  }

  /** Creates or upgrades the template in the workbook, then checks the plan again. */
  async applyTemplate(options: ApplyOptions = {}): Promise<void> {
    const outcome = await this.runTask("apply", "Setting up the template", async () => {
      const workbook = this.state.workbook;
      if (!workbook) throw new Error("Open a workbook first.");
      return workbook.applyTemplate(options);
    });
    if (!outcome.ok) return;
    this.update({ applied: outcome.value, unsaved: this.state.mode === "browser", notice: "Template set up." });
    this.plan?.invalidate();
    await this.refresh();
  }

  /** Rebuilds the Dashboard and Issues sheets from the latest analysis. */
  async writeResults(): Promise<void> {
    await this.runTask("write", "Writing the Dashboard and Issues sheets", async () => {
      const { workbook, analysis } = this.state;
      if (!workbook || !analysis) throw new Error("The plan has not been read yet.");
      await workbook.writeResults(analysis);
      this.update({ resultsFrom: analysis, unsaved: this.state.mode === "browser", notice: "Dashboard and Issues sheets refreshed." });
    });
  }

  /**
   * Points at a finding: in Excel its cell is selected ("selected"); elsewhere the caller shows
   * the row ("detail").
   */
  async select(finding: Finding): Promise<"selected" | "detail"> {
    const workbook = this.state.workbook;
    if (!isLiveWorkbook(workbook)) return "detail";
    try {
      await workbook.select(finding);
      return "selected";
    } catch (error) {
      this.update({ problem: problemOf("select", error) });
      return "detail";
    }
  }

  /** The row a finding points at, from the tables last read (browser mode). */
  rowOf(finding: Finding): FindingRow | undefined {
    const table = this.state.tables?.find((t) => t.name === finding.table);
    if (!table || finding.row === null) return undefined;
    const values = table.rows[finding.row - table.headerRow - 1];
    if (!values) return undefined;
    const headers = table.headers.map((h, i) => (h === null || h === undefined || String(h).trim() === "" ? `Column ${i + 1}` : String(h)));
    const spec = tableSpec(finding.table);
    // A header the table has twice is read from its first column only (S03): the rest stay read-only.
    const taken = new Set<string>();
    const columns = table.headers.map((h) => {
      const column = spec?.columns.find((c) => normalizeHeader(c.header) === normalizeHeader(h));
      if (!column || taken.has(column.key)) return undefined;
      taken.add(column.key);
      return column;
    });
    return { table: finding.table as TableName, row: finding.row, headers, values, columns };
  }

  /** True when the workbook's cells can be edited from the pane (browser mode on an .xlsx). */
  get canEditRows(): boolean {
    const workbook = this.state.workbook;
    return this.state.mode === "browser" && workbook !== undefined && typeof (workbook as Partial<MergeableWorkbook>).applyMerge === "function";
  }

  /**
   * Writes cells of one plan row (values by template column key) through the port, then marks
   * the workbook changed and checks the plan again. Only the cells given are written.
   * `rowCurrency` is the currency of the row's amounts: a money cell written on a row of a
   * partner in another currency takes that currency's format, as a merged pack's cells do.
   * A refused save is the outcome's problem, for the form to show beside the row (not at the
   * top of the pane, far above the form the user is looking at).
   */
  async editRow(table: TableName, row: number, values: ReadonlyMap<string, unknown>, rowCurrency?: string): Promise<TaskOutcome<void>> {
    if (values.size === 0) return { ok: true, value: undefined };
    const outcome = await this.runTask("edit", "Saving the row", async () => {
      const workbook = this.state.workbook as Partial<MergeableWorkbook> | undefined;
      if (!workbook?.applyMerge) throw new Error("This workbook cannot be edited from the pane.");
      const cellWrites = [...values].map(([column, value]) => ({ table, row, column, value }));
      await workbook.applyMerge({ added: [], changed: [], conflicts: [], refused: [], kept: [], cellWrites, rowAppends: [] }, this.state.analysis?.plan.settings.currency.code, rowCurrency);
    }, { problemShownByCaller: true });
    if (!outcome.ok) return outcome;
    this.update({ notice: `Row ${row} saved.` });
    await this.changed();
    return outcome;
  }

  /**
   * Switches to another workbook (browser mode: a file opened or made) and checks it, or shows
   * `read` when its plan was read and analysed already.
   */
  attach(workbook: WorkbookPort, fileName: string, options: { readonly unsaved?: boolean; readonly read?: PlanRead } = {}): Promise<void> {
    this.update({ workbook, fileName, analysis: undefined, tables: undefined, applied: undefined, resultsFrom: undefined, unsaved: options.unsaved ?? false });
    if (!options.read) return this.refresh();
    this.showAnalysis(options.read.analysis, options.read.tables);
    return Promise.resolve();
  }

  /**
   * The workbook was changed by a row saved from the fix-it form or an import that did not
   * finish: browser mode marks it for download, and the plan is checked again (its Dashboard and
   * Issues stay as written until the next import, merge or template run, as a cell typed in
   * Excel leaves them).
   */
  changed(): Promise<void> {
    this.markChanged();
    return this.refresh();
  }

  /** The workbook changed under the session: browser mode marks it for download, the live plan reads again. */
  private markChanged(): void {
    if (this.state.mode === "browser") this.update({ unsaved: true });
    this.plan?.invalidate();
  }

  /** Browser mode: the workbook was downloaded as it is now. */
  markSaved(): void {
    this.update({ unsaved: false, notice: `${this.state.fileName ?? "The workbook"} downloaded.` });
  }

  /** Clears the problem shown. */
  dismissProblem(): void {
    this.update({ problem: undefined });
  }

  /** Clears the note that edits are not followed. */
  dismissFollowProblem(): void {
    this.update({ followProblem: undefined });
  }

  /** Re-checks the plan whenever the JMP tables change (Excel). Resolves once listening. */
  async follow(): Promise<void> {
    const workbook = this.state.workbook;
    if (!isLiveWorkbook(workbook) || this.stopFollowing) return;
    const plan = this.plan;
    try {
      if (plan) {
        // Subscribed even if the listener is refused: the shared plan still delivers what it reads.
        this.stopFollowing = plan.subscribe((state) => this.received(state));
        await plan.start();
      } else {
        this.stopFollowing = await workbook.onTablesChanged(() => void this.refresh());
      }
    } catch (error) {
      const cause = problemOf("read", error);
      this.update({ followProblem: { title: "The pane cannot follow edits", message: cause.message, next: "Press Check again after you edit the plan." } });
    }
  }

  /** Stops following edits. */
  dispose(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.listeners.clear();
  }

  /** Reads the plan (through the live plan in Excel) and shows its analysis; undefined without a workbook. */
  private async check(task: TaskControl): Promise<Analysis | undefined> {
    if (this.plan) {
      // Not following edits, the cached analysis may be stale: the user asked for a fresh read.
      if (!this.plan.isFollowing) this.plan.invalidate();
      const analysis = await this.plan.analysis();
      this.showAnalysis(analysis, undefined);
      return analysis;
    }
    const workbook = this.state.workbook;
    if (!workbook) return undefined;
    const tables = await workbook.readTables({ onProgress: (done, total) => task.progress(done, total) });
    task.step("Checking the plan");
    await this.pause();
    const analysis = this.analyzer(tables);
    // Excel selects the cell itself; only browser mode shows rows, so only it keeps them.
    this.showAnalysis(analysis, this.state.mode === "browser" ? tables : undefined);
    return analysis;
  }

  /** A new analysis of the plan: shown, with its counts for the live region. */
  private showAnalysis(analysis: Analysis, tables: readonly RawTable[] | undefined): void {
    if (analysis === this.state.analysis) return;
    const counts = countFindings(analysis.findings);
    const notice = holdsNoPlan(analysis) ? NO_PLAN_YET : `Plan checked: ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}.`;
    this.update({ analysis, tables, notice });
  }

  /** What the live plan delivered after an edit (or its read's failure). */
  private received(state: PlanState): void {
    if (state.ok) this.showAnalysis(state.analysis, undefined);
    else this.update({ problem: problemOf("read", new Error(state.reason)) });
  }

  private control(): TaskControl {
    return {
      progress: (done, total) => {
        const task = this.state.task;
        if (!task) return;
        // One update per percent: a read of 500,000 rows must not re-render the pane per chunk.
        const step = (n: number, of: number): number => (of > 0 ? Math.floor((n / of) * 100) : -1);
        if (task.total === total && step(task.done, total) === step(done, total)) return;
        this.update({ task: { ...task, done, total } });
      },
      step: (label) => {
        const task = this.state.task;
        if (task) this.update({ task: { ...task, label, done: 0, total: 0 } });
      },
    };
  }

  private update(change: Partial<SessionState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of [...this.listeners]) listener();
  }
}
