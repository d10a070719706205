/**
 * Shared formulas (Excel's fill-down: one master cell holds the formula, the cells below point
 * at it). A value written over the master would leave the others pointing at nothing: Excel
 * would compute them no more, and ExcelJS refuses to write such a sheet at all.
 */
import type { Cell, CellFormulaValue, CellSharedFormulaValue } from "exceljs";
import { parseRange } from "./a1";

/** The master's part of a shared formula: the range of cells sharing it. */
interface SharedMaster {
  readonly shareType: "shared";
  readonly ref: string;
}

function isSharedMaster(value: unknown): value is SharedMaster {
  return typeof value === "object" && value !== null && (value as Partial<SharedMaster>).shareType === "shared" && typeof (value as Partial<SharedMaster>).ref === "string";
}

function isCloneOf(value: unknown, master: string): value is CellSharedFormulaValue {
  return typeof value === "object" && value !== null && (value as Partial<CellSharedFormulaValue>).sharedFormula === master;
}

/**
 * Before a value replaces `cell`: when it is the master of a shared formula, every cell sharing
 * the formula gets it as its own, as it reads at that cell (`=B3*2` below a master `=B2*2`),
 * with its last result, so the rest of the filled-down column keeps computing.
 */
export function detachSharedFormula(cell: Cell): void {
  const value: unknown = cell.value;
  if (!isSharedMaster(value)) return;
  const range = parseRange(value.ref);
  if (!range) return;
  const sheet = cell.worksheet;
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) {
      const clone = sheet.findCell(row, column);
      if (!clone || clone.address === cell.address || !isCloneOf(clone.value, cell.address)) continue;
      // Read before the master changes: a clone's formula is the master's, moved to its place.
      const own: CellFormulaValue = { formula: clone.formula, result: clone.value.result, date1904: sheet.workbook.properties.date1904 === true };
      clone.value = own;
    }
  }
}
