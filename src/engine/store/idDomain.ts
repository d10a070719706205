/**
 * The IDs of one kind (partners, initiatives, tactics...) met anywhere in a plan, interned to
 * small integers once while the cells are read. Every later lookup — references, duplicates,
 * sums by partner — is then an array access instead of a text comparison.
 *
 * A message quotes an ID as its row wrote it while lookups compare keys, so each distinct
 * trimmed text is a *spelling* ("p001"), and each spelling points at the spelling of its key
 * ("P001", see `idKey`), which serves as the key index. Most IDs are written in key form and
 * are their own key. Raw cell strings are remembered too, so a repeated ID costs one lookup.
 */
import { idKey } from "../../model/ids";
import type { Id } from "../../model/plan";
import { isErrorLiteral } from "../read/cellValue";
import { NOT_NUMBERED, NumberedIds } from "./numberedIds";

/** No ID (blank or unreadable cell, or an unknown key). */
export const NO_ID = -1;

/** True when `text` (already trimmed) is its own key: nothing upper-casing would change. */
export function isKeyForm(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) return idKey(text) === text;
  }
  return true;
}

/** Interned IDs of one kind. */
export class IdDomain {
  /** Spelling texts, numbered by spelling. */
  private texts: string[] = [];
  /**
   * The spelling of each text `numbered` does not hold. V8's Map hashes a string once and
   * keeps the hash in the string, so a cell met again costs little; its hashing is seeded, so
   * no file can make IDs collide.
   */
  private readonly spellings = new Map<string, number>();
  /** Raw cell strings that trim to a spelling ("P001 "): rare, so kept apart. */
  private readonly aliases = new Map<string, number>();
  /** The spellings of numbered IDs ("T000123"), by number: asked first, and not in `spellings`. */
  private readonly numbered = new NumberedIds();
  /** Per spelling: the spelling of its key. */
  private keys: number[] = [];
  private records: Map<number, Id> | undefined;
  /**
   * True once a text reading as an Excel error ("#N/A") is a spelling — it can be, through a
   * padded cell (" #N/A") or a key. A cell holding exactly that text is an error, not this ID.
   */
  private holdsErrorText = false;

  /** A structured clone of a domain (sent from a Web Worker) made a domain again. */
  static revived(copy: IdDomain): IdDomain {
    Object.setPrototypeOf(copy, IdDomain.prototype);
    NumberedIds.revived(copy.numbered);
    return copy;
  }

  /** Key indices are below this number (it grows as IDs are met). */
  get keyCount(): number {
    return this.texts.length;
  }

  /**
   * The spelling of a raw cell string already met, or NO_ID — also for an error value ("#N/A"),
   * whatever spelling shares its text.
   */
  known(raw: string): number {
    // The index is asked first where it holds most spellings, else only after the Map: in a
    // plan whose IDs are not numbered, asking it first would only slow every lookup down.
    const numberedFirst = this.numbered.size * 2 >= this.texts.length;
    if (numberedFirst) {
      const numbered = this.numbered.find(raw);
      // A numbered text ends in a digit, which no error value does.
      if (numbered !== NOT_NUMBERED) return numbered;
    }
    // No spelling is blank.
    const spelling = raw.length === 0 ? NO_ID : this.hashed(raw);
    if (spelling !== NO_ID || numberedFirst) return spelling;
    const numbered = this.numbered.find(raw);
    return numbered === NOT_NUMBERED ? NO_ID : numbered;
  }

  /** `known` for a text the numbered index does not hold. */
  private hashed(raw: string): number {
    const spelling = this.spellings.get(raw);
    // Checked only on a hit, and only in the rare domain holding such a text.
    if (spelling !== undefined) return this.holdsErrorText && isErrorLiteral(raw) ? NO_ID : spelling;
    return this.aliases.size === 0 ? NO_ID : this.alias(raw);
  }

  private alias(raw: string): number {
    return this.aliases.get(raw) ?? NO_ID;
  }

  /**
   * The spelling of `text` (trimmed, not blank) met in the cell string `raw`, registering both
   * on first sight.
   */
  add(text: string, raw: string = text): number {
    const spelling = this.spellingOf(text);
    if (raw !== text) this.aliases.set(raw, spelling);
    return spelling;
  }

