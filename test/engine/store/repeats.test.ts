/**
 * Repeated own IDs are found through a table of hashes, not of keys: the result must be the
 * one a plain Map of keys gives, including IDs that differ only in case or spacing, and IDs
 * crafted to share one hash.
 */
import fc from "fast-check";
import { keyOfText } from "../../../src/engine/store/idDomain";
import { hashOf, keyHashOf, repeatsOf } from "../../../src/engine/store/repeats";
import { idKey } from "../../../src/model/ids";

/** Not a repeat: the row holds no ID, or it is the first row with its key. */
const FIRST = -1;

/** Per row: the first row with its key when it repeats one, else FIRST (hashed as the reader does). */
function repeats(texts: readonly string[], hashOf: (text: string) => number = keyHashOf): number[] {
  const found = repeatsOf(texts, Uint32Array.from(texts, (t) => (t === "" ? 0 : hashOf(t))));
  return texts.map((_, k) => found.get(k) ?? FIRST);
}

/** The obvious way: the first row of each key, by a Map. */
function byMap(texts: readonly string[]): number[] {
  const first = new Map<string, number>();
  return texts.map((text, k) => {
    if (text === "") return FIRST;
    const key = idKey(text);
    const seen = first.get(key);
    if (seen !== undefined) return seen;
    first.set(key, k);
    return FIRST;
  });
}

describe("keyHashOf", () => {
  it("is the hash of the ID's key, for any trimmed text", () => {
    const text = fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 4 }), fc.constantFrom("t001", "T001", "ß1", "ǆ", "Ä1")).map((t) => t.trim());
    fc.assert(fc.property(text, (t) => keyHashOf(t) === hashOf(keyOfText(t)) >>> 0));
  });
});

describe("repeatsOf", () => {
  it("points each repeat at the first row with its key", () => {
    expect(repeats(["C1", "C2", "c1", "", "C1 ", "C3", "", "C2"].map((t) => t.trim()))).toEqual([FIRST, FIRST, 0, FIRST, 0, FIRST, FIRST, 1]);
  });

  it("agrees with a Map of keys on any column", () => {
    const id = fc.constantFrom("A1", "a1", "B2", "b2", "C3", "", "Ä", "ä", "__proto__", "x y", "X Y");
    fc.assert(
      fc.property(fc.array(fc.oneof(id, fc.string({ maxLength: 4 }).map((s) => s.trim())), { maxLength: 300 }), (texts) => {
        expect(repeats(texts)).toEqual(byMap(texts));
      }),
    );
  });

  it("handles a large column with few repeats", () => {
    const texts = Array.from({ length: 50_000 }, (_, k) => `C${k % 49_990}`);
    const firstOf = repeats(texts);
    expect(firstOf.slice(49_990)).toEqual(Array.from({ length: 10 }, (_, k) => k));
    expect(firstOf.slice(0, 49_990).every((f) => f === FIRST)).toBe(true);
  });

  it("gives the same answer when every ID shares one hash (a crafted file)", () => {
    const texts = Array.from({ length: 2_000 }, (_, k) => (k % 7 === 6 ? `c${k - 3}` : `C${k}`));
    expect(repeats(texts, () => 42)).toEqual(byMap(texts));
  });

  it("lists the repeating rows in row order", () => {
    const texts = ["A", "B", "B", "A", "C", "a", "b"];
    expect([...repeatsOf(texts, Uint32Array.from(texts, keyHashOf)).keys()]).toEqual([2, 3, 5, 6]);
  });

  it("looks only at the first rows when given a count", () => {
    const texts = ["A", "B", "A", "B"];
    const hashes = Uint32Array.from(texts, keyHashOf);
    expect([...repeatsOf(texts, hashes, 3)]).toEqual([[2, 0]]);
  });
});
