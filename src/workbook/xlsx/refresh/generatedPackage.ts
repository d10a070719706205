/**
 * The Dashboard and Issues sheets of a workbook file, written on their own: a small ExcelJS
 * workbook holding an empty stand-in for every sheet of the file (so a new generated sheet takes
 * a free name and its place after the last sheet, as it would in the whole workbook) and the
 * markers of the sheets generated before, into which `writeResults` writes as it always does.
 * The splice (`splice/splicePackage.ts`) then takes only the generated sheets from it; the
 * stand-ins and everything else stay the file's own.
 */
import { Workbook } from "exceljs";
import type { Analysis } from "../../../engine";
import type { WriteResultsOptions } from "../../port";
import { DASHBOARD_SHEET, findGeneratedSheet, ISSUES_SHEET } from "../resultsPlacement";
import { writeResults } from "../writeResults";

/** What the file has that the generated sheets' names and places depend on. */
export interface FileSheets {
  /** Every sheet of the workbook part, in tab order. */
  readonly names: readonly string[];
  /** The workbook-level defined names: name -> reference. */
  readonly definedNames: ReadonlyMap<string, string>;
}

/** The generated sheets as a package of their own. */
export interface GeneratedPackage {
  readonly bytes: Uint8Array;
  /** The generated sheets (lower-case names): the only sheets to take from `bytes`. */
  readonly sheets: ReadonlySet<string>;
}

/** The defined names that mark the generated sheets (lower case): the only names to take from the package. */
export const MARKER_NAMES: ReadonlySet<string> = new Set([DASHBOARD_SHEET.marker, ISSUES_SHEET.marker].map((n) => n.toLowerCase()));

/**
 * Writes the generated sheets for `analysis` into a package of their own. Throws when a sheet of
 * the file cannot stand in under its own name (the caller then writes through the whole model).
 */
export async function generatedPackage(file: FileSheets, analysis: Analysis, options: WriteResultsOptions = {}): Promise<GeneratedPackage> {
  const workbook = new Workbook();
  for (const name of file.names) {
    const sheet = workbook.addWorksheet(name);
    if (sheet.name !== name) throw new Error(`The sheet "${name}" cannot stand in under its own name`);
  }
  for (const kind of [DASHBOARD_SHEET, ISSUES_SHEET]) {
    const reference = file.definedNames.get(kind.marker);
    if (reference !== undefined) workbook.definedNames.add(reference, kind.marker);
  }
  await writeResults(workbook, analysis, options);
  const sheets = new Set<string>();
  for (const kind of [DASHBOARD_SHEET, ISSUES_SHEET]) {
    const sheet = findGeneratedSheet(workbook, kind);
    if (sheet) sheets.add(sheet.name.toLowerCase());
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer), sheets };
}
