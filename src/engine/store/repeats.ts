/**
 * Finds the rows of a column whose ID repeats an earlier row's (compared as keys, see `idKey`).
 * Repeats are rare, so the answer is sparse, and the search keeps to typed work arrays: one of
 * numbered keys by number, and an open-addressing table of row positions for the other keys.
 * (Every typed array an analysis allocates counts as memory outside the JavaScript heap, and
 * the more of it, the more often the engine collects garbage.)
 */
import { isKeyForm, keyOfText } from "./idDomain";
import { ENTRIES_PER_ID, entryValue, NOT_NUMBERED, numberAfter, numberedPrefix, numberEntry, SPARE_ENTRIES } from "./numberedIds";
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
 * The hash the hash table finds an ID (trimmed) by: its key's, `hashOf(keyOfText(text)) >>> 0`.
 * ASCII text is upper-cased while it is hashed, in one pass; other text is keyed first.
 */
export function keyHashOf(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c > 127) return hashOf(keyOfText(text)) >>> 0;
    if (c >= 97 && c <= 122) c -= 32;
    hash = Math.imul(hash ^ c, FNV_PRIME);
  }
  return hash >>> 0;
}

/**
 * The repeats among the first `count` rows of `texts` (trimmed IDs, "" for none): each
 * repeating row's position, mapped to the position of the earliest row with the same key, in
 * row order. Empty when every ID is unique. Work memory is taken from `work` when given;
 * `hash` is only ever replaced by tests.
 *
 * A table whose first ID is numbered ("C000123", see numberedIds.ts) has its numbered keys
 * marked by number in an array, in the order rows usually number them, so the search walks
 * that array instead of jumping about a hash table; its other keys, and every key of a table
 * that does not number its IDs, go to a hash table.
 */
export function repeatsOf(texts: readonly string[], count = texts.length, work?: WorkArrays, hash: (text: string) => number = keyHashOf): Map<number, number> {
  const prefix = keyPrefix(texts, count);
  return prefix === undefined ? hashedRepeats(texts, count, work, hash) : numberedRepeats(texts, count, prefix, work, hash);
}

/**
 * The prefix of the first ID when it is numbered and in key form, else undefined. (A table
 * numbers its IDs from the first row on, or not at all.)
 */
function keyPrefix(texts: readonly string[], count: number): string | undefined {
  for (let k = 0; k < count; k++) {
    if (texts[k] === "") continue;
    const prefix = numberedPrefix(texts[k]);
    return prefix !== undefined && isKeyForm(prefix) ? prefix : undefined;
  }
  return undefined;
}

/** `repeatsOf` through the hash table alone. */
function hashedRepeats(texts: readonly string[], count: number, work: WorkArrays | undefined, hash: (text: string) => number): Map<number, number> {
  const repeats = new Map<number, number>();
  const table = new HashTable(count, work);
  const hashes = table.hashes;
  for (let k = 0; k < count; k++) hashes[k] = texts[k] === "" ? 0 : hash(texts[k]);
  for (let k = 0; k < count; k++) {
    if (texts[k] === "") continue;
    const first = probe(table, texts, k);
    if (first === TOO_MANY_PROBES) return repeatsByKey(texts, count);
    if (first !== k) repeats.set(k, first);
  }
  return repeats;
}

/** `repeatsOf` for a table numbering its IDs with `prefix`: by number, the odd key through the hash table. */
function numberedRepeats(texts: readonly string[], count: number, prefix: string, work: WorkArrays | undefined, hash: (text: string) => number): Map<number, number> {
  const repeats = new Map<number, number>();
  const byNumber = zeroedInt32(work, "numberSlots", ENTRIES_PER_ID * count + SPARE_ENTRIES);
  let table: HashTable | undefined;
  for (let k = 0; k < count; k++) {
    const text = texts[k];
    if (text === "") continue;
    // A text not in key form ("c12") is numbered by its key, so it meets the rows of that key.
    let key = text;
    let n = numberAfter(prefix, text);
    if (n === NOT_NUMBERED) {
      key = keyOfText(text);
      if (key !== text) n = numberAfter(prefix, key);
    }
    if (n !== NOT_NUMBERED && n < byNumber.length) {
      const entry = byNumber[n];
      const digits = key.length - prefix.length;
      if (entry === 0) {
        byNumber[n] = numberEntry(k, digits);
        continue;
      }
      // The same number in as many digits is the same key; "C07" after "C7" is another one.
      const first = entryValue(entry, digits);
      if (first !== NOT_NUMBERED) {
        repeats.set(k, first);
        continue;
      }
    }
    // Every row of one key gets here, or none does: the way depends only on the key.
    table ??= new HashTable(count, work);
    table.hashes[k] = hash(text);
    const first = probe(table, texts, k);
    if (first === TOO_MANY_PROBES) return repeatsByKey(texts, count);
    if (first !== k) repeats.set(k, first);
  }
  return repeats;
}

/** Zeroed Int32 memory, from `work` when given. */
function zeroedInt32(work: WorkArrays | undefined, purpose: WorkPurpose, length: number): Int32Array {
  return work ? work.int32(purpose, length) : new Int32Array(length);
}

/** An open-addressing table of row positions, probed by each key's hash (at most half full). */
class HashTable {
  /** Per slot: the position + 1 of the first row of a key (0 = empty). */
  readonly slots: Int32Array;
  readonly mask: number;
  /** Per row: the hash of its key (`keyHashOf` of its text). */
  readonly hashes: Uint32Array;

  constructor(count: number, work: WorkArrays | undefined) {
    let capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = zeroedInt32(work, "hashSlots", capacity);
    this.hashes = work ? work.uint32("hashes", count) : new Uint32Array(count);
  }
}

/** `probe` when a key's probe run is too long: only crafted input gets there. */
const TOO_MANY_PROBES = -1;

/**
 * The first row with the key of row `k` (whose hash is in the table), entering `k` when it is
 * the first; or TOO_MANY_PROBES. Keys are compared only when hashes agree.
 */
function probe(table: HashTable, texts: readonly string[], k: number): number {
  const { slots, mask, hashes } = table;
  const hash = hashes[k];
  let probes = 0;
  for (let at = hash & mask; ; at = (at + 1) & mask) {
    const entry = slots[at];
    if (entry === 0) {
      slots[at] = k + 1;
      return k;
    }
    const first = entry - 1;
    if (hashes[first] === hash && keyOfText(texts[first]) === keyOfText(texts[k])) return first;
    if (++probes > MAX_PROBES) return TOO_MANY_PROBES;
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
