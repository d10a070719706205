/**
 * Interned IDs: spellings keep the text a row wrote, keys compare trimmed and case-insensitively
 * as Excel's lookups do, and a raw cell string met again costs one lookup.
 */
import fc from "fast-check";
import { isErrorLiteral } from "../../../src/engine/read/cellValue";
import { IdDomain, isKeyForm, keyOfText, NO_ID } from "../../../src/engine/store/idDomain";
import { idKey } from "../../../src/model/ids";

/** The domain's contract in plain Maps: spellings in order of first sight, each pointing at its key's. */
class ModelDomain {
  readonly texts: string[] = [];
  readonly keys: number[] = [];
  private readonly spellings = new Map<string, number>();
  private readonly aliases = new Map<string, number>();

  intern(text: string): number {
    const known = this.spellings.get(text);
    if (known !== undefined) return known;
    const spelling = this.texts.push(text) - 1;
    this.spellings.set(text, spelling);
    this.keys.push(spelling);
    if (idKey(text) !== text) this.keys[spelling] = this.intern(idKey(text));
    return spelling;
  }

  add(text: string, raw: string): number {
    const spelling = this.intern(text);
    if (raw !== text) this.aliases.set(raw, spelling);
    return spelling;
  }

  known(raw: string): number {
    return isErrorLiteral(raw) ? NO_ID : (this.spellings.get(raw) ?? this.aliases.get(raw) ?? NO_ID);
  }

  findKey(key: string): number {
    const spelling = this.spellings.get(key);
    return spelling === undefined ? NO_ID : this.keys[spelling];
  }
}

const digitsUpTo = (maxLength: number) => fc.array(fc.constantFrom(..."01234567"), { maxLength });
/** ID texts as plans write them: mostly numbered, in several prefixes, widths and cases. */
const idText = fc
  .tuple(fc.constantFrom("T", "t", "TAC-26-", "P", "#", "", "#N/A"), fc.oneof({ arbitrary: digitsUpTo(2), weight: 4 }, { arbitrary: digitsUpTo(11), weight: 1 }), fc.constantFrom("", "", "", "x", "ß"))
  .map(([prefix, digits, suffix]) => prefix + digits.join("") + suffix)
  .filter((text) => text !== "");
/** A cell holding an ID text, sometimes padded. */
const cellOf = (text: string, pad: number): string => [text, ` ${text}`, `${text}  `][pad];

