/**
 * The address of a tracker cell as review items name it ("'MDF 2026'!I12"), so a user finds the
 * cell the import could not use without counting columns.
 */
import { columnLetters } from "../../../model/rawTable";
import { cellReference } from "../../../model/sheetReference";

/**
 * The address of the cell in sheet row `row` and column `index` of the grid, whose first column
 * is the sheet's column `firstColumn` (1-based, A = 1).
 */
export function trackerCell(sheet: string, firstColumn: number, index: number, row: number): string {
  return cellReference(sheet, `${columnLetters(firstColumn - 1 + index)}${row}`);
}
