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
 */

/** No value in an enum column. */
export const NO_CODE = -1;

/** Rows common to every table: the sheet row number of each kept row. */
export interface RowColumns {
  /** Rows kept; the arrays are longer when rows were left out (they follow the kept ones). */
  size: number;
  readonly row: Int32Array;
}

/** Rows with their own ID: as written (trimmed), "" when the row has none. */
export interface IdentifiedColumns extends RowColumns {
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

const ids = (n: number): Int32Array => new Int32Array(n);
const codes = (n: number): Int8Array => new Int8Array(n);
const numbers = (n: number): Float64Array => new Float64Array(n);
const days = (n: number): Float32Array => new Float32Array(n);
// Left unfilled: the reader writes every place (filling 1.1 million places first cost 7 ms).
const texts = (n: number): string[] => new Array<string>(n);

/** Empty Tactics columns with room for `n` rows. */
export function tacticColumns(n: number): TacticColumns {
  return {
    size: 0, row: ids(n), idText: texts(n), spelling: ids(n), partner: ids(n), initiative: ids(n), tacticType: codes(n), description: texts(n),
    start: days(n), end: days(n), totalCost: numbers(n), mdfRequested: numbers(n), status: codes(n),
    expectedPipeline: numbers(n), expectedRevenue: numbers(n),
  };
}

/** Empty Allocations columns with room for `n` rows. */
export function allocationColumns(n: number): AllocationColumns {
  return { size: 0, row: ids(n), idText: texts(n), partner: ids(n), tactic: ids(n), amount: numbers(n), authorizedOn: days(n), authorizedBy: texts(n) };
}

/** Empty Claims columns with room for `n` rows. */
export function claimColumns(n: number): ClaimColumns {
  return {
    size: 0, row: ids(n), idText: texts(n), tactic: ids(n), amountClaimed: numbers(n), amountApproved: numbers(n), submittedOn: days(n),
    status: codes(n), paidOn: days(n), proofOfPerformance: texts(n),
  };
}

/** Empty Outcomes columns with room for `n` rows. */
export function outcomeColumns(n: number): OutcomeColumns {
  return {
    size: 0, row: ids(n), idText: texts(n), partner: ids(n), initiative: ids(n), tactic: ids(n), metric: codes(n), value: numbers(n),
    date: days(n), reference: texts(n),
  };
}

/** True when a money, date or number column holds a value at a position. */
export function isPresent(value: number): boolean {
  return value === value;
}
