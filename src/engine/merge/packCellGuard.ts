/**
 * What every pack cell a merge takes goes through after the partner's number format is read
 * (packConventions.ts): a blank, however the file wrote it ("" or spaces), is written as a
 * blank cell, not as empty text.
 */
import type { PackCellReader } from "./rowDiff";

/** `read` behind the guard: blanks decided here, any other cell read by `read`. */
export function guardedPackCellReader(read: PackCellReader): PackCellReader {
  return (column, value) => {
    const taken = read(column, value);
    return typeof taken === "string" && taken.trim() === "" ? null : taken;
  };
}
