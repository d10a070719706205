/**
 * How a preview line words one cell. A change the merge applies reads "plan -> pack" (the plan's
 * value becomes the pack's). A conflicting cell is applied by no one, so an arrow would read as
 * if one side had already taken the other's value: each value is named by its side instead, and
 * which side changed it since packing is said apart. A refused or conflicting cell names where the
 * partner typed it in the pack right after its column (`Status (Tactics!J12)`).
 */
import type { ShownValue } from "./fingerprint";
import type { CellDiff, ConflictCell, RefusedEntry } from "./mergeTypes";

/** The words of one cell, its values shown by `shown` and a change drawn with `arrow`. */
export function cellWords(cell: CellDiff | ConflictCell, shown: (value: ShownValue | undefined) => string, arrow: string): string {
  if (!("changedIn" in cell)) return `${shown(cell.plan)} ${arrow} ${shown(cell.pack)}`;
  const who = cell.changedIn === "both" ? "both changed it since packing" : `the ${cell.changedIn} changed it since packing`;
  return `plan has ${shown(cell.plan)}, pack has ${shown(cell.pack)} (${who})`;
}

/** A pack reference as a preview gives it after what it locates (` (Tactics!J12)`); nothing when there is none. */
export function placeWords(packRef: string | undefined): string {
  return packRef === undefined ? "" : ` (${packRef})`;
}

/** A cell's column, followed by its place in the pack when it has one: `Status (Tactics!J12)`. */
export function columnWords(cell: CellDiff | ConflictCell): string {
  return `${cell.column}${"packRef" in cell ? placeWords(cell.packRef) : ""}`;
}

/**
 * True when a refusal is of one cell; otherwise it is of a whole row, column or table, whose
 * place in the pack (if any) goes after its table and ID.
 */
export function isCellRefusal(refused: RefusedEntry): boolean {
  return refused.column !== undefined && !refused.wholeColumn;
}

/**
 * The words of a refusal after its table and ID: a refused cell names its column, its place in
 * the pack and both values; a whole row, a whole column or table gives its reason alone (the
 * reason names the column).
 */
export function refusedWords(refused: RefusedEntry, shown: (value: ShownValue | undefined) => string): string {
  if (!isCellRefusal(refused)) return refused.reason;
  return `${refused.column}${placeWords(refused.packRef)}: pack ${shown(refused.pack)}, plan keeps ${shown(refused.plan)} (${refused.reason})`;
}
