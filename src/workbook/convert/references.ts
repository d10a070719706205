/**
 * Names that stand for IDs. Ad-hoc sheets name partners ("Northwind Traders") where the plan's
 * tables hold Partner IDs; when the plan's Partners table knows that name, a converted row gets
 * the partner's ID. The same goes for initiatives.
 */
import { idKey } from "../../model/ids";
import type { RawTable } from "../../model/rawTable";
import { normalizeHeader, requireTableSpec } from "../../model/schema";
import type { TableName } from "../../model/schema";

/** Known IDs and the ID each unambiguous name stands for, of one referenced table. */
export interface ReferenceLookup {
  /** ID keys (`idKey`) in the table. */
  readonly ids: ReadonlySet<string>;
  /** Name (trimmed, case-insensitive) -> the ID as the table writes it. */
  readonly byName: ReadonlyMap<string, string>;
}

/** Lookups by referenced table. */
export type ReferenceLookups = Partial<Record<TableName, ReferenceLookup>>;

/** The referenced tables whose names are looked up, with their ID and name column keys. */
const NAMED_TABLES: readonly { readonly table: TableName; readonly id: string; readonly name: string }[] = [
  { table: "JmpPartners", id: "partnerId", name: "partner" },
  { table: "JmpInitiatives", id: "initiativeId", name: "initiative" },
];

function columnIndex(raw: RawTable, table: TableName, key: string): number {
  const header = requireTableSpec(table).columns.find((c) => c.key === key)?.header;
  return raw.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
}

function idText(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Lookups from the plan's tables as read; a name two entries share stands for neither. */
export function referenceLookups(tables: readonly RawTable[]): ReferenceLookups {
  const lookups: ReferenceLookups = {};
  for (const named of NAMED_TABLES) {
    const raw = tables.find((t) => t.name.toLowerCase() === named.table.toLowerCase());
    if (!raw) continue;
    const idAt = columnIndex(raw, named.table, named.id);
    const nameAt = columnIndex(raw, named.table, named.name);
    const ids = new Set<string>();
    const byName = new Map<string, string>();
    const ambiguous = new Set<string>();
    for (const row of raw.rows) {
      const id = idAt >= 0 ? idText(row[idAt]) : undefined;
      if (!id) continue;
      ids.add(idKey(id));
      const name = nameAt >= 0 ? normalizeHeader(row[nameAt]) : "";
      if (name === "") continue;
      if (byName.has(name) && byName.get(name) !== id) ambiguous.add(name);
      byName.set(name, id);
    }
    for (const name of ambiguous) byName.delete(name);
    lookups[named.table] = { ids, byName };
  }
  return lookups;
}

/** The ID a value stands for: itself when it is an ID (or unknown), the ID of a known name. */
export function resolveReference(lookup: ReferenceLookup | undefined, value: unknown): unknown {
  if (!lookup || typeof value !== "string") return value;
  if (lookup.ids.has(idKey(value))) return value;
  return lookup.byName.get(normalizeHeader(value)) ?? value;
}

/** The IDs in the unique ID column of a table as read (for generating new ones). */
export function existingIds(tables: readonly RawTable[], table: TableName): unknown[] {
  const raw = tables.find((t) => t.name.toLowerCase() === table.toLowerCase());
  const column = requireTableSpec(table).columns.find((c) => c.type === "id" && c.unique);
  if (!raw || !column) return [];
  const at = columnIndex(raw, table, column.key);
  return at < 0 ? [] : raw.rows.map((row) => row[at]);
}
