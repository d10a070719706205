/**
 * A set of partner x initiative slots (`pairSlot`), such as the Joint Plan's agreed pairs,
 * asked about once per tactic: a byte per slot while the slots are few enough to hold
 * (a million: 2,000 partners by 40 initiatives take 80,000), else a Set.
 */

/** Slots held as bytes up to this many. */
const MAX_BYTE_SLOTS = 1 << 20;

/** Marked slots. */
export class PairMarks {
  private readonly bytes: Uint8Array | null;
  private readonly others = new Set<number>();

  /** A structured clone of marks made marks again. */
  static revived(copy: PairMarks): PairMarks {
    return Object.setPrototypeOf(copy, PairMarks.prototype) as PairMarks;
  }

  /** Marks for slots 0 to `slots` - 1. */
  constructor(slots: number) {
    this.bytes = slots <= MAX_BYTE_SLOTS ? new Uint8Array(slots) : null;
  }

  add(slot: number): void {
    if (this.bytes) this.bytes[slot] = 1;
    else this.others.add(slot);
  }

  has(slot: number): boolean {
    return this.bytes ? this.bytes[slot] === 1 : this.others.has(slot);
  }
}
