/**
 * Typed work arrays reused from one table to the next, and from one analysis to the next.
 *
 * A typed array's memory lies outside the JavaScript heap, and V8 starts a full collection
 * each time some 64 MB of it has built up since the last one. At the SPEC size a full
 * collection marks the plan's 4.6 million cells and costs about as much as reading a table,
 * so arrays that only live while one table is read (its row positions, hashes, places) are
 * taken from here instead of allocated per table: an analysis then allocates little typed
 * memory beyond the columns it returns.
 */

/** What a work array is for: two purposes never share memory. */
export type WorkPurpose = "positions" | "places" | "hashes" | "hashSlots" | "numberSlots";

/** Work arrays by purpose; each call hands out the same memory as the last call for that purpose. */
export class WorkArrays {
  private readonly buffers = new Map<WorkPurpose, ArrayBuffer>();

  /** Zeroed Int32 work memory for `length` items; valid until the next call for the same purpose. */
  int32(purpose: WorkPurpose, length: number): Int32Array {
    return new Int32Array(this.buffer(purpose, length * 4), 0, length).fill(0);
  }

  /** Zeroed Uint32 work memory for `length` items; valid until the next call for the same purpose. */
  uint32(purpose: WorkPurpose, length: number): Uint32Array {
    return new Uint32Array(this.buffer(purpose, length * 4), 0, length).fill(0);
  }

  private buffer(purpose: WorkPurpose, bytes: number): ArrayBuffer {
    const held = this.buffers.get(purpose);
    if (held && held.byteLength >= bytes) return held;
    const buffer = new ArrayBuffer(Math.max(bytes, 2 * (held?.byteLength ?? 0)));
    this.buffers.set(purpose, buffer);
    return buffer;
  }
}
