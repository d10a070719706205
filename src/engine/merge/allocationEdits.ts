/**
 * A pack shows the partner's allocations (what the vendor authorized) read-only: never
 * imported. A row the pack adds, and every cell the partner changed since packing that differs
 * from the plan, is listed as refused, like an edit to any vendor column. A cell the vendor
 * changed since packing, with the pack's copy left as it was, is the vendor's change: not listed.
 */
import { requireTableSpec } from "../../model/schema";
import { canonicalCell, cellFingerprint, shownValue } from "./fingerprint";
import type { KeyedRow, KeyedTable } from "./keyedRows";
import type { RefusedEntry } from "./mergeTypes";
import type { PackedRow } from "./provenance";
import { REASONS } from "./reasons";

/** The refused entries for the pack's Allocations rows, given the rows as packed by key. */
export function allocationEdits(plan: KeyedTable, pack: KeyedTable, packed: ReadonlyMap<string, PackedRow> | undefined): RefusedEntry[] {
  const spec = requireTableSpec("JmpAllocations");
  const reason = REASONS.vendorTable(spec);
  const planByKey = new Map<string, KeyedRow>();
  for (const row of plan.rows) if (row.key !== undefined && !planByKey.has(row.key)) planByKey.set(row.key, row);
  const refused: RefusedEntry[] = [];
  for (const row of pack.rows) {
    const before = row.key === undefined ? undefined : packed?.get(row.key);
    if (!before) {
      refused.push({ table: spec.name, id: row.id, packRow: row.row, reason });
      continue;
    }
    const planRow = planByKey.get(before.key);
    for (const column of spec.columns) {
      if (!pack.columns.has(column.key)) continue;
      const packValue = row.cells.get(column.key);
      if (cellFingerprint(packValue) === before.columns.get(column.key)) continue;
      const planValue = planRow?.cells.get(column.key);
      if (planRow && canonicalCell(packValue) === canonicalCell(planValue)) continue;
      refused.push({ table: spec.name, id: row.id, packRow: row.row, planRow: planRow?.row, column: column.header, plan: shownValue(planValue), pack: shownValue(packValue), reason });
    }
  }
  return refused;
}