  /** The spelling of a trimmed, non-blank text, registering it when new. */
  intern(text: string): number {
    return this.spellingOf(text);
  }

  /**
   * Interns the first `count` own IDs of a table other tables refer to (trimmed, "" for none),
   * whose keys all differ (repeats were left out), putting their spellings in `out`. Into an
   * empty domain they are all new: the usual ones go in without being looked up first.
   */
  internOwn(texts: readonly string[], count: number, out: Int32Array): void {
    const from = this.texts.length === 0 ? this.internFresh(texts, count, out) : 0;
    for (let i = from; i < count; i++) {
      const text = texts[i];
      out[i] = text === "" ? NO_ID : this.spellingOf(text);
    }
  }

  /**
   * `internOwn` into an empty domain, where every text is new: each becomes the next spelling,
   * with no lookup first, in arrays sized once. Stops at the first text needing more (one not
   * in key form, whose key becomes a spelling too, or one starting with #) and returns its
   * position; `internOwn` goes on from there, numbering the spellings as this would have.
   */
  private internFresh(texts: readonly string[], count: number, out: Int32Array): number {
    const fresh = new Array<string>(count);
    const keys = new Array<number>(count);
    let size = 0;
    let i = 0;
    for (; i < count; i++) {
      const text = texts[i];
      if (text === "") {
        out[i] = NO_ID;
        continue;
      }
      if (text.charCodeAt(0) === 35 || !isKeyForm(text)) break;
      fresh[size] = text;
      keys[size] = size;
      if (!this.numbered.note(text, size)) this.spellings.set(text, size);
      out[i] = size++;
    }
    fresh.length = size;
    keys.length = size;
    this.texts = fresh;
    this.keys = keys;
    return i;
  }

  private spellingOf(text: string): number {
    const numbered = this.numbered.find(text);
    return numbered !== NOT_NUMBERED ? numbered : (this.spellings.get(text) ?? this.create(text));
  }

  /** Registers a text not met before. */
  private create(text: string): number {
    const spelling = this.texts.length;
    this.texts.push(text);
    if (!this.numbered.note(text, spelling)) this.spellings.set(text, spelling);
    this.keys.push(spelling);
    if (text.charCodeAt(0) === 35 && isErrorLiteral(text)) this.holdsErrorText = true;
    // A text not in key form points at the spelling of its key, created if no cell wrote it so.
    if (!isKeyForm(text)) this.keys[spelling] = this.spellingOf(idKey(text));
    return spelling;
  }

  /** The ID text of a spelling as written (trimmed). */
  text(spelling: number): string {
    return this.texts[spelling];
  }

  /** The key index of a spelling. */
  key(spelling: number): number {
    return this.keys[spelling];
  }

  /** The key text of a key index. */
  keyText(keyIndex: number): string {
    return this.texts[keyIndex];
  }

  /** The key index of a key text, or NO_ID when no cell held it. */
  findKey(key: string): number {
    const numbered = this.numbered.find(key);
    const spelling = numbered !== NOT_NUMBERED ? numbered : this.spellings.get(key);
    return spelling === undefined ? NO_ID : this.keys[spelling];
  }

  /** The spelling as the plan's `Id` record (one shared object per spelling). */
  id(spelling: number): Id {
    this.records ??= new Map();
    let id = this.records.get(spelling);
    if (!id) {
      id = { text: this.texts[spelling], key: this.texts[this.keys[spelling]] };
      this.records.set(spelling, id);
    }
    return id;
  }

  /** `id(spelling)`, or undefined for NO_ID. */
  maybeId(spelling: number): Id | undefined {
    return spelling === NO_ID ? undefined : this.id(spelling);
  }
}

/** The key of a trimmed ID text: the text itself when already in key form (most IDs). */
export function keyOfText(text: string): string {
  return isKeyForm(text) ? text : idKey(text);
}

/**
 * The ID domains of a plan: the IDs other tables refer to. (A table's own IDs are kept as text:
 * they are only checked for repeats, see store/repeats.ts.)
 */
export interface IdDomains {
  readonly partners: IdDomain;
  readonly initiatives: IdDomain;
  readonly tactics: IdDomain;
}
