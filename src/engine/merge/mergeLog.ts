/**
 * The plan's own audit trail of pack merges: the generated, append-only `JMP Log` sheet, one
 * line per change a merge lists (when, pack partner, table, ID, column, old -> new, and whether
 * it was applied, refused or left as a conflict; a row refused whole also says why; a line of an
 * outcome's Value also its Metric, which says whether the Value is money or a count). Lines are
 * data here; each adapter appends them. The log is also the plan's memory of what a pack already
 * asked: a refusal a pack's earlier merge logged is not listed again when the same pack is merged
 * again.
 */
import { idKey } from "../../model/ids";
import { normalizeHeader, tableSpec, tableSpecNamedOrLabelled } from "../../model/schema";
import type { TableName } from "../../model/schema";
import { amountDeciders, decidedAmount } from "../read/moneyCells";
import { isClaimStatus } from "./claimWorkflow";
import type { ShownValue } from "./fingerprint";
import type { DecidingCells, MergePlan, RefusedEntry } from "./mergeTypes";
import { isVendorOwned } from "./provenance";
import type { PackProvenance } from "./provenance";

/** The log sheet's name. */
export const LOG_SHEET = "JMP Log";

/**
 * The log's header row, in column order. Metric came last, after logs had been written without
 * it: a column added at the end leaves every earlier column where older logs have it, an older
 * line reads with a blank Metric, and a version that knows nine columns reads and appends as before.
 */
export const LOG_HEADERS = ["When", "Pack partner", "Pack made", "Table", "ID", "Column", "Old", "New", "Result", "Metric"] as const;

/** The log's column widths in characters, in column order: a timestamp, IDs, values, a result and a metric each shown whole. */
export const LOG_WIDTHS: readonly number[] = [25, 12, 25, 12, 14, 18, 24, 24, 10, 14];

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
  /**
   * On a line of an outcome's Value: the outcome's Metric as the merge read it (the pack's where
   * it changed the Metric), so that the log words the Value as the preview did, money for Revenue
   * and Pipeline and a count otherwise, without reading the plan's outcomes. Lines logged before
   * the log kept it have none (see `knownMetrics`).
   */
  readonly metric?: string;
}

/** The cells of a line's row in the sheet, in `LOG_HEADERS` order. */
export function logRow(line: LogLine): ShownValue[] {
  return [line.when, line.partner, line.packMade, line.table, line.id, line.column, line.old, line.new, resultCell(line), line.metric ?? null];
}

/**
 * A line from its row in the sheet: `text` reads a cell (by column, 0 first) as text, "" when
 * blank; `value` as the value it holds. A row of an older log has no Metric: its line has none.
 */
export function logLineOf(text: (column: number) => string, value: (column: number) => ShownValue): LogLine {
  const metric = text(9);
  return { when: text(0), partner: text(1), packMade: text(2), table: text(3), id: text(4), column: text(5), old: value(6), new: value(7), ...readResultCell(text(8)), ...(metric === "" ? {} : { metric }) };
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

/**
 * For a table (by name or label) whose lines may record a Metric: the header of the cell recorded
 * (an outcome's Metric) and of the column whose lines record it (its Value). The log has one
 * column for a row's deciding cells, an outcome's Metric being the only cell that decides how
 * another reads (`amountDeciders`).
 */
export function metricColumns(table: string): { readonly metric: string; readonly decided: string } | undefined {
  const spec = tableSpecNamedOrLabelled(table);
  const [decider] = spec ? amountDeciders(spec.name) : [];
  const metric = spec?.columns.find((c) => c.key === decider);
  const decided = spec?.columns.find((c) => decidedAmount(spec.name, c));
  return metric && decided ? { metric: metric.header, decided: decided.header } : undefined;
}

/** What a line of `column` of `table` records of the row's deciding cells (`cells`, by header): an outcome's Metric on a line of its Value. */
function recorded(table: TableName, column: string, cells: DecidingCells | undefined): { metric?: string } {
  const headers = metricColumns(table);
  if (!headers || normalizeHeader(column) !== normalizeHeader(headers.decided)) return {};
  const metric = cells?.[headers.metric];
  return metric === null || metric === undefined || metric === "" ? {} : { metric: String(metric) };
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
      if (value !== null && value !== "" && partnerColumns.has(column)) lines.push({ ...base, table: label(a.table), id: a.id, column, old: null, new: value, result: "applied", ...recorded(a.table, column, a.values) });
    }
  }
  for (const c of merge.changed) for (const cell of c.columns) lines.push({ ...base, table: label(c.table), id: c.id, column: cell.column, old: cell.plan, new: cell.pack, result: "applied", ...recorded(c.table, cell.column, c.deciding) });
  for (const c of merge.conflicts) {
    if (c.columns.length === 0) lines.push({ ...base, table: label(c.table), id: c.id, column: "", old: null, new: null, result: "conflict" });
    for (const cell of c.columns) lines.push({ ...base, table: label(c.table), id: c.id, column: cell.column, old: cell.plan, new: cell.pack, result: "conflict", ...recorded(c.table, cell.column, c.deciding) });
  }
  for (const r of merge.refused) {
    // A refused cell is told by its column and values; a row refused whole only by its reason.
    const reason = r.column === undefined ? { reason: r.reason } : {};
    lines.push({ ...base, table: label(r.table), id: r.id, column: r.column ?? "", old: r.plan ?? null, new: r.pack ?? null, result: "refused", ...reason, ...recorded(r.table, r.column ?? "", r.deciding) });
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
