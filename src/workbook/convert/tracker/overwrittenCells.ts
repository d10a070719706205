/**
 * An import into a plan updates the rows an earlier import made. Where the plan holds another
 * value than the tracker's (someone edited the plan since, or the tracker changed), the tracker's
 * is written, and said: one remark per column, with the tracker rows, so a vendor's edit is
 * never replaced without a word. Cells that already hold the tracker's value are not written.
 */
import type { CellWrite } from "../../../engine/merge";
import { canonicalCell } from "../../../engine/merge";
import type { RawTable } from "../../../model/rawTable";
import { normalizeHeader, requireTableSpec } from "../../../model/schema";
import type { ImportRow, ReviewItem } from "./importTypes";

/** The cells an update writes, and the remarks on the values it replaced. */
export interface RowUpdates {
  readonly cellWrites: CellWrite[];
  readonly review: ReviewItem[];
}

/** The plan's current value of a cell: by table, sheet row and schema column key (undefined when not there). */
function planValue(tables: readonly RawTable[], write: CellWrite): unknown {
  const raw = tables.find((t) => t.name === write.table);
  const header = requireTableSpec(write.table).columns.find((c) => c.key === write.column)?.header;
  if (!raw || header === undefined) return undefined;
  const index = raw.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
  return index < 0 ? undefined : raw.rows[write.row - raw.headerRow - 1]?.[index];
}

/** The writes of the rows `rows` updates in the plan read as `tables`, without the cells that already hold their value. */
export function rowUpdates(rows: readonly ImportRow[], tables: readonly RawTable[]): RowUpdates {
  const cellWrites: CellWrite[] = [];
  const replaced = new Map<string, { message: string; rows: Set<number> }>();
  for (const row of rows) {
    if (row.planRow === undefined) continue;
    for (const [column, value] of row.cells) {
      const write: CellWrite = { table: row.table, row: row.planRow, column, value };
      const now = planValue(tables, write);
      if (canonicalCell(now) === canonicalCell(value)) continue;
      cellWrites.push(write);
      if (canonicalCell(now) === "") continue;
      const spec = requireTableSpec(row.table);
      const header = spec.columns.find((c) => c.key === column)?.header ?? column;
      const key = `${row.table}\u0000${column}`;
      const entry = replaced.get(key) ?? { message: `${spec.label} ${header}: the plan held other values, replaced by the tracker's (edits made in the plan since the last import are gone)`, rows: new Set<number>() };
      if (row.sourceRow !== undefined) entry.rows.add(row.sourceRow);
      replaced.set(key, entry);
    }
  }
  const review: ReviewItem[] = [...replaced.values()].map(({ message, rows: at }) => ({ kind: "conflict", message, ...(at.size > 0 ? { rows: [...at].sort((a, b) => a - b) } : {}) }));
  return { cellWrites, review };
}
