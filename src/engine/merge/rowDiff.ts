/**
 * Compares one row of a pack with the same row of the plan, cell by cell, against the
 * fingerprints taken when the pack was made:
 * - a cell the pack did not change is never taken (the plan's value stands, whoever changed it);
 * - a changed cell of a vendor-owned column is refused, and so is a changed cell of a row the
 *   vendor has decided (a claim Approved, Paid or Rejected; an approved tactic's scope: see
 *   decidedRows.ts);
 * - changed partner-owned cells are taken, unless the plan also changed a partner-owned cell of
 *   the row since packing: then the row is a conflict and nothing of it is applied. Vendor-owned
 *   changes in the plan (a tactic approved meanwhile) do not make a conflict: the pack can never
 *   overwrite them anyway. A plan cell that already equals the pack's (an earlier merge of the
 *   same pack) is no conflict either.
 * A row the pack was not made with (the vendor and the partner both added the same ID) counts
 * as changed on both sides.
 */
import { idKey } from "../../model/ids";
import type { ColumnSpec, TableSpec } from "../../model/schema";
import { isClaimStatus, isStartingValue, isSubmission } from "./claimWorkflow";
import { decidedCellReason } from "./decidedRows";
import { canonicalCell, cellFingerprint, shownValue } from "./fingerprint";
import type { ShownValue } from "./fingerprint";
import type { KeyedRow } from "./keyedRows";
import type { CellDiff, ConflictCell } from "./mergeTypes";
import type { PackedRow } from "./provenance";
import { isVendorOwned } from "./provenance";
import { REASONS } from "./reasons";
import { PackCellRefusal } from "./packCellRefusal";
import { sameShown } from "./packWrites";

/** The outcome of comparing one row. */
export interface RowDiff {
  /** Partner-owned cells to take, with the raw pack value to write. */
  readonly changes: readonly (CellDiff & { readonly key: string; readonly value: unknown })[];
  /** Refused cells: vendor-owned, or a column the plan lacks. */
  readonly refused: readonly (CellDiff & { readonly reason: string })[];
  /** Set when the row conflicts; then `changes` must not be applied. */
  readonly conflict?: { readonly reason: string; readonly columns: readonly ConflictCell[] };
}

/** Which schema columns each side's table has. */
export interface ColumnsPresent {
  readonly plan: ReadonlySet<string>;
  readonly pack: ReadonlySet<string>;
}

/** What earlier merges of this same pack wrote into the row's cells, by column header (see packWrites.ts). */
export interface EarlierWrites {
  /** The value the last of them wrote, or undefined when none wrote the cell. */
  readonly applied: (column: string) => ShownValue | undefined;
  /** When the last of them wrote the cell, if `packValue` is a value an earlier one wrote before it. */
  readonly olderThan: (column: string, packValue: ShownValue) => string | undefined;
}

const NO_WRITES: EarlierWrites = { applied: () => undefined, olderThan: () => undefined };

/** Reads a pack cell of a partner-owned column as the plan should hold it, or refuses it (see packConventions.ts). */
export type PackCellReader = (column: ColumnSpec, value: unknown) => unknown;

/**
 * Compares `pack` with `plan` (same identity) given what was packed (undefined: not packed). A
 * partner-owned cell the partner changed is first read by `readPackCell` (its text in the
 * partner's number format); a cell it left alone is compared as it is.
 */
