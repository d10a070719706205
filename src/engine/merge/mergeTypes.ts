/**
 * What merging a partner pack into its plan would do, as data: the SPEC section 6 preview
 * (`added`, `changed`, `conflicts`, `refused`, plus `kept`) and the cell writes that carry it out.
 * Tables are named by their Excel table name (`JmpTactics`), columns by their header.
 */
import type { TableName } from "../../model/schema";
import type { ShownValue } from "./fingerprint";

/** A cell whose plan and pack values differ. */
export interface CellDiff {
  readonly column: string;
  readonly plan: ShownValue;
  readonly pack: ShownValue;
}

/** A cell of a conflicting row and the side(s) that changed it since the pack was made. */
export interface ConflictCell extends CellDiff {
  readonly changedIn: "plan" | "pack" | "both";
  /** Where the partner typed it: the pack cell as Excel writes a reference (`Tactics!H12`). */
  readonly packRef?: string;
}

/**
 * The cells of a row that decide how its other values read, by header: an Outcome's Metric, its
 * Value being money for Revenue and Pipeline and a count otherwise (see `amountDeciders`). The
 * pack's value where the pack changes the cell, else the plan's. The entries of other tables
 * carry none.
 */
export type DecidingCells = Readonly<Record<string, ShownValue>>;

/** A row the pack adds to the plan. */
export interface AddedEntry {
  readonly table: TableName;
  readonly id: string;
  /** Sheet row of the row in the pack. */
  readonly packRow: number;
  /** Every value the new row gets, by header. */
  readonly values: Readonly<Record<string, ShownValue>>;
}

/** A plan row whose partner-owned cells the pack updates. */
export interface ChangedEntry {
  readonly table: TableName;
  readonly id: string;
  readonly planRow: number;
  readonly packRow: number;
  readonly columns: readonly CellDiff[];
  /** What decides how the row's values read (its Metric for an outcome's Value). */
  readonly deciding?: DecidingCells;
}

/** A row changed on both sides since the pack was made: listed, not applied. */
export interface ConflictEntry {
  readonly table: TableName;
  readonly id: string;
  /** Absent when the plan no longer has the row. */
  readonly planRow?: number;
  readonly packRow: number;
  /** The row in the pack, its cells in the table as Excel writes a reference (`Tactics!A12:N12`). */
  readonly packRef?: string;
  readonly reason: string;
  readonly columns: readonly ConflictCell[];
  /** What decides how the row's values read (its Metric for an outcome's Value). */
  readonly deciding?: DecidingCells;
}

/** Something of the pack that is not taken: a whole row, or one cell of a vendor-owned column. */
export interface RefusedEntry {
  readonly table: TableName;
  readonly id: string;
  readonly packRow?: number;
  readonly planRow?: number;
  /** Set when one cell is refused; absent when the whole row is. */
  readonly column?: string;
  readonly plan?: ShownValue;
  readonly pack?: ShownValue;
  /** With a refused cell of a plan row: what decides how the row's values read (its Metric for an outcome's Value). */
  readonly deciding?: DecidingCells;
  readonly reason: string;
  /**
   * Set when a whole column of the pack (`column`) or its whole table was not read: no row, so
   * `id` is "". Listed on every merge of the pack, as each copy may hold new values there.
   */
  readonly wholeColumn?: true;
  /**
   * Where in the pack, as Excel writes a reference: the refused cell (`Tactics!H12`), a whole
   * row's cells in its table (`Tactics!A12:N12`), or the header of a column not read
   * (`Tactics!K1`). Absent where the pack holds no such place (a column it lacks).
   */
  readonly packRef?: string;
}

/** A packed row the pack no longer holds: left in the plan as it is. */
export interface KeptEntry {
  readonly table: TableName;
  readonly id: string;
  readonly planRow?: number;
}

/** One cell of an existing plan row to overwrite. */
export interface CellWrite {
  readonly table: TableName;
  /** Sheet row of the plan row. */
  readonly row: number;
  /** Schema column key. */
  readonly column: string;
  /** The raw value from the pack (or the vendor's starting value). */
  readonly value: unknown;
}

/** A new row to append to a plan table. */
export interface RowAppend {
  readonly table: TableName;
  /** Raw values by schema column key. */
  readonly cells: ReadonlyMap<string, unknown>;
}

/** The whole merge plan. */
export interface MergePlan {
  readonly added: readonly AddedEntry[];
  readonly changed: readonly ChangedEntry[];
  readonly conflicts: readonly ConflictEntry[];
  readonly refused: readonly RefusedEntry[];
  readonly kept: readonly KeptEntry[];
  readonly cellWrites: readonly CellWrite[];
  readonly rowAppends: readonly RowAppend[];
}

/** True when applying the plan writes nothing. */
export function isNoOp(plan: MergePlan): boolean {
  return plan.cellWrites.length === 0 && plan.rowAppends.length === 0;
}

/** True when the merge lists anything the user must look at (refused rows or cells, conflicts). */
export function needsAttention(plan: MergePlan): boolean {
  return plan.refused.length > 0 || plan.conflicts.length > 0;
}
