/**
 * Finds each schema column of a table by its header (trimmed, case-insensitive, any order) and
 * reports S02 and S03. User columns are left alone.
 */
import { columnLetters } from "../../model/rawTable";
import type { RawTable } from "../../model/rawTable";
import type { TableSpec } from "../../model/schema";
import { normalizeHeader } from "../../model/schema";
import type { Slot } from "./cellReader";
import type { FindingSink } from "../findings/findingSink";

/** The slots of a table by column key. */
export type Slots = Readonly<Record<string, Slot>>;

/** Where each schema column sits in a raw table: its index and its column letters. */
export interface ResolvedColumns {
  readonly slots: Slots;
  readonly letters: ReadonlyMap<string, string>;
}

/** Matches headers to schema columns; the first of duplicated headers is the one read. */
export function resolveColumns(spec: TableSpec, raw: RawTable): ResolvedColumns {
  const byHeader = new Map<string, number>();
  raw.headers.forEach((header, index) => {
    const key = normalizeHeader(header);
    if (key !== "" && !byHeader.has(key)) byHeader.set(key, index);
  });
  const slots: Record<string, Slot> = {};
  const letters = new Map<string, string>();
  for (const column of spec.columns) {
    const index = byHeader.get(normalizeHeader(column.header)) ?? -1;
    slots[column.key] = { spec: column, index };
    if (index >= 0) letters.set(column.key, columnLetters(raw.firstColumn + index));
  }
  return { slots, letters };
}

/** Reports required columns that are missing (S02) and schema headers given twice (S03). */
export function checkHeaders(spec: TableSpec, raw: RawTable, sink: FindingSink): void {
  const seen = new Map<string, number>();
  // Where each header first repeats: the cell the user must rename or remove.
  const repeatedAt = new Map<string, number>();
  raw.headers.forEach((header, index) => {
    const key = normalizeHeader(header);
    if (key === "") return;
    const times = (seen.get(key) ?? 0) + 1;
    seen.set(key, times);
    if (times === 2) repeatedAt.set(key, index);
  });
  for (const column of spec.columns) {
    const times = seen.get(normalizeHeader(column.header)) ?? 0;
    if (times === 0 && column.required) {
      sink.addHeader("S02", spec, raw.headerRow, column.header, `Table ${spec.name} has no column "${column.header}"`);
    } else if (times > 1) {
      const cell = `${columnLetters(raw.firstColumn + (repeatedAt.get(normalizeHeader(column.header)) ?? 0))}${raw.headerRow}`;
      sink.addHeader("S03", spec, raw.headerRow, column.header, `Table ${spec.name} has the column "${column.header}" ${times} times; the first one is read`, cell);
    }
  }
}
