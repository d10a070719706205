/**
 * Rows keyed by header laid out in a table's column order, shared by both adapters' `appendRows`:
 * each key is matched to a table header (trimmed, case-insensitive, as the template matches
 * headers), and a key no header matches refuses the whole append, so no value is dropped.
 */
import { normalizeHeader } from "../../model/schema";
import { AppendRowsError } from "./errors";

/** The rows as arrays in the order of `headers`; a column a row does not name is null. */
export function rowsInTableOrder(table: string, headers: readonly unknown[], rows: readonly Record<string, unknown>[]): unknown[][] {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (key !== "" && !index.has(key)) index.set(key, i);
  });
  const unknown = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) if (!index.has(normalizeHeader(key))) unknown.add(key);
  if (unknown.size > 0) {
    throw new AppendRowsError(`${table} has no column ${[...unknown].map((k) => `"${k}"`).join(", ")}; set up the template to add it`, "unknownColumns");
  }
  return rows.map((row) => {
    const cells = new Array<unknown>(headers.length).fill(null);
    for (const [key, value] of Object.entries(row)) cells[index.get(normalizeHeader(key)) as number] = value ?? null;
    return cells;
  });
}

/** True when a cell holds nothing a user would see: null, undefined or blank text. */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** True when every cell of a row is blank. */
export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlankCell);
}
