/**
 * Counts the cells that ExcelJS 4.4 would create one by one while loading a workbook: it expands
 * every merged range, every data-validation range and every range of a defined name into single
 * cells. A few bytes of XML (`<mergeCell ref="A1:Z1048576"/>`) thus cost millions of objects
 * and hang the reader, so the parts are scanned for these ranges before the reader sees them.
 *
 * The parts are read by `rangeScan.ts` with a streaming XML parser; this module counts.
 */
import { columnNumber } from "./a1";
import { UnreadableWorkbookError } from "./errors";

const CELL_RANGE = /(?<![A-Za-z0-9_])\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?/g;
/** Whole rows ("1:1048576", "$2:$9"): ExcelJS expands a validation over them into one cell per row (column A). */
const ROW_RANGE = /(?<![A-Za-z0-9_$])\$?(\d{1,7}):\$?(\d{1,7})(?![0-9])/g;

/**
 * Cells covered by the A1 ranges in `text` ("A1:B2 C3", "Sheet1!$A$1:$C$9,Other!$B$2"); whole
 * rows count one cell a row, as ExcelJS expands them; whole columns ("B:B") it does not expand.
 */
export function cellsInRanges(text: string): number {
  let cells = 0;
  for (const m of text.matchAll(ROW_RANGE)) cells += Math.abs(Number(m[2]) - Number(m[1])) + 1;
  for (const m of text.matchAll(CELL_RANGE)) {
    if (m[3] === undefined || m[4] === undefined) {
      cells += 1;
      continue;
    }
    const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
    const columns = Math.abs(columnNumber(m[3]) - columnNumber(m[1])) + 1;
    cells += rows * columns;
  }
  return cells;
}

/** Keeps a running count over every scanned part and refuses past the limit. */
export class ExpandedCellCounter {
  private total = 0;

  /** `what` names the ranges counted, for the refusal ("merged cells, validations and names"). */
  constructor(
    private readonly limit: number,
    private readonly what = "merged cells, validations and names",
  ) {}

  /** The cells counted so far. */
  get cells(): number {
    return this.total;
  }

  /** Adds the cells of ranges found in `partName`; throws past the limit. */
  add(cells: number, partName: string): void {
    this.total += cells;
    if (this.total > this.limit) {
      throw new UnreadableWorkbookError(
        `The file is refused: its ${this.what} cover more than ${this.limit.toLocaleString("en-US")} cells (first exceeded in ${partName})`,
        "tooManyCells",
      );
    }
  }
}
