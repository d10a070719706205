/**
 * ID keys: IDs compare trimmed and case-insensitively, as Excel's lookups do, and names of
 * built-in object properties are ordinary IDs.
 */
import { idKey, pairKey } from "../../src/model/ids";

describe("idKey", () => {
  test("trims and ignores case; inner spaces count", () => {
    expect(idKey("  p-001 ")).toBe(idKey("P-001"));
    expect(idKey("ab c")).not.toBe(idKey("abc"));
  });

  test("built-in property names are plain keys", () => {
    const seen = new Map<string, number>();
    for (const id of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"]) seen.set(idKey(id), 1);
    expect(seen.size).toBe(6);
    expect(idKey("__proto__")).toBe("__PROTO__");
  });
});

describe("pairKey", () => {
  test("pairs are distinct even when the IDs would run together", () => {
    expect(pairKey("AB", "C")).not.toBe(pairKey("A", "BC"));
    expect(pairKey("P1", "I1")).toBe(pairKey("P1", "I1"));
    expect(pairKey("P1", "I1")).not.toBe(pairKey("I1", "P1"));
  });
});