describe("IdDomain", () => {
  it("gives spellings of one ID the same key and keeps each spelling's text", () => {
    const ids = new IdDomain();
    const upper = ids.add("P001");
    const lower = ids.add("p001");
    const padded = ids.add("P001", "  P001 ");
    expect(padded).toBe(upper);
    expect(lower).not.toBe(upper);
    expect(ids.text(lower)).toBe("p001");
    expect(ids.key(lower)).toBe(ids.key(upper));
    expect(ids.keyText(ids.key(lower))).toBe("P001");
    expect(ids.known("  P001 ")).toBe(upper);
    expect(ids.known("P002")).toBe(NO_ID);
  });

  it("finds a key first written in another case", () => {
    const ids = new IdDomain();
    const spelling = ids.add("t-07");
    expect(ids.findKey("T-07")).toBe(ids.key(spelling));
    expect(ids.findKey("T-08")).toBe(NO_ID);
    expect(ids.id(spelling)).toEqual({ text: "t-07", key: "T-07" });
  });

  it("compares non-ASCII IDs as idKey does", () => {
    const ids = new IdDomain();
    const a = ids.add("straße");
    const b = ids.add("STRASSE");
    expect(ids.key(a)).toBe(ids.key(b));
    expect(ids.keyText(ids.key(a))).toBe(idKey("straße"));
  });

  it("treats names of built-in object properties as ordinary IDs", () => {
    const ids = new IdDomain();
    const proto = ids.add("__proto__");
    const ctor = ids.add("constructor");
    expect(ids.known("__proto__")).toBe(proto);
    expect(ids.known("constructor")).toBe(ctor);
    expect(ids.findKey("__PROTO__")).toBe(ids.key(proto));
  });

  it("interns a table's own IDs, as intern would, whether or not the domain is empty", () => {
    const texts = ["T1", "t2", "", "Täst", "T5"];
    const fresh = new IdDomain();
    const out = new Int32Array(texts.length);
    fresh.internOwn(texts, texts.length, out);
    const used = new IdDomain();
    used.add("T5");
    const usedOut = new Int32Array(texts.length);
    used.internOwn(texts, texts.length, usedOut);
    for (const [domain, spellings] of [[fresh, out], [used, usedOut]] as const) {
      texts.forEach((text, i) => {
        if (text === "") return expect(spellings[i]).toBe(NO_ID);
        expect(domain.text(spellings[i])).toBe(text);
        expect(domain.known(text)).toBe(spellings[i]);
        expect(domain.keyText(domain.key(spellings[i]))).toBe(idKey(text));
      });
    }
    expect(fresh.findKey("T2")).toBe(fresh.key(out[1]));
  });

  it("never gives an error value the spelling of an ID sharing its text", () => {
    const ids = new IdDomain();
    const hashId = ids.add("#123");
    expect(ids.known("#123")).toBe(hashId);
    expect(ids.known("#N/A")).toBe(NO_ID);
    // A padded cell is no error value, so "#N/A" can become an ID's text, and "#n/a" its key's.
    const padded = ids.add("#n/a", " #n/a");
    expect(ids.known(" #n/a")).toBe(padded);
    expect(ids.known("#n/a")).toBe(NO_ID);
    expect(ids.known("#N/A")).toBe(NO_ID);
    expect(ids.known("#123")).toBe(hashId);
  });

  it("numbers own IDs into an empty domain exactly as interning them one by one would", () => {
    const texts = ["A1", "A2", "", "a3", "A4", "#5", "A6", "Ä7", "A8"];
    const bulk = new IdDomain();
    const out = new Int32Array(texts.length);
    bulk.internOwn(texts, texts.length, out);
    const oneByOne = new IdDomain();
    texts.forEach((text, i) => expect(out[i]).toBe(text === "" ? NO_ID : oneByOne.intern(text)));
    expect(bulk.keyCount).toBe(oneByOne.keyCount);
    for (let s = 0; s < bulk.keyCount; s++) {
      expect(bulk.text(s)).toBe(oneByOne.text(s));
      expect(bulk.key(s)).toBe(oneByOne.key(s));
    }
    expect(bulk.known("A8")).toBe(out[8]);
    expect(bulk.intern("A9")).toBe(bulk.keyCount - 1);
  });

  it("answers as plain Maps would, numbered IDs or not", () => {
    const operation = fc.tuple(idText, fc.nat(2));
    fc.assert(
      fc.property(fc.array(idText, { maxLength: 30 }), fc.array(operation, { maxLength: 40 }), fc.array(fc.tuple(idText, fc.nat(2)), { maxLength: 20 }), (own, operations, probes) => {
        const domain = new IdDomain();
        const model = new ModelDomain();
        // A table's own IDs first, repeats left out as the engine leaves them out.
        const seen = new Set<string>();
        const fresh = own.filter((text) => !isErrorLiteral(text) && !seen.has(idKey(text)) && seen.add(idKey(text)));
        const out = new Int32Array(fresh.length);
        domain.internOwn(fresh, fresh.length, out);
        fresh.forEach((text, i) => expect(out[i]).toBe(model.intern(text)));
        // Then cells met while reading references, registered as the cell reader registers them.
        for (const [text, pad] of operations) {
          const raw = cellOf(text, pad);
          if (isErrorLiteral(raw)) continue;
          expect(domain.add(text, raw)).toBe(model.add(text, raw));
        }
        expect(domain.keyCount).toBe(model.texts.length);
        model.texts.forEach((text, s) => {
          expect(domain.text(s)).toBe(text);
          expect(domain.key(s)).toBe(model.keys[s]);
        });
        for (const [text, pad] of [...probes, ...operations]) {
          const raw = cellOf(text, pad);
          expect(domain.known(raw)).toBe(model.known(raw));
          expect(domain.findKey(idKey(text))).toBe(model.findKey(idKey(text)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("knows which texts are already their own key", () => {
    expect(isKeyForm("P-001")).toBe(true);
    expect(isKeyForm("p-001")).toBe(false);
    expect(isKeyForm("ÄB")).toBe(true);
    expect(isKeyForm("äb")).toBe(false);
    expect(keyOfText("ab c")).toBe("AB C");
  });
});
