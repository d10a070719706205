/**
 * An import into a plan updates the rows an earlier import made, writing only the cells whose
 * value changes, and says which columns took the tracker's value over another one (a change in
 * the tracker, or an edit made in the plan since the last import, which it replaces): one note
 * per column with its tracker rows, so nothing is replaced without a word. A row none of whose
 * cells changes is not updated: an unchanged tracker imported again changes nothing.
 */
import type { CellWrite } from "../../../engine/merge";
import { canonicalCell } from "../../../engine/merge";
import { dayFromDate, dayFromSerial, isoFromDay } from "../../../model/dates";
import { idKey } from "../../../model/ids";
import type { RawTable } from "../../../model/rawTable";
import { normalizeHeader, requireTableSpec } from "../../../model/schema";
import type { ColumnType, TableName } from "../../../model/schema";
import type { ImportCount, ImportRow } from "./importTypes";

/** The cells an update writes, and the notes on the values it replaced. */
export interface RowUpdates {
  readonly cellWrites: CellWrite[];
  readonly notes: string[];
}

/** The plan's current value of a cell: by table, sheet row and schema column key (undefined when not there). */
function planValue(tables: readonly RawTable[], write: CellWrite): unknown {
  // Tables are found by name as the workbook spells it, whatever its case.
  const raw = tables.find((t) => t.name.toLowerCase() === write.table.toLowerCase());
  const header = requireTableSpec(write.table).columns.find((c) => c.key === write.column)?.header;
  if (!raw || header === undefined) return undefined;
  const index = raw.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
  return index < 0 ? undefined : raw.rows[write.row - raw.headerRow - 1]?.[index];
}

/**
 * A cell's value as compared: a date as its day whether a Date or a serial (as Office.js hands
 * dates over), an ID case-insensitive as lookups read it, anything else canonical.
 */
function comparable(type: ColumnType | undefined, value: unknown): string {
  if (type === "date") {
    const day = value instanceof Date ? dayFromDate(value) : typeof value === "number" ? dayFromSerial(value) : undefined;
    if (day !== undefined) return isoFromDay(day);
  }
  const text = canonicalCell(value);
  return type === "id" ? idKey(text) : text;
}

/** The writes of the rows `rows` updates in the plan read as `tables`, without the cells that already hold their value. */
export function rowUpdates(rows: readonly ImportRow[], tables: readonly RawTable[]): RowUpdates {
  const cellWrites: CellWrite[] = [];
  const replaced = new Map<string, { label: string; rows: Set<number> }>();
  for (const row of rows) {
    if (row.planRow === undefined) continue;
    const spec = requireTableSpec(row.table);
    for (const [column, value] of row.cells) {
      const write: CellWrite = { table: row.table, row: row.planRow, column, value };
      const now = planValue(tables, write);
      const columnSpec = spec.columns.find((c) => c.key === column);
      const same = comparable(columnSpec?.type, now) === comparable(columnSpec?.type, value);
      // The same value is written again only to turn text into the number or date it reads.
      if (same && !(typeof now === "string" && typeof value !== "string")) continue;
      cellWrites.push(write);
      // A blank filled, or the same value retyped, replaces nothing.
      if (same || canonicalCell(now) === "") continue;
      const entry = replaced.get(`${row.table}\u0000${column}`) ?? { label: `${spec.label} ${columnSpec?.header ?? column}`, rows: new Set<number>() };
      if (row.sourceRow !== undefined) entry.rows.add(row.sourceRow);
      replaced.set(`${row.table}\u0000${column}`, entry);
    }
  }
  const notes = [...replaced.values()].map(({ label, rows: at }) => {
    const sorted = [...at].sort((a, b) => a - b);
    const where = sorted.length === 0 ? "" : ` (tracker ${sorted.length === 1 ? "row" : "rows"} ${sorted.slice(0, 12).join(", ")}${sorted.length > 12 ? ", ..." : ""})`;
    return `${label}: the tracker's values replaced other values the plan held${where}; an edit made in the plan since the last import is replaced too.`;
  });
  return { cellWrites, notes };
}

/** What an import changes in the plan: the rows it adds and updates, and the tracker rows it leaves as they are. */
export interface ImportChanges {
  /** Per table, the rows added, updated (a cell changes) and unchanged (every cell already holds its value). */
  readonly counts: Partial<Record<TableName, ImportCount>>;
  /** Tracker rows all of whose plan rows are unchanged updates. */
  readonly unchangedSources: ReadonlySet<number>;
}

/** What importing `rows` into the plan read as `tables` changes. */
export function importChanges(rows: readonly ImportRow[], tables: readonly RawTable[]): ImportChanges {
  const key = (table: string, row: number) => `${table}\u0000${row}`;
  const written = new Set(rowUpdates(rows, tables).cellWrites.map((w) => key(w.table, w.row)));
  const counts: Partial<Record<TableName, { added: number; updated: number; unchanged: number }>> = {};
  const sources = new Set<number>();
  const changedSources = new Set<number>();
  for (const row of rows) {
    const count = (counts[row.table] ??= { added: 0, updated: 0, unchanged: 0 });
    const changed = row.planRow === undefined || written.has(key(row.table, row.planRow));
    if (row.planRow === undefined) count.added++;
    else if (changed) count.updated++;
    else count.unchanged++;
    if (row.sourceRow === undefined) continue;
    sources.add(row.sourceRow);
    if (changed) changedSources.add(row.sourceRow);
  }
  return { counts, unchangedSources: new Set([...sources].filter((r) => !changedSources.has(r))) };
}
