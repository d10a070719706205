/**
 * The reference tables a pack shows (Initiatives, Tactic Types, the partner's own Partners row,
 * Settings) are never imported. Every row or cell of them that differs from the plan's is listed
 * as refused, so an edit there is never dropped in silence (SPEC section 7).
 */
import { canonicalCell, shownValue } from "./fingerprint";
import type { KeyedRow, KeyedTable } from "./keyedRows";
import type { RefusedEntry } from "./mergeTypes";
import { REASONS } from "./reasons";

/** The refused entries for the pack's rows of one reference table: rows the plan lacks, cells that differ. */
export function referenceEdits(plan: KeyedTable, pack: KeyedTable): RefusedEntry[] {
  const spec = pack.spec;
  const planByKey = new Map<string, KeyedRow>();
  for (const row of plan.rows) if (row.key !== undefined && !planByKey.has(row.key)) planByKey.set(row.key, row);
  const reason = REASONS.referenceTable(spec);
  const refused: RefusedEntry[] = [];
  for (const row of pack.rows) {
    const planRow = row.key === undefined ? undefined : planByKey.get(row.key);
    if (!planRow) {
      refused.push({ table: spec.name, id: row.id, packRow: row.row, reason });
      continue;
    }
    for (const column of spec.columns) {
      if (!pack.columns.has(column.key) || !plan.columns.has(column.key)) continue;
      const packValue = row.cells.get(column.key);
      const planValue = planRow.cells.get(column.key);
      if (canonicalCell(packValue) === canonicalCell(planValue)) continue;
      refused.push({ table: spec.name, id: row.id, packRow: row.row, planRow: planRow.row, column: column.header, plan: shownValue(planValue), pack: shownValue(packValue), reason });
    }
  }
  return refused;
}
