/**
 * The reference tables a pack shows (Initiatives, Tactic Types, the partner's own Partners row,
 * Settings) are never imported. Every row or cell of them that differs from the plan's is listed
 * as refused, so an edit there is never dropped in silence (SPEC section 7).
 */
import { canonicalCell, shownValue } from "./fingerprint";
import type { KeyedRow, KeyedTable } from "./keyedRows";
import type { RefusedEntry } from "./mergeTypes";
import { REASONS } from "./reasons";

/** The first row of each key of a table. */
function rowsByKey(table: KeyedTable): Map<string, KeyedRow> {
  const byKey = new Map<string, KeyedRow>();
  for (const row of table.rows) if (row.key !== undefined && !byKey.has(row.key)) byKey.set(row.key, row);
  return byKey;
}

/**
 * The refused entries for the pack's rows of one reference table: rows the plan lacks, cells that
 * differ from what the pack showed (`shown`: the plan's table as the pack showed it, Settings with
 * the partner's currency and format). Each names the value the plan keeps, from `plan` itself.
 */
export function referenceEdits(shown: KeyedTable, pack: KeyedTable, plan: KeyedTable = shown): RefusedEntry[] {
  const spec = pack.spec;
  const planByKey = rowsByKey(shown);
  const keptByKey = plan === shown ? planByKey : rowsByKey(plan);
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
      const kept = row.key === undefined ? undefined : keptByKey.get(row.key);
      refused.push({ table: spec.name, id: row.id, packRow: row.row, planRow: planRow.row, column: column.header, plan: shownValue(kept ? kept.cells.get(column.key) : planValue), pack: shownValue(packValue), reason });
    }
  }
  return refused;
}
