/**
 * Finds the rows of a column whose ID repeats an earlier row's (compared as keys, see `idKey`).
 * Repeats are rare, so the answer is sparse, and the search keeps to typed work arrays: one of
 * numbered keys by number, and an open-addressing table of row positions for the other keys.
 * (Every typed array an analysis allocates counts as memory outside the JavaScript heap, and
 * the more of it, the more often the engine collects garbage.)
 */
import { isKeyForm, keyOfText } from "./idDomain";
import { DIGIT_BITS, DIGIT_SLOTS, ENTRIES_PER_ID, NOT_NUMBERED, numberAfter, numberedPrefix, SPARE_ENTRIES } from "./numberedIds";
import type { WorkArrays, WorkPurpose } from "./workArrays";

/** Longer probe runs than this only happen to crafted input (the table is at most half full). */
const MAX_PROBES = 256;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: cheap, and good enough spread for ID-like strings. */
export function hashOf(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash | 0;
}

/**
 * The repeats among the first `count` rows of `texts` (trimmed IDs, "" for none): each
 * repeating row's position, mapped to the position of the earliest row with the same key, in
 * row order. Empty when every ID is unique. Work memory is taken from `work` when given;
 * `hash` is only ever replaced by tests.
 *
 * Numbered keys ("C000123", see numberedIds.ts) are marked by their number in an array, in
 * the order rows usually number them, so the search walks that array instead of jumping
 * about a hash table; other keys go to the hash table. Every row of one key takes the same
 * path, as the path depends only on the key.
 */
export function repeatsOf(texts: readonly string[], count = texts.length, work?: WorkArrays, hash: (key: string) => number = hashOf): Map<number, number> {
  const repeats = new Map<number, number>();
  const prefix = keyPrefix(texts, count);
  const byNumber = prefix === undefined ? new Int32Array(0) : zeroed(work, "numberSlots", ENTRIES_PER_ID * count + SPARE_ENTRIES);
  const hashed = new HashedKeys(texts, count, work, hash);
  for (let k = 0; k < count; k++) {
    const text = texts[k];
    if (text === "") continue;
    let key = text;
    let n = prefix === undefined ? NOT_NUMBERED : numberAfter(prefix, text);
    if (n === NOT_NUMBERED) {
      key = keyOfText(text);
      if (prefix !== undefined && key !== text) n = numberAfter(prefix, key);
    }
    if (n !== NOT_NUMBERED && n < byNumber.length) {
      const entry = byNumber[n];
      const digits = key.length - (prefix as string).length;
      if (entry === 0) {
        byNumber[n] = (k + 1) * DIGIT_SLOTS + digits;
        continue;
      }
      // The same number in as many digits is the same key; "C07" after "C7" is another one.
      if ((entry & (DIGIT_SLOTS - 1)) === digits) {
        repeats.set(k, (entry >>> DIGIT_BITS) - 1);
        continue;
      }
    }
    const first = hashed.firstOf(k, key);
    if (first === TOO_MANY_PROBES) return repeatsByKey(texts, count);
    if (first !== k) repeats.set(k, first);
  }
  return repeats;
}

/** The prefix of the first numbered ID in key form, or undefined when no ID is numbered. */
function keyPrefix(texts: readonly string[], count: number): string | undefined {
  for (let k = 0; k < count; k++) {
    const prefix = numberedPrefix(texts[k]);
    if (prefix !== undefined && isKeyForm(prefix)) return prefix;
  }
  return undefined;
}

/** Zeroed Int32 memory, from `work` when given. */
function zeroed(work: WorkArrays | undefined, purpose: WorkPurpose, length: number): Int32Array {
  return work ? work.int32(purpose, length) : new Int32Array(length);
}

/** `HashedKeys.firstOf` when a key's probe run is too long: only crafted input gets there. */
const TOO_MANY_PROBES = -1;

/**
 * The rows of keys that are not numbered: an open-addressing table of row positions, probed
 * by each key's hash, with keys compared only when hashes agree. Allocated on first use.
 */
class HashedKeys {
  /** Per slot: the position + 1 of the first row of a key (0 = empty). */
  private slots: Int32Array | undefined;
  private hashes: Uint32Array | undefined;
  private mask = 0;

  constructor(
    private readonly texts: readonly string[],
    private readonly count: number,
    private readonly work: WorkArrays | undefined,
    private readonly hash: (key: string) => number,
  ) {}

  /** The first row with the key of row `k` (`k` itself when it is the first), or TOO_MANY_PROBES. */
  firstOf(k: number, key: string): number {
    if (this.slots === undefined) this.allocate();
    const slots = this.slots as Int32Array;
    const hashes = this.hashes as Uint32Array;
    const hash = this.hash(key) >>> 0;
    hashes[k] = hash;
    let probes = 0;
    for (let at = hash & this.mask; ; at = (at + 1) & this.mask) {
      const entry = slots[at];
      if (entry === 0) {
        slots[at] = k + 1;
        return k;
      }
      const first = entry - 1;
      if (hashes[first] === hash && keyOfText(this.texts[first]) === key) return first;
      if (++probes > MAX_PROBES) return TOO_MANY_PROBES;
    }
  }

  private allocate(): void {
    let capacity = 16;
    while (capacity < this.count * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = zeroed(this.work, "hashSlots", capacity);
    this.hashes = this.work ? this.work.uint32("hashes", this.count) : new Uint32Array(this.count);
  }
}

/** The same answer through a Map of keys: immune to shared hashes, slower on ordinary columns. */
function repeatsByKey(texts: readonly string[], count: number): Map<number, number> {
  const firstByKey = new Map<string, number>();
  const repeats = new Map<number, number>();
  for (let k = 0; k < count; k++) {
    if (texts[k] === "") continue;
    const key = keyOfText(texts[k]);
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, k);
    else repeats.set(k, first);
  }
  return repeats;
}
