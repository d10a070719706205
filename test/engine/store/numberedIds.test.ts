/**
 * The numbered-ID index answers only for the exact text of a spelling it holds; every other
 * text is a miss the domain's Map then answers.
 */
import { NOT_NUMBERED, NumberedIds } from "../../../src/engine/store/numberedIds";

describe("NumberedIds", () => {
  it("finds a numbered spelling by its text, and misses anything else", () => {
    const index = new NumberedIds();
    expect(index.note("T000007", 0)).toBe(true);
    expect(index.note("T000012", 1)).toBe(true);
    expect(index.find("T000007")).toBe(0);
    expect(index.find("T000012")).toBe(1);
    for (const other of ["T000008", "T7", "T0000007", "t000007", " T000007", "T000007 ", "X000007", "T00a007", "T", ""]) {
      expect(index.find(other)).toBe(NOT_NUMBERED);
    }
  });

  it("keeps the first of two texts sharing a number, telling them apart by digit count", () => {
    const index = new NumberedIds();
    expect(index.note("P07", 3)).toBe(true);
    expect(index.note("P7", 4)).toBe(false);
    expect(index.find("P07")).toBe(3);
    expect(index.find("P7")).toBe(NOT_NUMBERED);
  });

  it("takes its prefix from the first text and leaves other prefixes to the Map", () => {
    const index = new NumberedIds();
    expect(index.note("TAC-2026-0042", 2)).toBe(true);
    expect(index.note("T-0043", 3)).toBe(false);
    expect(index.note("TAC-2026-0043", 4)).toBe(true);
    expect(index.find("TAC-2026-0043")).toBe(4);
    expect(index.find("TAC-2025-0043")).toBe(NOT_NUMBERED);
    expect(index.size).toBe(2);
  });

  it("holds nothing when the first text is not numbered, whatever comes after", () => {
    const index = new NumberedIds();
    expect(index.note("ALL", 0)).toBe(false);
    expect(index.note("T1", 1)).toBe(false);
    expect(index.find("T1")).toBe(NOT_NUMBERED);
    const digits = new NumberedIds();
    expect(digits.note("12", 0)).toBe(false);
    expect(digits.note("C12", 1)).toBe(false);
    expect(digits.size).toBe(0);
  });

  it("leaves sparse and very long numbers to the Map", () => {
    const index = new NumberedIds();
    expect(index.note("C1", 0)).toBe(true);
    expect(index.note("C99999999", 1)).toBe(false);
    expect(index.note("C1234567890", 2)).toBe(false);
    expect(index.find("C99999999")).toBe(NOT_NUMBERED);
    // Dense numbers keep the array growing.
    for (let n = 2; n < 5000; n++) expect(index.note(`C${n}`, n + 1)).toBe(true);
    expect(index.find("C4999")).toBe(5000);
  });
});
