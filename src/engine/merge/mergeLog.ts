/**
 * The plan's own audit trail of pack merges: the generated, append-only `JMP Log` sheet, one
 * line per change a merge lists (when, pack partner, table, ID, column, old -> new, and whether
 * it was applied, refused or left as a conflict; a row refused whole also says why). Lines are
 * data here; each adapter appends them. The log is also the plan's memory of what a pack already
 * asked: a refusal a pack's earlier merge logged is not listed again when the same pack is merged
 * again.
 */
import { idKey } from "../../model/ids";
import { tableSpec } from "../../model/schema";
import { isClaimStatus } from "./claimWorkflow";
import type { ShownValue } from "./fingerprint";
import type { MergePlan, RefusedEntry } from "./mergeTypes";
import { isVendorOwned } from "./provenance";
import type { PackProvenance } from "./provenance";

/** The log sheet's name. */
export const LOG_SHEET = "JMP Log";

/** The log's header row, in column order. */
export const LOG_HEADERS = ["When", "Pack partner", "Pack made", "Table", "ID", "Column", "Old", "New", "Result"] as const;

/** The log's column widths in characters, in column order: a timestamp, IDs, values and a result each shown whole. */
export const LOG_WIDTHS: readonly number[] = [25, 12, 25, 12, 14, 18, 24, 24, 10];

/** What became of a change. */
export type LogResult = "applied" | "refused" | "conflict";

/** One line of the log. */
export interface LogLine {
  /** When the merge was written, ISO 8601 UTC. */
  readonly when: string;
  readonly partner: string;
  /** The pack's own time stamp: with the partner, which pack the line came from. */
  readonly packMade: string;
  /** The table as people read it ("Claims"). */
  readonly table: string;
  readonly id: string;
  /** The column header; blank for a whole row. */
  readonly column: string;
  readonly old: ShownValue;
  readonly new: ShownValue;
  readonly result: LogResult;
  /**
   * Why, on a line nothing else of which says it: a row (or table) refused whole, whose Column,
   * Old and New are blank. Kept in the Result cell after the result (`resultCell`), so the log
   * keeps its columns and a line logged before reasons reads as it did.
   */
  readonly reason?: string;
}

const RESULTS: readonly string[] = ["applied", "refused", "conflict"] satisfies readonly LogResult[];

/** What a line's Result cell holds: its result, then its reason when it has one (`refused: the row is partner P-101's, not P-103's`). */
export function resultCell(line: Pick<LogLine, "result" | "reason">): string {
  return line.reason === undefined ? line.result : `${line.result}: ${line.reason}`;
}

/** A Result cell read back into the line's result and reason (a cell with no reason gives none). */
export function readResultCell(text: string): Pick<LogLine, "result" | "reason"> {
  const at = text.indexOf(": ");
  const result = at < 0 ? text : text.slice(0, at);
  return at < 0 || !RESULTS.includes(result) ? { result: text as LogResult } : { result: result as LogResult, reason: text.slice(at + 2) };
}

/** Shown in New for a row added whole. */
export const NEW_ROW = "(new row)";
/**
 * Shown in Old of a new row's line when the partner's cells of the row follow, a line each: only
 * then is a cell with no line of its own known to have been written blank (logs written before
 * these lines existed hold the row's line alone).
 */
export const CELLS_FOLLOW = "(cells below)";

function label(table: string): string {
  return tableSpec(table)?.label ?? table;
}

/** The log lines of a merge written at `when`: added rows, changed cells, conflicts, refusals. */
export function mergeLogLines(merge: MergePlan, provenance: PackProvenance, when: Date): LogLine[] {
  const base = { when: when.toISOString(), partner: provenance.partnerId, packMade: provenance.packedAt };
  const lines: LogLine[] = [];
  for (const a of merge.added) {
    lines.push({ ...base, table: label(a.table), id: a.id, column: "", old: CELLS_FOLLOW, new: NEW_ROW, result: "applied" });
    // What the partner put in the new row, cell by cell: an audit trail of its values, and what an
    // updated copy of the same pack is compared with (`appliedByThisPack`). The vendor's columns
    // hold their starting values, which no partner chose; a new claim's Status is the Draft or
    // Submitted its partner gave it (claimWorkflow.ts), so it is logged with the partner's cells.
    const spec = tableSpec(a.table);
    const partnerColumns = new Set(spec?.columns.filter((c) => !isVendorOwned(c) || isClaimStatus(a.table, c)).map((c) => c.header));
    for (const [column, value] of Object.entries(a.values)) {
      if (value !== null && value !== "" && partnerColumns.has(column)) lines.push({ ...base, table: label(a.table), id: a.id, column, old: null, new: value, result: "applied" });
    }
  }
  for (const c of merge.changed) for (const cell of c.columns) lines.push({ ...base, table: label(c.table), id: c.id, column: cell.column, old: cell.plan, new: cell.pack, result: "applied" });
  for (const c of merge.conflicts) {
    if (c.columns.length === 0) lines.push({ ...base, table: label(c.table), id: c.id, column: "", old: null, new: null, result: "conflict" });
    for (const cell of c.columns) lines.push({ ...base, table: label(c.table), id: c.id, column: cell.column, old: cell.plan, new: cell.pack, result: "conflict" });
  }
  for (const r of merge.refused) {
    // A refused cell is told by its column and values; a row refused whole only by its reason.
    const reason = r.column === undefined ? { reason: r.reason } : {};
    lines.push({ ...base, table: label(r.table), id: r.id, column: r.column ?? "", old: r.plan ?? null, new: r.pack ?? null, result: "refused", ...reason });
  }
  return lines;
}

/** The identity of a refusal: which pack, which cell, what it asked. */
function refusalKey(partner: string, packMade: string, table: string, id: string, column: string, asked: ShownValue): string {
  return JSON.stringify([idKey(partner), packMade, table, idKey(id), column, asked === null ? "" : String(asked)]);
}

/**
 * Splits a merge's refusals into those still to list and those an earlier merge of the same pack
 * (same partner and time stamp) already logged, asking the same thing of the same cell.
 */
export function withoutLoggedRefusals(merge: MergePlan, provenance: PackProvenance, history: readonly LogLine[]): MergePlan & { readonly refusedBefore: readonly RefusedEntry[] } {
  const logged = new Set(history.filter((l) => l.result === "refused").map((l) => refusalKey(l.partner, l.packMade, l.table, l.id, l.column, l.new)));
  const refused: RefusedEntry[] = [];
  const refusedBefore: RefusedEntry[] = [];
  for (const r of merge.refused) {
    const key = refusalKey(provenance.partnerId, provenance.packedAt, label(r.table), r.id, r.column ?? "", r.pack ?? null);
    // Values under a column the pack lacks may be new in this copy: never taken as seen.
    (logged.has(key) && !r.wholeColumn ? refusedBefore : refused).push(r);
  }
  return { ...merge, refused, refusedBefore };
}
