/**
 * What every pack cell a merge takes goes through before the partner's number format is read
 * (packConventions.ts): a formula saved without its result is refused, as its value is unknown
 * and taking it as blank would wipe the plan's value; a blank, however the file wrote it ("" or
 * spaces), is written as a blank cell, not as empty text.
 */
import { isUncalculated } from "../../model/rawTable";
import { PackCellRefusal } from "./packCellRefusal";
import { REASONS } from "./reasons";
import type { PackCellReader } from "./rowDiff";

/** `read` behind the guard: refusals and blanks decided here, any other cell read by `read`. */
export function guardedPackCellReader(read: PackCellReader): PackCellReader {
  return (column, value) => {
    if (isUncalculated(value)) return new PackCellRefusal(REASONS.uncalculatedFormula);
    const taken = read(column, value);
    return typeof taken === "string" && taken.trim() === "" ? null : taken;
  };
}