export function diffRow(
  spec: TableSpec,
  plan: KeyedRow,
  pack: KeyedRow,
  packed: PackedRow | undefined,
  present: ColumnsPresent,
  readPackCell: PackCellReader = (_column, value) => value,
  earlier: EarlierWrites = NO_WRITES,
): RowDiff {
  const changes: (CellDiff & { key: string; value: unknown })[] = [];
  const refused: (CellDiff & { reason: string })[] = [];
  const planSide: ConflictCell[] = [];
  // Cells where this copy holds a value a later copy of the same pack replaced, and when.
  const older: ConflictCell[] = [];
  let olderThan: string | undefined;
  let planChangedOwnCell = false;
  const planStatus = plan.cells.get("status");
  for (const column of spec.columns) {
    if (!present.pack.has(column.key)) continue;
    const typed = pack.cells.get(column.key);
    const planValue = plan.cells.get(column.key);
    const before = packed?.columns.get(column.key);
    const packChanged = before === undefined || cellFingerprint(typed) !== before;
    const read = packChanged && !isVendorOwned(column) ? readPackCell(column, typed) : typed;
    if (read instanceof PackCellRefusal) {
      refused.push({ column: column.header, plan: shownValue(planValue), pack: shownValue(typed), reason: read.reason });
      continue;
    }
    const packValue = read;
    // The plan changed since packing, unless only an earlier merge of this pack changed it.
    const planChanged = (before === undefined || cellFingerprint(planValue) !== before) && !isShown(earlier.applied(column.header), planValue);
    const differs = comparable(column, packValue) !== comparable(column, planValue);
    const diff: CellDiff = { column: column.header, plan: shownValue(planValue), pack: shownValue(packValue) };
    if (isVendorOwned(column)) {
      if (!packChanged || !differs) continue;
      const claimStatus = isClaimStatus(spec.name, column);
      // The partner's one workflow step; like any vendor column it makes no conflict.
      if (claimStatus && isSubmission(planValue, packValue)) changes.push({ ...diff, key: column.key, value: packValue });
      // A row an earlier merge of this pack added holds what that merge wrote: nothing asked again.
      // A blank there asked for nothing even then (the merge chose the starting value), so the
      // vendor's value since (a claim Rejected) is no change of the partner's to refuse.
      // So does a value an earlier merge of this pack already took (a new claim's Draft the vendor has since rejected).
      else if (packed === undefined && (canonicalCell(packValue) === "" || isStartingValue(spec.name, column, planValue, packValue) || isShown(earlier.applied(column.header), packValue))) continue;
      else refused.push({ ...diff, reason: claimStatus ? REASONS.claimStatus : REASONS.vendorColumn(column.header) });
      continue;
    }
    if (!present.plan.has(column.key)) {
      if (packChanged && canonicalCell(packValue) !== "") refused.push({ ...diff, reason: REASONS.noPlanColumn(column.header) });
      continue;
    }
    if (!differs) continue;
    const decided = packChanged ? decidedCellReason(spec.name, column, planStatus) : undefined;
    if (decided !== undefined) {
      refused.push({ ...diff, reason: decided });
      continue;
    }
    // The plan holds what the last merge of this pack wrote, and this copy what an earlier one
    // did: merged, an older copy would turn the partner's newer values back.
    const later = packChanged && !planChanged ? earlier.olderThan(column.header, shownValue(packValue)) : undefined;
    if (later !== undefined) {
      older.push({ ...diff, changedIn: "pack" });
      olderThan = later;
      continue;
    }
    // A plan change the pack already holds (an earlier merge of this pack) is no conflict.
    if (planChanged) planChangedOwnCell = true;
    if (packChanged) changes.push({ ...diff, key: column.key, value: packValue });
    else planSide.push({ ...diff, changedIn: "plan" });
  }
  if (olderThan !== undefined) return { changes, refused, conflict: { reason: REASONS.olderCopy(olderThan), columns: [...older, ...changes.map(({ column, plan: p, pack: k }) => ({ column, plan: p, pack: k, changedIn: "pack" as const }))] } };
  if (changes.length === 0 || !planChangedOwnCell) return { changes, refused };
  const columns: ConflictCell[] = [
    ...changes.map(({ column, plan: p, pack: k, key }) => ({ column, plan: p, pack: k, changedIn: bothChanged(plan, packed, key) })),
    ...planSide,
  ];
  return { changes, refused, conflict: { reason: packed ? REASONS.bothChanged : REASONS.bothAdded, columns } };
}

/** True when `raw` shows as `shown` (a value a merge wrote, as its log recorded it). */
function isShown(shown: ShownValue | undefined, raw: unknown): boolean {
  return shown !== undefined && sameShown(shown, shownValue(raw));
}

/** A cell as compared: IDs trimmed and case-insensitive, like Excel's lookups; the rest canonical. */
function comparable(column: ColumnSpec, value: unknown): string {
  const text = canonicalCell(value);
  return column.type === "id" ? idKey(text) : text;
}

function bothChanged(plan: KeyedRow, packed: PackedRow | undefined, key: string): ConflictCell["changedIn"] {
  const before = packed?.columns.get(key);
  return before === undefined || cellFingerprint(plan.cells.get(key)) !== before ? "both" : "pack";
}
