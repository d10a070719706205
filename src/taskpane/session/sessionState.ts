/**
 * What a plan session shows and is built from: its state (replaced, never mutated, on every
 * change), its tasks' progress and outcome, the row a finding points at, and the collaborators
 * a session is given (`PlanSession.ts` holds the behaviour).
 */
import type { Analysis } from "../../engine";
import type { RawTable } from "../../model/rawTable";
import type { ColumnSpec, TableName } from "../../model/schema";
import type { PlanState } from "../../workbook/live/PlanStore";
import type { ApplyResult, WorkbookPort } from "../../workbook/port";
import type { Problem, TaskKind } from "./problems";

/** Where the pane runs: inside Excel, or in a plain browser on a file. */
export type HostMode = "excel" | "browser";

/**
 * What the pane says of a workbook holding none of the JMP tables (a tracker, an empty book):
 * its ten "missing table" findings say nothing a user can act on but this.
 */
export const NO_PLAN_YET = "No plan in this workbook yet: set up the template or import a tracker under Set up.";

/** The task under way. `total` 0 means the amount of work is not known yet. */
export interface TaskState {
  readonly kind: TaskKind;
  readonly label: string;
  readonly done: number;
  readonly total: number;
}

/** Everything the views show. Replaced, never mutated, on every change. */
export interface SessionState {
  readonly mode: HostMode;
  readonly workbook: WorkbookPort | undefined;
  /** The file's name in browser mode. */
  readonly fileName: string | undefined;
  readonly analysis: Analysis | undefined;
  /** The raw tables of the analysis, kept in browser mode for the finding detail. */
  readonly tables: readonly RawTable[] | undefined;
  readonly task: TaskState | undefined;
  readonly problem: Problem | undefined;
  /** Why edits are not followed (Excel refused the change listener); stays until dismissed. */
  readonly followProblem: Problem | undefined;
  /** What the last template set-up added. */
  readonly applied: ApplyResult | undefined;
  /** The analysis the Dashboard and Issues sheets were last written from. */
  readonly resultsFrom: Analysis | undefined;
  /** Browser mode: the workbook changed since it was opened or downloaded. */
  readonly unsaved: boolean;
  /** The last finished task in words, for the screen-reader live region. */
  readonly notice: string;
}

/** How a task ended; a failure carries the problem shown for it. */
export type TaskOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

/** How a task reports its failure. */
export interface TaskOptions {
  /**
   * The caller shows the problem itself, where the user is looking (the fix-it form beside the
   * row being saved), so the status area at the top of the pane does not show it too.
   */
  readonly problemShownByCaller?: boolean;
}

/** What a running task can report. */
export interface TaskControl {
  /** Work done of total (rows, tables or chunks, as the port reports them). */
  progress(done: number, total: number): void;
  /** Names the next step; progress restarts. */
  step(label: string): void;
}

/** A row a finding points at, as read: the detail panel (and edit form) of browser mode. */
export interface FindingRow {
  readonly table: TableName;
  /** Sheet row number. */
  readonly row: number;
  readonly headers: readonly string[];
  readonly values: readonly unknown[];
  /** The template column under each header; undefined for the user's own columns. */
  readonly columns: readonly (ColumnSpec | undefined)[];
}

/** A plan read and analysed already (browser mode: by the open worker). */
export interface PlanRead {
  readonly tables: readonly RawTable[];
  readonly analysis: Analysis;
}

/** The part of the live plan (`PlanStore`) the session uses. */
export interface SharedPlan {
  /** Resolves once edits are followed; rejects when the host refuses the change listener. */
  start(): Promise<void>;
  readonly isFollowing: boolean;
  /** The analysis of the current data (one read shared with every other consumer). */
  analysis(): Promise<Analysis>;
  subscribe(listener: (state: PlanState) => void): () => void;
  /** The data changed in a way no change event reports yet: read again. */
  invalidate(): void;
}

/** Collaborators of a session; tests replace them. */
export interface SessionOptions {
  readonly mode: HostMode;
  readonly workbook?: WorkbookPort;
  /** Excel: the live plan shared with the functions and commands; reads go through it. */
  readonly plan?: SharedPlan;
  readonly analyzer?: (tables: readonly RawTable[]) => Analysis;
  /** Lets the browser paint between steps (default: a zero-delay timer). */
  readonly pause?: () => Promise<void>;
}
