/**
 * Plans and packs as raw tables for the pure merge tests: a pack is made from a plan with the
 * engine's own selection (as `jmp pack` does), then both sides are edited row by row.
 */
import { findPackPartner, PACK_FORMAT, planMerge, selectPackRows } from "../../src/engine/merge";
import type { MergePlan, PackProvenance } from "../../src/engine/merge";
import { requireTableSpec } from "../../src/model/schema";
import type { TableName } from "../../src/model/schema";
import type { RowData } from "../helpers/tables";
import { workbook } from "../helpers/tables";

/** Rows per table, by header. */
export type Parts = Partial<Record<TableName, RowData[]>>;

/** A packed partner: the pack's rows (copies, free to edit) and its provenance. */
export interface Packed {
  readonly rows: Parts;
  readonly provenance: PackProvenance;
}

/** Packs `partner` out of a plan. */
export function packOf(plan: Parts, partner: string): Packed {
  const tables = workbook(plan);
  const found = findPackPartner(tables, partner);
  if (!found) throw new Error(`no partner ${partner}`);
  const selection = selectPackRows(tables, found);
  const rows: Parts = {};
  for (const [name, keyed] of selection.tables) {
    const spec = requireTableSpec(name);
    rows[name] = keyed.map((row) => Object.fromEntries(spec.columns.map((c) => [c.header, row.cells.get(c.key) ?? null])));
  }
  const provenance: PackProvenance = {
    format: PACK_FORMAT,
    partnerId: found.id,
    partnerName: found.name,
    planName: selection.planName,
    vendor: selection.vendor,
    source: "plan.xlsx",
    packedAt: "2026-06-15T09:30:00.000Z",
    rows: selection.packed,
  };
  return { rows, provenance };
}

/** Plans the merge of pack rows into plan rows. */
export function merge(plan: Parts, pack: Packed): MergePlan {
  return planMerge({ plan: workbook(plan), pack: workbook(pack.rows), provenance: pack.provenance });
}

/** The row of `table` whose `header` is `value` (the object itself, to edit in place). */
export function row(parts: Parts, table: TableName, header: string, value: unknown): RowData {
  const found = parts[table]?.find((r) => r[header] === value);
  if (!found) throw new Error(`no ${table} row with ${header} ${String(value)}`);
  return found;
}

/** "JmpTactics T1" for each entry, to compare lists briefly. */
export function ids(entries: readonly { table: string; id: string }[]): string[] {
  return entries.map((e) => `${e.table} ${e.id}`);
}
