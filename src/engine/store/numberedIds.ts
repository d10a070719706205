/**
 * An index of numbered IDs, which most plans use: one prefix and a decimal number ("T000123",
 * "TAC-2026-0042"). A reference cell's spelling is then found from its number in a typed array,
 * which stays in cache, instead of by hashing into a Map of every ID (a cache miss or two per
 * cell at 100,000 tactics).
 *
 * The index only ever answers with a spelling whose text has the cell's prefix, number and
 * length, so its answer is the spelling of exactly that text. Anything else — another prefix, a
 * padded cell, a number no ID has — is a miss, and the caller asks its Map.
 */

/** The answer of `find` for a text the index does not hold. */
export const NOT_NUMBERED = -1;

/** Numbers longer than this are not indexed (they would not fit in an array anyway). */
const MAX_DIGITS = 9;
/** Each entry packs a spelling and the digit count of its text: spelling * DIGIT_SLOTS + digits. */
const DIGIT_SLOTS = 16;
/** The array may grow to this many entries per ID held, plus SPARE_ENTRIES: sparse numbers stay in the Map. */
const ENTRIES_PER_ID = 4;
const SPARE_ENTRIES = 1024;

/** Numbered spellings of one ID domain, by number. */
export class NumberedIds {
  /** The prefix every indexed text starts with: the head of the first numbered text noted. */
  private prefix: string | undefined;
  /** Per number: spelling * DIGIT_SLOTS + digit count, or -1. */
  private entries = new Int32Array(0);
  private held = 0;

  /**
   * The spelling of `raw` when it is a numbered text the index holds, else NOT_NUMBERED.
   * Called for every reference cell: a few character reads and one array read.
   */
  find(raw: string): number {
    const prefix = this.prefix;
    if (prefix === undefined) return NOT_NUMBERED;
    const start = prefix.length;
    const digits = raw.length - start;
    if (digits <= 0 || digits > MAX_DIGITS) return NOT_NUMBERED;
    for (let i = 0; i < start; i++) if (raw.charCodeAt(i) !== prefix.charCodeAt(i)) return NOT_NUMBERED;
    let n = 0;
    for (let i = start; i < raw.length; i++) {
      const digit = raw.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return NOT_NUMBERED;
      n = n * 10 + digit;
    }
    if (n >= this.entries.length) return NOT_NUMBERED;
    const entry = this.entries[n];
    // "T07" and "T7" share a number; the digit count tells them apart.
    return entry >= 0 && (entry & (DIGIT_SLOTS - 1)) === digits ? entry >>> 4 : NOT_NUMBERED;
  }

  /**
   * Records a spelling's text when it is numbered with the index's prefix and its number is
   * free; returns true when it did (`find` then answers for it).
   */
  note(text: string, spelling: number): boolean {
    const start = this.prefix === undefined ? numberStart(text) : this.prefix.length;
    const digits = text.length - start;
    if (start < 0 || digits <= 0 || digits > MAX_DIGITS) return false;
    const prefix = (this.prefix ??= text.slice(0, start));
    if (!text.startsWith(prefix)) return false;
    let n = 0;
    for (let i = start; i < text.length; i++) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return false;
      n = n * 10 + digit;
    }
    if ((n >= this.entries.length && !this.grow(n)) || this.entries[n] >= 0) return false;
    this.entries[n] = spelling * DIGIT_SLOTS + digits;
    this.held++;
    return true;
  }

  /** Makes room for number `n`, unless that would leave the array mostly empty. */
  private grow(n: number): boolean {
    const limit = ENTRIES_PER_ID * (this.held + 1) + SPARE_ENTRIES;
    if (n >= limit) return false;
    const entries = new Int32Array(Math.min(limit, Math.max(n + 1, 2 * this.entries.length))).fill(-1);
    entries.set(this.entries);
    this.entries = entries;
    return true;
  }
}

/** Where the trailing run of digits of `text` starts, or -1 when it has none or is all digits. */
function numberStart(text: string): number {
  let start = text.length;
  while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
  return start === text.length || start === 0 ? -1 : start;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
