/**
 * Numbered IDs, which most plans use: one prefix and a decimal number ("T000123",
 * "TAC-2026-0042"). Such an ID is found by its number in a typed array, which stays in cache,
 * instead of by hashing into a table of every ID (a cache miss or two per cell at 100,000
 * tactics).
 *
 * `NumberedIds` only ever answers with a spelling whose text has the cell's prefix, number and
 * length, so its answer is the spelling of exactly that text. Anything else — another prefix, a
 * padded cell, a number no ID has — is a miss, and the caller asks its Map.
 */

/** The answer of `find` and `numberAfter` for a text that is not numbered as asked. */
export const NOT_NUMBERED = -1;

/** Numbers longer than this are not indexed (they would not fit in an array anyway). */
export const MAX_DIGITS = 9;
/** An entry packs a spelling (or row) and the digit count of its text: value * DIGIT_SLOTS + digits. */
const DIGIT_BITS = 4;
const DIGIT_SLOTS = 1 << DIGIT_BITS;
/** An array of numbers may hold this many entries per ID, plus SPARE_ENTRIES: sparse numbers stay in the Map. */
export const ENTRIES_PER_ID = 4;
export const SPARE_ENTRIES = 1024;

/**
 * The number of `text` when it is `prefix` followed by 1 to MAX_DIGITS decimal digits, else
 * NOT_NUMBERED. Called for every reference cell: a few character reads.
 */
export function numberAfter(prefix: string, text: string): number {
  const start = prefix.length;
  const digits = text.length - start;
  if (digits <= 0 || digits > MAX_DIGITS) return NOT_NUMBERED;
  for (let i = 0; i < start; i++) if (text.charCodeAt(i) !== prefix.charCodeAt(i)) return NOT_NUMBERED;
  let n = 0;
  for (let i = start; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NOT_NUMBERED;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * An entry of an array by number: `value` (a spelling or a row, from 0) with the digit count
 * of its text. Never 0, as a number has a digit, so 0 marks a number no text has.
 */
export function numberEntry(value: number, digits: number): number {
  return value * DIGIT_SLOTS + digits;
}

/**
 * The value of an entry when its text had `digits` digits, else NOT_NUMBERED: "T07" and "T7"
 * share a number, and the digit count tells them apart.
 */
export function entryValue(entry: number, digits: number): number {
  return entry !== 0 && (entry & (DIGIT_SLOTS - 1)) === digits ? entry >>> DIGIT_BITS : NOT_NUMBERED;
}

/** The text before the trailing digits of `text`, or undefined when it has none or is all digits. */
export function numberedPrefix(text: string): string | undefined {
  let start = text.length;
  while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
  return start === text.length || start === 0 ? undefined : text.slice(0, start);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Numbered spellings of one ID domain, by number. */
export class NumberedIds {
  /**
   * The prefix every indexed text starts with: the head of the first text noted, when that is
   * numbered. (A plan numbers its IDs from the first row on, or not at all; a stray numbered
   * text further down does not make the index worth asking.)
   */
  private prefix: string | undefined;
  private noted = false;
  /** Per number: the entry of its spelling (see `numberEntry`), or 0. */
  private entries = new Int32Array(0);
  private held = 0;

  /** A structured clone of an index made an index again. */
  static revived(copy: NumberedIds): NumberedIds {
    return Object.setPrototypeOf(copy, NumberedIds.prototype) as NumberedIds;
  }

  /** How many spellings the index holds. */
  get size(): number {
    return this.held;
  }

  /** The spelling of `raw` when it is a numbered text the index holds, else NOT_NUMBERED. */
  find(raw: string): number {
    if (this.prefix === undefined) return NOT_NUMBERED;
    const n = numberAfter(this.prefix, raw);
    if (n === NOT_NUMBERED || n >= this.entries.length) return NOT_NUMBERED;
    return entryValue(this.entries[n], raw.length - this.prefix.length);
  }

  /**
   * Records a spelling's text when it is numbered with the index's prefix and its number is
   * free; returns true when it did (`find` then answers for it).
   */
  note(text: string, spelling: number): boolean {
    if (!this.noted) {
      this.noted = true;
      this.prefix = numberedPrefix(text);
    }
    const prefix = this.prefix;
    const n = prefix === undefined ? NOT_NUMBERED : numberAfter(prefix, text);
    if (n === NOT_NUMBERED || (n >= this.entries.length && !this.grow(n)) || this.entries[n] !== 0) return false;
    this.entries[n] = numberEntry(spelling, text.length - (prefix as string).length);
    this.held++;
    return true;
  }

  /** Makes room for number `n`, unless that would leave the array mostly empty. */
  private grow(n: number): boolean {
    const limit = ENTRIES_PER_ID * (this.held + 1) + SPARE_ENTRIES;
    if (n >= limit) return false;
    const entries = new Int32Array(Math.min(limit, Math.max(n + 1, 2 * this.entries.length)));
    entries.set(this.entries);
    this.entries = entries;
    return true;
  }
}
