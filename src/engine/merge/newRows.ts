/**
 * A row the pack adds to the plan, cell by cell: the partner's cells as read from the pack, the
 * vendor's columns at their starting values (a claim's Status as the workflow allows), and what
 * of it cannot be taken listed as refused (the row is still added, those cells left blank).
 */
import type { TableSpec } from "../../model/schema";
import { isClaimStatus, newClaimStatus, vendorStartingValue } from "./claimWorkflow";
import { canonicalCell, shownValue } from "./fingerprint";
import type { ShownValue } from "./fingerprint";
import type { KeyedRow } from "./keyedRows";
import type { AddedEntry, RefusedEntry, RowAppend } from "./mergeTypes";
import { PackCellRefusal } from "./packCellRefusal";
import { isVendorOwned } from "./provenance";
import { REASONS } from "./reasons";
import type { PackCellReader } from "./rowDiff";

/** What adding one pack row gives: the row (unless the plan has no such table) and its refusals. */
export interface NewRow {
  readonly added?: AddedEntry;
  readonly append?: RowAppend;
  readonly refused: readonly RefusedEntry[];
}

/**
 * The new plan row for pack row `row` of `spec`, given which columns the plan and the pack
 * tables have; `readPackCell` reads the partner's cells.
 */
export function newRow(spec: TableSpec, row: KeyedRow, planColumns: ReadonlySet<string>, packColumns: ReadonlySet<string>, readPackCell: PackCellReader): NewRow {
  if (planColumns.size === 0) return { refused: [{ table: spec.name, id: row.id, packRow: row.row, reason: REASONS.noPlanTable(spec) }] };
  const cells = new Map<string, unknown>();
  const values: Record<string, ShownValue> = {};
  const refused: RefusedEntry[] = [];
  for (const column of spec.columns) {
    const packValue = packColumns.has(column.key) ? row.cells.get(column.key) : null;
    const read = !isVendorOwned(column) ? readPackCell(column, packValue) : isClaimStatus(spec.name, column) ? newClaimStatus(packValue).value : vendorStartingValue(column);
    // A cell refused for how it is written leaves the new row's cell blank.
    const value = read instanceof PackCellRefusal ? null : read;
    const refuse = (reason: string): void => {
      refused.push({ table: spec.name, id: row.id, packRow: row.row, column: column.header, plan: shownValue(value), pack: shownValue(packValue), reason });
    };
    if (read instanceof PackCellRefusal) refuse(read.reason);
    if (isVendorOwned(column) && canonicalCell(packValue) !== "" && canonicalCell(packValue) !== canonicalCell(value)) refuse(REASONS.vendorColumn(column.header));
    if (!planColumns.has(column.key)) {
      if (canonicalCell(value) !== "") refuse(REASONS.noPlanColumn(column.header));
      continue;
    }
    cells.set(column.key, value);
    values[column.header] = shownValue(value);
  }
  return { added: { table: spec.name, id: row.id, packRow: row.row, values }, append: { table: spec.name, cells }, refused };
}
