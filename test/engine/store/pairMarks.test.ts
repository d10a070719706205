/**
 * Marked partner x initiative slots answer the same whether held as bytes or, for plans with
 * more slots than that holds, in a Set.
 */
import { PairMarks } from "../../../src/engine/store/pairMarks";

describe("PairMarks", () => {
  it.each([
    ["bytes", 80_000],
    ["a Set", 3_000_000],
  ])("holds marked slots in %s", (_how, slots) => {
    const marks = new PairMarks(slots);
    const marked = [0, 1, 41, slots - 1];
    for (const slot of marked) marks.add(slot);
    for (const slot of marked) expect(marks.has(slot)).toBe(true);
    for (const slot of [2, 40, 42, slots - 2]) expect(marks.has(slot)).toBe(false);
  });
});
