/**
 * How a reference names a sheet, as Excel writes it: plain (`Tactics!C24`) when the name is one
 * word of letters, digits, `_` and `.` not starting with a digit and not readable as a cell
 * (`A1`, `R1C1`); quoted otherwise, inner quotes doubled (`'Partner''s Plan 2026'!C24`).
 */

/** A sheet name quoted for a reference: `'Joint Plan'`, inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** True when Excel writes the sheet name in a reference without quotes. */
function plainSheetName(name: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
}

/** `cell` on `sheet` as Excel writes it in a reference: `Tactics!C24`, `'Joint Plan'!B3`. */
export function cellReference(sheet: string, cell: string): string {
  return `${plainSheetName(sheet) ? sheet : quoteSheetName(sheet)}!${cell}`;
}
