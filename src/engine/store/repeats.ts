/**
 * Finds the rows of a column whose ID repeats an earlier row's (compared as keys, see `idKey`).
 * Repeats are rare, so the answer is sparse, and the search keeps to one small typed array:
 * an open-addressing table of row positions, probed by each key's hash, with keys compared
 * only when hashes agree. (Every typed array an analysis allocates counts as memory outside the
 * JavaScript heap, and the more of it, the more often the engine collects garbage.)
 */
import { keyOfText } from "./idDomain";
import type { WorkArrays } from "./workArrays";

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
 * The hash `repeatsOf` finds an ID (trimmed) by: its key's, `hashOf(keyOfText(text)) >>> 0`.
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
 * The repeats among the first `count` rows of `texts` (trimmed IDs, "" for none; `hashes`
 * their `keyHashOf`): each repeating row's position, mapped to the position of the earliest row
 * with the same key, in row order. Empty when every ID is unique. The hash table is taken from
 * `work` when given.
 */
export function repeatsOf(texts: readonly string[], hashes: Uint32Array, count = texts.length, work?: WorkArrays): Map<number, number> {
  const repeats = new Map<number, number>();
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  const mask = capacity - 1;
  /** Per slot: the position + 1 of the first row of a key (0 = empty). */
  const slots = work ? work.int32("hashSlots", capacity) : new Int32Array(capacity);
  for (let k = 0; k < count; k++) {
    if (texts[k] === "") continue;
    const hash = hashes[k];
    let probes = 0;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const entry = slots[at];
      if (entry === 0) {
        slots[at] = k + 1;
        break;
      }
      const first = entry - 1;
      if (hashes[first] === hash && keyOfText(texts[first]) === keyOfText(texts[k])) {
        repeats.set(k, first);
        break;
      }
      // Only IDs crafted to share a hash probe this long: compare their keys directly instead.
      if (++probes > MAX_PROBES) return repeatsByKey(texts, count);
    }
  }
  return repeats;
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
