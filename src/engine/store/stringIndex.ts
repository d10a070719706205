/**
 * A string interner built for the engine's hot path: hundreds of thousands of ID cells. Each
 * distinct string gets the next small integer. Open addressing over one typed array that holds,
 * per slot, the index and the hash side by side, so a probe touches one cache line and compares
 * text only when the hashes agree; V8's Map spends several times longer per insert at these
 * sizes (measured by `npm run bench`). A file crafted so that many IDs share a hash would make
 * probing quadratic: past a probe limit the interner moves to a Map (seeded hashing).
 */

/** FNV-1a over UTF-16 code units: cheap, and good enough spread for ID-like strings. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

const MIN_CAPACITY = 16;
/** Longer probe runs than this only happen to crafted input (the table is at most half full). */
const MAX_PROBES = 256;

/** Distinct strings, numbered in the order they were added. */
export class StringIndex {
  /** Per slot: index + 1 (0 = empty), then the hash. */
  private slots: Int32Array;
  private readonly strings: string[] = [];
  /** Set once probing grows too long: from then on lookups go through here. */
  private fallback: Map<string, number> | null = null;
  /** The last string hashed and its hash: a miss is usually followed by adding the same string. */
  private lastText = "";
  private lastHash = hashOf("");

  /** `expected`: how many strings to make room for up front (the table still grows past it). */
  constructor(expected = 0) {
    this.slots = new Int32Array(2 * capacityFor(expected));
  }

  /** Number of strings. */
  get size(): number {
    return this.strings.length;
  }

  /** The string numbered `index`. */
  at(index: number): string {
    return this.strings[index];
  }

  /** The number of `text`, or -1 when absent. */
  get(text: string): number {
    if (this.fallback) return this.fallbackGet(text);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const hash = this.hash(text);
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const entry = slots[2 * at];
      if (entry === 0) return -1;
      if (slots[2 * at + 1] === hash && this.strings[entry - 1] === text) return entry - 1;
    }
  }

  private fallbackGet(text: string): number {
    return this.fallback?.get(text) ?? -1;
  }

  /** Adds `text`, which must be absent, and returns its number. */
  add(text: string): number {
    const index = this.strings.length;
    this.strings.push(text);
    if (this.fallback) {
      this.fallback.set(text, index);
      return index;
    }
    if ((index + 1) * 2 > this.slots.length >> 1) this.grow();
    if (!this.place(index, this.hash(text))) this.fallback = new Map(this.strings.map((s, i) => [s, i]));
    return index;
  }

  private hash(text: string): number {
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastHash = hashOf(text);
    }
    return this.lastHash;
  }

  /** Puts an entry in its slot; false when the probe run was suspiciously long. */
  private place(index: number, hash: number): boolean {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let at = hash & mask;
    let probes = 0;
    while (slots[2 * at] !== 0) {
      at = (at + 1) & mask;
      probes++;
    }
    slots[2 * at] = index + 1;
    slots[2 * at + 1] = hash;
    return probes <= MAX_PROBES;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let index = 0; index < this.strings.length; index++) this.place(index, hashOf(this.strings[index]));
  }
}

/** A power of two at least twice `expected`, so the table starts at most half full. */
function capacityFor(expected: number): number {
  let capacity = MIN_CAPACITY;
  while (capacity < expected * 2 && capacity < 1 << 29) capacity *= 2;
  return capacity;
}
