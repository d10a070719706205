/**
 * The template version a workbook carries, stored the way the xlsx adapter stores it so a file
 * moves between the CLI and Excel without losing it: a cell of a hidden sheet (`JmpTemplate`,
 * A1 "Template version", B1 the number) that the workbook-level defined name
 * `JmpTemplateVersion` points at. Office.js document settings would not survive a round trip
 * through ExcelJS; a named cell survives every host.
 */
import { quoteSheetName, sheetOfReference } from "./generatedSheets";
import type { XlContext, XlNamedItem } from "./xlTypes";

/** The defined name that points at the version cell (shared with the xlsx adapter). */
export const VERSION_NAME = "JmpTemplateVersion";
/** The hidden sheet's preferred name (shared with the xlsx adapter). */
export const VERSION_SHEET = "JmpTemplate";

/** Where the version is stored: the named cell, and whether the name exists at all. */
export interface VersionCell {
  readonly named: boolean;
  readonly sheet?: string;
  readonly address?: string;
}

/** Where the version name points, from the loaded defined names. */
export function versionCell(names: readonly XlNamedItem[]): VersionCell {
  const item = names.find((n) => n.name.toLowerCase() === VERSION_NAME.toLowerCase());
  if (!item) return { named: false };
  const formula = String(item.formula ?? "");
  return { named: true, sheet: sheetOfReference(formula), address: /!(\$?[A-Z]{1,3}\$?\d+)$/i.exec(formula)?.[1] };
}

/** Reads a stored version value: an integer, or undefined. */
export function versionValue(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

/**
 * Queues storing `version`: into the named cell when it exists, else on a new hidden sheet
 * with a free name (`taken` holds the sheet names in use, lower case) and the defined name
 * (replacing one left pointing at a deleted cell).
 */
export function queueVersionWrite(context: XlContext, cell: VersionCell, taken: ReadonlySet<string>, version: number): void {
  const { worksheets, names } = context.workbook;
  if (cell.sheet && cell.address && taken.has(cell.sheet.toLowerCase())) {
    worksheets.getItem(cell.sheet).getRange(cell.address).values = [[version]];
    return;
  }
  let name = VERSION_SHEET;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${VERSION_SHEET} ${n}`;
  const sheet = worksheets.add(name);
  sheet.getRange("A1:B2").values = [
    ["Template version", version],
    ["Written by JMP Planner; the template version lets it upgrade this workbook safely.", ""],
  ];
  sheet.visibility = "Hidden";
  if (cell.named) names.getItem(VERSION_NAME).delete();
  names.add(VERSION_NAME, `=${quoteSheetName(name)}!$B$1`);
}
