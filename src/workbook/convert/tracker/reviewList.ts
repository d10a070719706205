/**
 * The review list of an import, with the same remark about many rows given once with its rows
 * ('Status "Waiting on vendor" read as Submitted: rows 5, 8, 12') so that a long tracker's list
 * stays short enough to read.
 */
import type { ReviewItem, ReviewKind } from "./importTypes";

/** Collects review remarks, grouping repeats. */
export class ReviewList {
  private readonly byMessage = new Map<string, { kind: ReviewKind; message: string; rows: number[]; column?: string }>();

  /** Adds a remark about `row` (a sheet row), or about the whole tracker. */
  add(kind: ReviewKind, message: string, row?: number, column?: string): void {
    const key = `${kind}\u0000${message}`;
    let item = this.byMessage.get(key);
    if (!item) this.byMessage.set(key, (item = { kind, message, rows: [], ...(column ? { column } : {}) }));
    if (row !== undefined && item.rows[item.rows.length - 1] !== row) item.rows.push(row);
  }

  /** The remarks in the order first made. */
  items(): ReviewItem[] {
    return [...this.byMessage.values()].map(({ rows, ...rest }) => (rows.length > 0 ? { ...rest, rows } : rest));
  }
}
