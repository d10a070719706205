/**
 * What importing a tracker produces, as data every host shows its own way: the CLI prints it
 * (or its JSON), the task pane lays it out for review before anything is written.
 */
import type { Day } from "../../../model/dates";
import type { TableName } from "../../../model/schema";
import type { SkippedRow } from "./dataRows";
import type { TrackerField } from "./fields";
import type { ColumnMapping } from "./mapColumns";
import type { SavedMapping } from "./savedMapping";

/** Kinds of things the user should look at before trusting an import. */
export type ReviewKind =
  /** A column mapped with low confidence. */
  | "lowConfidence"
  /** A column with values that was not imported. */
  | "unmappedColumn"
  /** A status or type value mapped by similarity, or not understood. */
  | "valueMapped"
  /** A row that looks like data but was skipped. */
  | "skippedRow"
  /** A row kept as an activity that could be taken for something else (its amounts sum the rows above). */
  | "keptRow"
  /** A fact the plan needs that the tracker does not hold (a column, or cells of one). */
  | "missingFact"
  /** A cell that could not be read as its column's kind; copied as it is. */
  | "unreadable"
  /** Rows that disagree about one partner's fact (two budgets, say). */
  | "conflict";

/** One thing to review. */
export interface ReviewItem {
  readonly kind: ReviewKind;
  readonly message: string;
  /** Sheet rows concerned, when there are some. */
  readonly rows?: readonly number[];
  /** The tracker column's header, when one column is concerned. */
  readonly column?: string;
  /** The field the message suggests mapping `column` to instead; each host says how (a mapping file, the pane's Columns). */
  readonly remap?: TrackerField;
}

/** A row the import writes into a plan table, by schema column key. */
export interface ImportRow {
  readonly table: TableName;
  /** The row's ID (for Joint Plan rows, partner and initiative IDs joined by " / "). */
  readonly id: string;
  readonly cells: ReadonlyMap<string, unknown>;
  /** Sheet row of the tracker it came from (none for partners, initiatives and pairs). */
  readonly sourceRow?: number;
  /** Sheet row of the plan row it updates; undefined for a new row. */
  readonly planRow?: number;
}

/** The rows an import adds to one plan table, and the rows of an earlier import it finds there. */
export interface ImportCount {
  readonly added: number;
  /** Rows an earlier import made with at least one cell that changes. */
  readonly updated: number;
  /** Rows an earlier import made that already hold every value: not written. */
  readonly unchanged: number;
}

/** One reconciled total. */
export interface ReconciledTotal {
  readonly field: TrackerField;
  /** The tracker column's header. */
  readonly column: string;
  /** Money in currency units of the plan, or a count. */
  readonly kind: "money" | "count";
  /** Money in currency units, counts as counted. Null when the totals row leaves it blank. */
  readonly tracker: number | null;
  readonly imported: number;
  /** imported - tracker (0 when they match); null when the tracker gives no total. */
  readonly difference: number | null;
  readonly matches: boolean;
  /** The Excel error the totals row holds instead of a total ("#N/A"), when it does: not compared. */
  readonly trackerError?: string;
  /**
   * The imported amounts (or counts) that were typed as text, with their sheet rows: a total the
   * tracker computes with SUM leaves them out. Absent when there are none.
   */
  readonly typedAsText?: { readonly rows: readonly number[]; readonly amount: number };
}

/** The tracker's totals row compared with what was imported. */
export interface Reconciliation {
  /** Sheet row of the totals row. */
  readonly totalsRow: number;
  readonly totals: readonly ReconciledTotal[];
  /** Totals the tracker gives in columns that were not imported (so "matches" says nothing of them). */
  readonly notImported: readonly { readonly column: string; readonly tracker: number }[];
  /** True when every total the tracker gives matches. */
  readonly matches: boolean;
}

/** Everything an import would do, before anything is written. */
export interface TrackerImport {
  readonly sheet: string;
  /** Sheet row of the (last) header row. */
  readonly headerRow: number;
  /** 1, or 2 when a group heading row above it was combined with it. */
  readonly headerRows: 1 | 2;
  readonly columns: readonly ColumnMapping[];
  /** Rows to write, partners first, in table order. */
  readonly rows: readonly ImportRow[];
  /** New rows per table, and on a re-import the rows updated and left unchanged. */
  readonly counts: Readonly<Partial<Record<TableName, ImportCount>>>;
  readonly skipped: readonly SkippedRow[];
  readonly review: readonly ReviewItem[];
  /** What was derived by a documented rule (not for review): "End = Start where the tracker gives one date". */
  readonly notes: readonly string[];
  readonly reconciliation: Reconciliation | undefined;
  /** ISO code of the one currency the tracker's amounts name (a new plan takes it), if any. */
  readonly currency: string | undefined;
  /** ISO code of the plan's currency once imported, the one its amounts are read in (shown in its convention), a foreign partner's aside. */
  readonly planCurrency: string;
  /**
   * By tracker sheet row, the currency the plan reads the row's amounts in where it is not
   * `planCurrency`: the Currency of the row's partner, which the plan holds with one of its own.
   */
  readonly partnerCurrencies: ReadonlyMap<number, string>;
  /** Tactic types added to the plan's list. */
  readonly newTacticTypes: readonly string[];
  /** The period the activities span (first day of the first year to the last of the last). */
  readonly period: { readonly start: Day; readonly end: Day } | undefined;
  /** The mapping used, to save and apply next time. */
  readonly mapping: SavedMapping;
}
