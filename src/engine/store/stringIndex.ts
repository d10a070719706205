/**
 * A map from strings to small integers, built for the engine's hot path: interning hundreds of
 * thousands of ID cells. Open addressing over typed arrays keeps a lookup to one hash and, most
 * of the time, one string comparison, with no allocation per call; V8's Map spends several
 * times longer per insert at these sizes (measured by `npm run bench`).
 */

/** FNV-1a over UTF-16 code units: cheap, and good enough spread for ID-like strings. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const EMPTY = -1;
const MIN_CAPACITY = 16;
/** Longer probe runs than this only happen to crafted input (the table is at most half full). */
const MAX_PROBES = 256;

/** Strings to non-negative integers. Entries are never removed. */
export class StringIndex {
  private slots: Int32Array;
  private readonly strings: string[] = [];
  private readonly values: number[] = [];
  /** The last string hashed and its hash: a miss is usually followed by adding the same string. */
  private lastText = "";
  private lastHash = hashOf("");
  /** Set once probing grows too long: from then on the entries live here. */
  private fallback: Map<string, number> | null = null;

  /** `expected`: how many entries to make room for up front (the table still grows past it). */
  constructor(expected = 0) {
    this.slots = new Int32Array(capacityFor(expected)).fill(EMPTY);
  }

  /** Number of entries. */
  get size(): number {
    return this.fallback ? this.fallback.size : this.strings.length;
  }

  /** The value of `text`, or -1 when absent. */
  get(text: string): number {
    if (this.fallback) return this.fallback.get(text) ?? -1;
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let at = this.hash(text) & mask; ; at = (at + 1) & mask) {
      const entry = slots[at];
      if (entry === EMPTY) return -1;
      if (this.strings[entry] === text) return this.values[entry];
    }
  }

  /** Adds `text` with `value`; `text` must not be present yet. */
  add(text: string, value: number): void {
    if (this.fallback) {
      this.fallback.set(text, value);
      return;
    }
    if ((this.strings.length + 1) * 2 > this.slots.length) this.grow();
    const entry = this.strings.length;
    this.strings.push(text);
    this.values.push(value);
    if (!this.place(entry, this.hash(text))) this.moveToMap();
  }

  private hash(text: string): number {
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastHash = hashOf(text);
    }
    return this.lastHash;
  }

  /** Puts an entry in its slot; false when the probe run was suspiciously long. */
  private place(entry: number, hash: number): boolean {
    const slots = this.slots;
    const mask = slots.length - 1;
    let at = hash & mask;
    let probes = 0;
    while (slots[at] !== EMPTY) {
      at = (at + 1) & mask;
      probes++;
    }
    slots[at] = entry;
    return probes <= MAX_PROBES;
  }

  private moveToMap(): void {
    this.fallback = new Map(this.strings.map((text, entry) => [text, this.values[entry]]));
    this.slots = new Int32Array(0);
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    for (let entry = 0; entry < this.strings.length; entry++) this.place(entry, hashOf(this.strings[entry]));
  }
}

/** A power of two at least twice `expected`, so the table starts at most half full. */
function capacityFor(expected: number): number {
  let capacity = MIN_CAPACITY;
  while (capacity < expected * 2 && capacity < 1 << 30) capacity *= 2;
  return capacity;
}
