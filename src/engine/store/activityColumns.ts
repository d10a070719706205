/**
 * The four large tables (Tactics, Allocations, Claims, Outcomes) as columns: one typed array per
 * schema column, position i of every array describing the i-th row kept. Reading them this way
 * creates no object per row, so a plan of half a million rows costs little more than reading
 * its cells (SPEC section 8).
 *
 * Encodings: a row's own ID is its text; IDs of other tables' rows are spellings of an IdDomain
 * (NO_ID when absent); enums are positions in the column's allowed values (NO_CODE when
 * absent); money is cents and dates are days, both NaN when absent — so a comparison with an
 * absent value is false, as the rules want. Days are held in 32-bit floats, which hold every
 * whole number of days a cell can yield exactly (see `dayFromDate`) at half the memory.
 *
 * The columns are made from the schema (`emptyColumns`); the interfaces below name them for
 * the rules and sums that read them, and `textsOf`, `centsOf`, `daysOf`, `codesOf` reach any
 * column by its schema key.
 */
import { requireTableSpec } from "../../model/schema";
import type { ColumnSpec, TableName, TableSpec } from "../../model/schema";

/** No value in an enum column. */
export const NO_CODE = -1;

/** Rows common to every table: the sheet row number of each kept row. */
export interface RowColumns {
  /** Rows kept; the arrays are longer when rows were left out (they follow the kept ones). */
  size: number;
  /**
   * Rows left out for repeating an earlier row's own ID (V08), at `size` to `size + leftOut - 1`:
   * read for their findings (their amounts are not converted) and counted nowhere.
   */
  leftOut: number;
  readonly row: Int32Array;
}

/** Rows with their own ID: as written (trimmed), "" when the row has none. */
export interface IdentifiedColumns extends RowColumns {
  /** The table the columns hold. */
  readonly table: TableName;
  readonly idText: string[];
}

/** Tactics. */
export interface TacticColumns extends IdentifiedColumns {
  /** The own ID's spelling in the tactics domain (so references resolve without text). */
  readonly spelling: Int32Array;
  readonly partner: Int32Array;
  readonly initiative: Int32Array;
  /** Position in the plan's tactic types (`PlanData.tacticTypes`). */
  readonly tacticType: Int8Array;
  readonly description: string[];
  readonly start: Float32Array;
  readonly end: Float32Array;
  readonly totalCost: Float64Array;
  readonly mdfRequested: Float64Array;
  /** Position in TACTIC_STATUSES. */
  readonly status: Int8Array;
  readonly expectedPipeline: Float64Array;
  readonly expectedRevenue: Float64Array;
}

/** Allocations. */
export interface AllocationColumns extends IdentifiedColumns {
  readonly partner: Int32Array;
  readonly tactic: Int32Array;
  readonly amount: Float64Array;
  readonly authorizedOn: Float32Array;
  readonly authorizedBy: string[];
}

/** Claims. */
export interface ClaimColumns extends IdentifiedColumns {
  readonly tactic: Int32Array;
  readonly amountClaimed: Float64Array;
  readonly amountApproved: Float64Array;
  readonly submittedOn: Float32Array;
  /** Position in CLAIM_STATUSES. */
  readonly status: Int8Array;
  readonly paidOn: Float32Array;
  readonly proofOfPerformance: string[];
}

/** Outcomes. */
export interface OutcomeColumns extends IdentifiedColumns {
  readonly partner: Int32Array;
  readonly initiative: Int32Array;
  readonly tactic: Int32Array;
  /** Position in OUTCOME_METRICS. */
  readonly metric: Int8Array;
  /** As entered: currency units for Revenue and Pipeline (see `outcomeCentsAt`), a count otherwise. */
  readonly value: Float64Array;
  readonly date: Float32Array;
  readonly reference: string[];
}

/** How a column of a large table holds its cells, from its schema type. */
export type StorageKind = "reference" | "money" | "date" | "enum" | "text" | "number";

/** The storage of a schema column: IDs of other tables as spellings, money as cents, dates as days, enums as codes. */
export function storageOf(column: ColumnSpec): StorageKind {
  switch (column.type) {
    case "id":
      return "reference";
    case "money":
    case "date":
    case "enum":
    case "text":
      return column.type;
    default:
      return "number";
  }
}

/**
 * The property of the columns a schema column's array is held under: its key, but a reference
 * to another table's row without its "Id" ("partnerId" -> "partner": it holds spellings, not
 * the IDs' text).
 */
export function propertyOf(column: ColumnSpec): string {
  return column.type === "id" && column.key.endsWith("Id") ? column.key.slice(0, -2) : column.key;
}

/** The own-ID column of a large table (unique in it), whose text goes to `idText`. */
export function ownIdColumn(spec: TableSpec): ColumnSpec {
  const own = spec.columns.find((c) => c.unique);
  if (!own) throw new Error(`${spec.name} has no own ID column`);
  return own;
}

function arrayFor(kind: StorageKind, n: number): Int32Array | Float64Array | Float32Array | Int8Array | string[] {
  switch (kind) {
    case "reference":
      return new Int32Array(n);
    case "money":
    case "number":
      return new Float64Array(n);
    case "date":
      return new Float32Array(n);
    case "enum":
      return new Int8Array(n);
    case "text":
      // Left unfilled: the reader writes every place (filling 1.1 million places first cost 7 ms).
      return new Array<string>(n);
  }
}

/**
 * Empty columns of a large table with room for `n` rows, one array per schema column (see
 * `propertyOf`), made from the schema: a column added there is stored without an edit here.
 * `withSpelling`: the table's own IDs are interned too (Tactics, which other tables refer to).
 */
export function emptyColumns<C extends IdentifiedColumns>(name: TableName, n: number, withSpelling = false): C {
  const spec = requireTableSpec(name);
  const own = ownIdColumn(spec);
  const columns: Record<string, unknown> = { table: name, size: 0, leftOut: 0, row: new Int32Array(n), idText: new Array<string>(n) };
  if (withSpelling) columns.spelling = new Int32Array(n);
  for (const column of spec.columns) if (column !== own) columns[propertyOf(column)] = arrayFor(storageOf(column), n);
  return columns as C;
}

/** The array of a schema column of `kind` (by its key), for a rule or sum that reads a column the typed views above do not name. */
function columnOf(columns: IdentifiedColumns, key: string, kind: StorageKind): unknown {
  const column = requireTableSpec(columns.table).columns.find((c) => c.key === key);
  if (!column || storageOf(column) !== kind) throw new Error(`${columns.table} has no ${kind} column ${key}`);
  return (columns as unknown as Record<string, unknown>)[propertyOf(column)];
}

/** A text column's values ("" when blank). */
export function textsOf(columns: IdentifiedColumns, key: string): readonly string[] {
  return columnOf(columns, key, "text") as string[];
}

/** A money column's cents (NaN when blank). */
export function centsOf(columns: IdentifiedColumns, key: string): Float64Array {
  return columnOf(columns, key, "money") as Float64Array;
}

/** A date column's days (NaN when blank). */
export function daysOf(columns: IdentifiedColumns, key: string): Float32Array {
  return columnOf(columns, key, "date") as Float32Array;
}

/** An enum column's codes (positions in the column's values, NO_CODE when blank). */
export function codesOf(columns: IdentifiedColumns, key: string): Int8Array {
  return columnOf(columns, key, "enum") as Int8Array;
}

/** True when a money, date or number column holds a value at a position. */
export function isPresent(value: number): boolean {
  return value === value;
}
