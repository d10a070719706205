/**
 * What a partner pack records about how it was made (its provenance): for whom, from which plan,
 * when, and a fingerprint of every row as packed. A merge compares both sides against these
 * fingerprints to tell a partner's edit from a vendor's.
 */
import type { ColumnSpec, TableName, TableSpec } from "../../model/schema";
import { requireTableSpec } from "../../model/schema";
import { cellFingerprint, rowFingerprint } from "./fingerprint";
import type { KeyedRow } from "./keyedRows";

/** Version of the provenance layout a pack carries. */
export const PACK_FORMAT = 1;

/** The tables a pack hands to the partner to fill in, and the merge reads back, in merge order. */
export const PARTNER_TABLES: readonly TableName[] = ["JmpJointPlan", "JmpTactics", "JmpClaims", "JmpOutcomes"];

/**
 * The tables whose rows a pack fingerprints: the partner tables, and the allocations a pack shows
 * read-only (an edit there is told from a vendor's change since packing, and refused).
 */
export const PACKED_TABLES: readonly TableName[] = [...PARTNER_TABLES, "JmpAllocations"];

/** The tables a pack shows for reference only: never imported, an edit there is refused. */
export const REFERENCE_TABLES: readonly TableName[] = ["JmpInitiatives", "JmpTacticTypes", "JmpPartners", "JmpSettings"];

/** One packed row: its identity and fingerprints. */
export interface PackedRow {
  readonly table: TableName;
  /** Comparison key; "" for a row packed without an ID (an outcome may have none). */
  readonly key: string;
  /** The identity as people read it. */
  readonly id: string;
  /** Fingerprint of the whole row (every schema column). */
  readonly fingerprint: string;
  /** Fingerprint of each schema column's cell, by column key. */
  readonly columns: ReadonlyMap<string, string>;
}

/** The provenance of a pack. */
export interface PackProvenance {
  readonly format: number;
  /** The partner the pack was made for, as written in the plan. */
  readonly partnerId: string;
  readonly partnerName: string;
  /** The plan's "Plan name" and "Vendor" settings when the pack was made. */
  readonly planName: string;
  readonly vendor: string;
  /** The plan's file name (no folder). */
  readonly source: string;
  /** When the pack was made, ISO 8601 UTC. */
  readonly packedAt: string;
  readonly rows: readonly PackedRow[];
}

/** True for a column a partner pack may not change. */
export function isVendorOwned(column: ColumnSpec): boolean {
  return column.owner === "vendor";
}

/** The schema column keys of a table, in schema order. */
export function columnKeys(spec: TableSpec): string[] {
  return spec.columns.map((c) => c.key);
}

/** The fingerprints of a row as it is packed. */
export function packedRow(row: KeyedRow): PackedRow {
  const spec = requireTableSpec(row.table);
  const columns = new Map(spec.columns.map((c) => [c.key, cellFingerprint(row.cells.get(c.key))]));
  return { table: row.table, key: row.key ?? "", id: row.id, fingerprint: rowFingerprint(row.cells, columnKeys(spec)), columns };
}
