/**
 * Finds the rows of a column whose ID repeats an earlier row's (compared as keys, see `idKey`)
 * without building a hash table of every ID: each row's key is hashed, the rows are sorted by
 * hash with a stable radix sort over typed arrays — which streams through memory where a hash
 * table would jump around it — and only rows whose hashes agree have their keys compared.
 */
import { keyOfText } from "./idDomain";
import { hashOf } from "./stringIndex";

/** Not repeated: the row holds no ID, or the first row with its key. */
export const FIRST = -1;

const DIGIT_BITS = 11;
const DIGITS = 1 << DIGIT_BITS;

/** The hash `repeatsOf` sorts an ID by: its key's. Best taken while the cell is being read. */
export function keyHashOf(text: string): number {
  return hashOf(keyOfText(text)) >>> 0;
}

/**
 * Per row of `texts` (trimmed IDs, "" for none; `hashes` their `keyHashOf`): FIRST, or the
 * position of the earliest row with the same key.
 */
export function repeatsOf(texts: readonly string[], hashes: Uint32Array): Int32Array {
  const count = texts.length;
  const firstOf = new Int32Array(count).fill(FIRST);
  let withId = 0;
  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) if (texts[k] !== "") order[withId++] = k;
  const sorted = sortByHash(order.subarray(0, withId), hashes);
  for (let i = 0; i < withId; ) {
    let j = i + 1;
    while (j < withId && hashes[sorted[j]] === hashes[sorted[i]]) j++;
    if (j - i > 1) resolveRun(sorted.subarray(i, j), texts, firstOf);
    i = j;
  }
  return firstOf;
}

/** Rows of one hash, in row order: later rows with an earlier row's key point at it. */
function resolveRun(run: Int32Array, texts: readonly string[], firstOf: Int32Array): void {
  const firstByKey = new Map<string, number>();
  for (const k of run) {
    const key = keyOfText(texts[k]);
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, k);
    else firstOf[k] = first;
  }
}

/** A stable least-significant-digit radix sort of row positions by their 32-bit hash. */
function sortByHash(rows: Int32Array, hashes: Uint32Array): Int32Array {
  let from = Int32Array.from(rows);
  let to = new Int32Array(rows.length);
  const starts = new Int32Array(DIGITS);
  for (let shift = 0; shift < 32; shift += DIGIT_BITS) {
    starts.fill(0);
    for (const k of from) starts[(hashes[k] >>> shift) & (DIGITS - 1)]++;
    let sum = 0;
    for (let d = 0; d < DIGITS; d++) {
      const n = starts[d];
      starts[d] = sum;
      sum += n;
    }
    for (const k of from) to[starts[(hashes[k] >>> shift) & (DIGITS - 1)]++] = k;
    [from, to] = [to, from];
  }
  return from;
}
