/**
 * How each large table (Tactics, Allocations, Claims, Outcomes) is read into its columns (see
 * store/activityColumns.ts): its ID columns, in the order a row reads them, and a function that
 * reads the row's other cells. The column keys are the schema's.
 *
 * Findings on a row are filed under the row's partner once its Partner ID has been read, so a
 * problem in a Tactic ID or Partner ID cell is filed under no partner, as the row reads them
 * first. Claims name no partner (theirs is their tactic's, filled in after linking).
 *
 * Every table is made from its schema (`activityTable`): a new column is read and stored by
 * its type without an edit here; only a cell whose reading depends on another (an outcome's
 * Value, by its Metric) has code of its own.
 */
import { unitsToCents } from "../../model/money";
import { requireTableSpec } from "../../model/schema";
import type { ColumnSpec, TableName, TableSpec } from "../../model/schema";
import type { CellReader } from "./cellReader";
import { plainNumber } from "./cellReader";
import type { AllocationColumns, ClaimColumns, IdentifiedColumns, OutcomeColumns, TacticColumns } from "../store/activityColumns";
import { emptyColumns, NO_CODE, ownIdColumn, propertyOf, storageOf } from "../store/activityColumns";
import { isMoneyMetric } from "../store/codes";
import type { IdDomains } from "../store/idDomain";
import type { Slots } from "./tableColumns";

/** One ID column of a large table. */
export interface IdColumn<C> {
  /** Schema key of the column. */
  readonly key: string;
  readonly domain: keyof IdDomains;
  /** The column array its spellings go to. */
  readonly into: (columns: C) => Int32Array;
  /** True for the Partner ID: findings later in the row are filed under it. */
  readonly isPartner?: boolean;
}

/** A column of a large table other than its IDs, and the kind of value its cells hold. */
export type ValueColumn<C> =
  | { readonly key: string; readonly kind: "money"; readonly into: (columns: C) => Float64Array }
  | { readonly key: string; readonly kind: "date"; readonly into: (columns: C) => Float32Array }
  | { readonly key: string; readonly kind: "enum"; readonly into: (columns: C) => Int8Array }
  | { readonly key: string; readonly kind: "text"; readonly into: (columns: C) => string[] };

/** A row being read: its cells, and the reader for a cell not in its plain form. */
export interface DataRow {
  readonly cells: readonly unknown[];
  /** The reader, put on this row (it files findings under the row and its partner). */
  reader(): CellReader;
}

/** How to read one large table. */
export interface ActivityTable<C extends IdentifiedColumns> {
  readonly name: TableName;
  /** Empty columns with room for n rows. */
  readonly empty: (n: number) => C;
  /** Schema key of the row's own ID column (unique in the table). */
  readonly ownId: string;
  /** For a table other tables refer to: the ID domain its kept rows' own IDs are interned in, and where their spellings go. */
  readonly ownSpelling?: { readonly domain: keyof IdDomains; readonly into: (columns: C) => Int32Array };
  /** The other ID columns, in reading order (after the own ID). */
  readonly ids: readonly IdColumn<C>[];
  /** The other columns, read after the IDs. */
  readonly values: readonly ValueColumn<C>[];
  /** Reads cells whose meaning depends on each other (an outcome's Metric and Value), after the row's other values. */
  readonly readDependent?: (row: DataRow, c: Slots, columns: C, at: number) => void;
}

/** The ID domain a reference to `table` is interned in. */
function domainOf(table: TableName | undefined): keyof IdDomains {
  if (table === "JmpPartners") return "partners";
  if (table === "JmpInitiatives") return "initiatives";
  if (table === "JmpTactics") return "tactics";
  throw new Error(`No ID domain for references to ${table}`);
}

/** The array a column's cells go to (see `propertyOf`). */
function arrayOf<A>(column: ColumnSpec): (columns: IdentifiedColumns) => A {
  const property = propertyOf(column);
  return (columns) => (columns as unknown as Record<string, A>)[property];
}

/** The value columns of a schema column list: every column but the IDs and those read with `readDependent`. */
function valueColumns<C extends IdentifiedColumns>(spec: TableSpec, dependent: readonly string[]): ValueColumn<C>[] {
  return spec.columns
    .filter((c) => c.type !== "id" && !dependent.includes(c.key))
    .map((c) => {
      const kind = storageOf(c);
      if (kind === "reference" || kind === "number") throw new Error(`No reader for ${spec.name}[${c.key}] (${c.type}): read it with readDependent`);
      return { key: c.key, kind, into: arrayOf(c) } as ValueColumn<C>;
    });
}

/**
 * How a large table is read, from its schema: its own ID, its references in schema order (a
 * Partner ID files the row's later findings under its partner), and every other column by its
 * type. A column added to the schema is read and stored with no edit here.
 */
function activityTable<C extends IdentifiedColumns>(
  name: TableName,
  options: { readonly interned?: boolean; readonly dependent?: readonly string[]; readonly readDependent?: ActivityTable<C>["readDependent"] } = {},
): ActivityTable<C> {
  const spec = requireTableSpec(name);
  const own = ownIdColumn(spec);
  return {
    name,
    empty: (n) => emptyColumns<C>(name, n, options.interned === true),
    ownId: own.key,
    ownSpelling: options.interned ? { domain: domainOf(name), into: (columns) => (columns as unknown as { spelling: Int32Array }).spelling } : undefined,
    ids: spec.columns
      .filter((c) => c.type === "id" && c !== own)
      .map((c) => ({ key: c.key, domain: domainOf(c.references), into: arrayOf<Int32Array>(c), isPartner: c.references === "JmpPartners" })),
    values: valueColumns<C>(spec, options.dependent ?? []),
    readDependent: options.readDependent,
  };
}

/** Tactics; their own IDs are interned, as other tables refer to them. */
export const TACTICS: ActivityTable<TacticColumns> = activityTable("JmpTactics", { interned: true });

/** Allocations. */
export const ALLOCATIONS: ActivityTable<AllocationColumns> = activityTable("JmpAllocations");

/** Claims. */
export const CLAIMS: ActivityTable<ClaimColumns> = activityTable("JmpClaims");

/** Outcomes; the Value is read by its row's Metric. */
export const OUTCOMES: ActivityTable<OutcomeColumns> = activityTable("JmpOutcomes", {
  dependent: ["value"],
  readDependent(row, c, o, at) {
    const metric = o.metric[at];
    // Opportunities, Leads and Deals are counts: a fraction there is a typo, not a value.
    const isCount = !isMoneyMetric(metric) && metric !== NO_CODE;
    const value = plainNumber(c.value.index < 0 ? undefined : row.cells[c.value.index], c.value.spec.floor);
    // The usual cell, a number within the column's floor (whole for a count, exact cents for
    // money), needs no reader.
    if (value === value && (isCount ? Number.isInteger(value) : Number.isSafeInteger(unitsToCents(value)))) {
      o.value[at] = value;
      return;
    }
    const reader = row.reader();
    o.value[at] = (isCount ? reader.count(c.value) : isMoneyMetric(metric) ? reader.amount(c.value) : reader.number(c.value)) ?? NaN;
  },
});
