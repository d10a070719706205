/**
 * Worksheets as the convert view sees them: each sheet's used range (cells holding a value;
 * formatting alone does not count) and its values, formula results rather than formulas.
 */
import type { Workbook, Worksheet } from "exceljs";
import { TABLES } from "../../model/schema";
import type { ReadSheetOptions, SheetSummary, SheetValues } from "../port";
import type { CellRange } from "./a1";
import { cellValueOf } from "./cellValues";
import { UnreadableWorkbookError } from "./errors";
import { locateJmpTable, sheetNamed } from "./locateTables";
import { DEFAULT_LIMITS } from "./zipGuard";

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The smallest range holding every non-blank value of the sheet, or undefined when it has none. */
export function usedRange(sheet: Worksheet): CellRange | undefined {
  let top = 0;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (isBlank(cellValueOf(cell))) return;
      if (top === 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return top === 0 ? undefined : { top, left, bottom, right };
}

/** Names (lower case) of the sheets that hold a JMP table. */
function jmpSheets(workbook: Workbook): Set<string> {
  const names = new Set<string>();
  for (const spec of TABLES) {
    const found = locateJmpTable(workbook, spec);
    if (found?.kind === "table") names.add(found.table.sheet.name.toLowerCase());
    if (found?.kind === "region") names.add(found.region.sheet.name.toLowerCase());
  }
  return names;
}

/** Every visible worksheet in tab order with its used range's size. */
export function listSheets(workbook: Workbook): SheetSummary[] {
  const jmp = jmpSheets(workbook);
  return workbook.worksheets.filter((sheet) => sheet.state !== "hidden" && sheet.state !== "veryHidden").map((sheet) => {
    const range = usedRange(sheet);
    return {
      name: sheet.name,
      rows: range ? range.bottom - range.top + 1 : 0,
      columns: range ? range.right - range.left + 1 : 0,
      holdsJmpTables: jmp.has(sheet.name.toLowerCase()),
    };
  });
}

function rowValues(sheet: Worksheet, r: number, range: CellRange): unknown[] {
  const row = sheet.findRow(r);
  return Array.from({ length: range.right - range.left + 1 }, (_, i) => (row ? cellValueOf(row.findCell(range.left + i)) : null));
}

/** The used range of the sheet named `name` (case-insensitive); throws when there is none. */
export function readSheet(workbook: Workbook, name: string, options: ReadSheetOptions = {}): SheetValues {
  const sheet = sheetNamed(workbook, name);
  if (!sheet) throw new Error(`The workbook has no sheet named "${name}"`);
  const range = usedRange(sheet);
  if (!range) return { headers: [], rows: [], headerRow: 1 };
  const last = options.maxRows === undefined ? range.bottom : Math.min(range.bottom, range.top + Math.max(0, options.maxRows));
  // Two far-apart cells (A1 and XFD1048576) make a used range of billions of blank cells.
  const cells = (last - range.top + 1) * (range.right - range.left + 1);
  if (cells > DEFAULT_LIMITS.maxExpandedCells) {
    throw new UnreadableWorkbookError(
      `The sheet "${sheet.name}" spans ${cells.toLocaleString("en-US")} cells, more than the ${DEFAULT_LIMITS.maxExpandedCells.toLocaleString("en-US")} that can be read at once`,
      "tooManyCells",
    );
  }
  const rows: unknown[][] = [];
  for (let r = range.top + 1; r <= last; r++) rows.push(rowValues(sheet, r, range));
  return { headers: rowValues(sheet, range.top, range), rows, headerRow: range.top, firstColumn: range.left };
}
