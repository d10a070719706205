/**
 * The one way to find a row of a small table (Partners, Initiatives) from an ID: by the ID's
 * key, or by a spelling of its ID domain (how the large tables hold their references). A row
 * is named by its position in the table (sheet order); NOWHERE when the ID is blank or not in
 * the table.
 */
import type { Id } from "../../model/plan";
import type { IdDomain } from "../store/idDomain";
import { NO_ID } from "../store/idDomain";

/** No row: the ID is blank or not in its table. */
export const NOWHERE = -1;

/** The rows of a small table by ID. */
export class RowLookup<T extends { readonly id: Id }> {
  /** Rows by ID key, in sheet order (rows without an ID left out). */
  readonly byKey: ReadonlyMap<string, T>;
  private readonly positions = new Map<string, number>();
  /**
   * Per spelling of the domain: the position of the row with its key, or NOWHERE. The tables
   * are small, so finding a large table's row's partner here costs no more than reading it
   * from a column per row, which would take memory.
   */
  private readonly bySpelling: Int32Array;

  /** A structured clone of a lookup made a lookup again (its rows are plain records). */
  static revived<T extends { readonly id: Id }>(copy: RowLookup<T>): RowLookup<T> {
    return Object.setPrototypeOf(copy, RowLookup.prototype) as RowLookup<T>;
  }

  constructor(readonly rows: readonly T[], domain: IdDomain) {
    const byKey = new Map<string, T>();
    // The table holds each key once (repeats were left out while reading).
    rows.forEach((row, position) => {
      if (row.id.key === "" || this.positions.has(row.id.key)) return;
      byKey.set(row.id.key, row);
      this.positions.set(row.id.key, position);
    });
    this.byKey = byKey;
    const byKeyIndex = new Int32Array(domain.keyCount).fill(NOWHERE);
    for (const [key, position] of this.positions) {
      const index = domain.findKey(key);
      if (index !== NO_ID) byKeyIndex[index] = position;
    }
    this.bySpelling = byKeyIndex.map((_, spelling) => byKeyIndex[domain.key(spelling)]);
  }

  /** The position of the row whose ID has key `key`, or NOWHERE. */
  positionOfKey(key: string): number {
    return this.positions.get(key) ?? NOWHERE;
  }

  /** The position of the row with ID `id` (absent: NOWHERE). */
  positionOfId(id: Id | undefined): number {
    return id === undefined ? NOWHERE : this.positionOfKey(id.key);
  }

  /** The position of the row a spelling of the domain names; NOWHERE for NO_ID or an unknown ID. */
  positionOf(spelling: number): number {
    return spelling === NO_ID ? NOWHERE : this.bySpelling[spelling];
  }

  /** True when a spelling of the domain names a row of the table (false for NO_ID). */
  has(spelling: number): boolean {
    return this.positionOf(spelling) !== NOWHERE;
  }
}
