/**
 * The template version a workbook carries. It is stored in a cell of a hidden sheet
 * (`JmpTemplate`, A1 "Template version", B1 the number) that the workbook-level defined name
 * `JmpTemplateVersion` points at. A defined name holding a constant (`=1`) would be simpler, but
 * ExcelJS drops constant names when it reads a file; a name pointing at a cell survives every
 * round trip, and any host (Office.js included) can read it with one range lookup. The hidden
 * sheet keeps the marker away from every cell the user owns.
 */
import type { Workbook, Worksheet } from "exceljs";
import { address, parseRange, quoteSheet } from "./a1";
import { sheetNamed } from "./locateTables";

/** The defined name that points at the version cell. */
export const VERSION_NAME = "JmpTemplateVersion";
/** The hidden sheet's preferred name. */
export const VERSION_SHEET = "JmpTemplate";

const LABEL = "Template version";

/** The sheet and A1 cell a defined-name range points at (`'JmpTemplate'!$B$1`). */
function target(workbook: Workbook, reference: string): { sheet: Worksheet; address: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(reference);
  if (!match) return undefined;
  const sheet = sheetNamed(workbook, match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]);
  const range = parseRange(match[3]);
  return sheet && range ? { sheet, address: address(range.top, range.left) } : undefined;
}

function versionCell(workbook: Workbook): { sheet: Worksheet; address: string } | undefined {
  const entry = workbook.definedNames.model.find((n) => n.name === VERSION_NAME);
  for (const reference of entry?.ranges ?? []) {
    const found = target(workbook, reference);
    if (found) return found;
  }
  return undefined;
}

/** The template version stored in the workbook, or undefined when it carries none. */
export function readTemplateVersion(workbook: Workbook): number | undefined {
  const cell = versionCell(workbook);
  const value = cell?.sheet.getCell(cell.address).value;
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

function freeSheetName(workbook: Workbook): string {
  let name = VERSION_SHEET;
  for (let n = 2; sheetNamed(workbook, name); n++) name = `${VERSION_SHEET} ${n}`;
  return name;
}

/** Stores `version`, creating the hidden sheet and its defined name the first time. */
export function writeTemplateVersion(workbook: Workbook, version: number): void {
  const existing = versionCell(workbook);
  if (existing) {
    existing.sheet.getCell(existing.address).value = version;
    return;
  }
  const sheet = workbook.addWorksheet(freeSheetName(workbook), { state: "hidden" });
  sheet.getCell("A1").value = LABEL;
  sheet.getCell("B1").value = version;
  sheet.getCell("A2").value = "Written by JMP Planner; the template version lets it upgrade this workbook safely.";
  workbook.definedNames.add(`${quoteSheet(sheet.name)}!$B$1`, VERSION_NAME);
}
