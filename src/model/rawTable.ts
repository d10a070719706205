/**
 * What a host hands the engine: each JMP table as its header cells and rows of raw cell values,
 * exactly as the workbook holds them. Hosts do not interpret values; the engine does.
 */

/** An Excel error value as ExcelJS reports it (`{ error: "#N/A" }`). Excel's JavaScript API gives the text. */
export interface CellError {
  readonly error: string;
}

/** The shapes a cell value arrives in. Anything else is treated as unreadable, never trusted. */
export type CellValue = string | number | boolean | Date | CellError | null | undefined;

/** One table as read from a workbook. */
export interface RawTable {
  /** The Excel table name (`JmpTactics`). */
  readonly name: string;
  readonly sheet: string;
  /** Sheet row number (1-based) of the header row; data row i sits at `headerRow + 1 + i`. */
  readonly headerRow: number;
  /** Zero-based sheet column index of the table's first column. */
  readonly firstColumn: number;
  readonly headers: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** True when the last entry of `rows` is the table's totals row. */
  readonly hasTotalsRow?: boolean;
}

/** Column letters of a zero-based column index: 0 -> A, 27 -> AB. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
