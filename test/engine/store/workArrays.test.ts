/**
 * Work arrays are handed out zeroed at the length asked for, reuse their memory for the same
 * purpose, and never share it between purposes.
 */
import { WorkArrays } from "../../../src/engine/store/workArrays";

describe("WorkArrays", () => {
  it("hands out zeroed memory of the length asked for, reusing it for the same purpose", () => {
    const work = new WorkArrays();
    const first = work.int32("positions", 100);
    first.fill(7);
    const second = work.int32("positions", 60);
    expect(second.length).toBe(60);
    expect([...second].every((v) => v === 0)).toBe(true);
    expect(second.buffer).toBe(first.buffer);
    const larger = work.int32("positions", 1_000);
    expect(larger.length).toBe(1_000);
    expect([...larger].every((v) => v === 0)).toBe(true);
  });

  it("keeps purposes apart", () => {
    const work = new WorkArrays();
    const places = work.int32("places", 10);
    const hashes = work.uint32("hashes", 10);
    places.fill(1);
    hashes.fill(2);
    expect([...places]).toEqual(new Array(10).fill(1));
    expect(places.buffer).not.toBe(hashes.buffer);
  });
});
