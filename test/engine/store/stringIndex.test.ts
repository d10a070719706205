/**
 * The interner behind ID lookups: numbers strings in the order added, finds them again through
 * growth, and stays correct (and fast) when many strings land on the same slot.
 */
import fc from "fast-check";
import { hashOf, StringIndex } from "../../../src/engine/store/stringIndex";

describe("StringIndex", () => {
  it("numbers strings in the order they are added and finds each again", () => {
    const index = new StringIndex();
    expect(index.add("P001")).toBe(0);
    expect(index.add("p001")).toBe(1);
    expect(index.add("")).toBe(2);
    expect(index.get("P001")).toBe(0);
    expect(index.get("p001")).toBe(1);
    expect(index.get("")).toBe(2);
    expect(index.get("P002")).toBe(-1);
    expect(index.at(1)).toBe("p001");
    expect(index.size).toBe(3);
  });

  it("agrees with a Map on any sequence of strings, through growth", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 400 }), fc.nat(64), (strings, expected) => {
        const index = new StringIndex(expected);
        const model = new Map<string, number>();
        for (const s of strings) {
          expect(index.get(s)).toBe(model.get(s) ?? -1);
          if (!model.has(s)) model.set(s, index.add(s));
        }
        for (const [s, n] of model) expect(index.get(s)).toBe(n);
        expect(index.size).toBe(model.size);
      }),
    );
  });

  it("keeps answering right when hundreds of strings share a slot (a crafted file)", () => {
    // Strings whose hashes agree in the low 10 bits all start probing at the same slot of a
    // 1,024-slot table; past the probe limit the index carries on in a Map.
    const capacity = 1024;
    const colliding: string[] = [];
    for (let i = 0; colliding.length < 300; i++) {
      const s = `T${i}`;
      if ((hashOf(s) & (capacity - 1)) === 7) colliding.push(s);
    }
    const index = new StringIndex(capacity / 2);
    colliding.forEach((s, n) => expect(index.add(s)).toBe(n));
    colliding.forEach((s, n) => expect(index.get(s)).toBe(n));
    expect(index.get("T-unknown")).toBe(-1);
    expect(index.add("T-later")).toBe(300);
    expect(index.get("T-later")).toBe(300);
  });
});
