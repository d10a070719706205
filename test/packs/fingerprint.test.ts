/**
 * Fingerprints decide which side changed a row, so equal cells must hash equal however a
 * spreadsheet program stored them, and the hash must be the FNV-1a 64 it claims to be.
 */
import fc from "fast-check";
import { canonicalCell, cellFingerprint, hashText, rowFingerprint } from "../../src/engine/merge";

/** FNV-1a 64 written the plain way, with BigInt, to check the fast one against. */
function reference(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, "0");
}

test("the hash is FNV-1a 64 (published test vectors)", () => {
  expect(hashText("")).toBe("cbf29ce484222325");
  expect(hashText("a")).toBe("af63dc4c8601ec8c");
  expect(hashText("foobar")).toBe("85944171f73967e8");
});

test("the hash equals a plain BigInt FNV-1a 64 for any text", () => {
  fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => hashText(text) === reference(text)));
});

test("a cell reads the same however it was stored", () => {
  expect(canonicalCell(1200)).toBe(canonicalCell(" 1200 "));
  expect(canonicalCell(new Date(Date.UTC(2026, 2, 4)))).toBe(canonicalCell("2026-03-04"));
  expect(canonicalCell({ richText: [{ text: "Atlanta " }, { text: "briefing" }] })).toBe(canonicalCell("Atlanta briefing"));
  expect(canonicalCell({ formula: "A1", result: 5 })).toBe(canonicalCell(5));
  expect(canonicalCell(null)).toBe(canonicalCell("   "));
  expect(canonicalCell(-0)).toBe(canonicalCell(0));
  // A time a few microseconds off after a round trip through an Excel serial is the same time.
  expect(canonicalCell(new Date(Date.UTC(2026, 2, 4, 9, 30, 0, 2)))).toBe(canonicalCell(new Date(Date.UTC(2026, 2, 4, 9, 30))));
  expect(canonicalCell("1200")).not.toBe(canonicalCell("1,200"));
  expect(cellFingerprint("Yes")).not.toBe(cellFingerprint("yes"));
});

test("a row fingerprint tells which cell holds what", () => {
  const keys = ["a", "b"];
  expect(rowFingerprint(new Map([["a", "x"], ["b", ""]]), keys)).not.toBe(rowFingerprint(new Map([["a", ""], ["b", "x"]]), keys));
  expect(rowFingerprint(new Map([["a", "x,y"]]), keys)).not.toBe(rowFingerprint(new Map([["a", "x"], ["b", "y"]]), keys));
  expect(rowFingerprint(new Map([["a", "x"]]), keys)).toBe(rowFingerprint(new Map<string, unknown>([["a", " x "], ["b", null]]), keys));
});
