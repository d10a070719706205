/**
 * What earlier merges of this same pack (same partner and time stamp) wrote into the plan, cell
 * by cell, read from the plan's `JMP Log`. A plan cell still holding the last of them was changed
 * by the partner through this pack, not by the vendor, so an updated copy of the pack is no
 * conflict there; a copy holding one of the earlier ones is an older copy, which must not turn
 * the cell back.
 */
import { idKey } from "../../model/ids";
import { tableSpec } from "../../model/schema";
import type { ShownValue } from "./fingerprint";
import { CELLS_FOLLOW, NEW_ROW } from "./mergeLog";
import type { LogLine } from "./mergeLog";
import type { PackProvenance } from "./provenance";

/** A value a merge of this pack wrote into a cell, and when (the log's When). */
export interface PackWrite {
  readonly value: ShownValue;
  readonly when: string;
}

/** Every write of earlier merges of this pack, oldest first, by `appliedKey`. */
export type PackWrites = ReadonlyMap<string, readonly PackWrite[]>;

/**
 * The writes of earlier merges of this same pack, cell by cell, in the log's order (oldest
 * first). A row one of them added is also listed whole (column ""), so a cell of it with no line
 * of its own is known to have been written blank.
 */
export function appliedByThisPack(provenance: PackProvenance, history: readonly LogLine[]): Map<string, PackWrite[]> {
  const applied = new Map<string, PackWrite[]>();
  const partner = idKey(provenance.partnerId);
  for (const line of history) {
    if (line.result !== "applied" || line.packMade !== provenance.packedAt || idKey(line.partner) !== partner) continue;
    // A new row's line counts only where its cells follow it (`CELLS_FOLLOW`).
    if (line.column === "" && (line.new !== NEW_ROW || line.old !== CELLS_FOLLOW)) continue;
    const key = appliedKey(line.table, line.id, line.column);
    applied.set(key, [...(applied.get(key) ?? []), { value: line.new, when: line.when }]);
  }
  return applied;
}

/** The writes into one cell, oldest first: a cell of a row a merge added with no line of its own was written blank. */
function writesOf(applied: PackWrites | undefined, table: string, id: string, column: string): readonly PackWrite[] {
  if (applied === undefined) return [];
  const own = applied.get(appliedKey(table, id, column));
  if (own !== undefined) return own;
  const row = applied.get(appliedKey(table, id, ""));
  return row?.some((w) => w.value === NEW_ROW) ? [{ value: null, when: row[row.length - 1].when }] : [];
}

/** What the last earlier merge of this pack wrote into a cell, or undefined when none wrote it. */
export function appliedValue(applied: PackWrites | undefined, table: string, id: string, column: string): ShownValue | undefined {
  const writes = writesOf(applied, table, id, column);
  return writes.length === 0 ? undefined : writes[writes.length - 1].value;
}

/**
 * When the last merge of this pack wrote a cell, if `packValue` is what an earlier merge of it
 * wrote there before (and not the last value): the copy being merged is older than that one.
 */
export function olderCopyThan(applied: PackWrites | undefined, table: string, id: string, column: string, packValue: ShownValue): string | undefined {
  const writes = writesOf(applied, table, id, column);
  if (writes.length < 2) return undefined;
  const last = writes[writes.length - 1];
  if (sameShown(last.value, packValue)) return undefined;
  return writes.slice(0, -1).some((w) => sameShown(w.value, packValue)) ? last.when : undefined;
}

/** True when two shown values read the same (a number logged as text still matches). */
export function sameShown(a: ShownValue, b: ShownValue): boolean {
  return a === b || (a !== null && b !== null && String(a) === String(b));
}

/** The key of a cell in `appliedByThisPack`: table (name or label), row ID and column header. */
export function appliedKey(table: string, id: string, column: string): string {
  return JSON.stringify([tableSpec(table)?.label ?? table, idKey(id), column]);
}
