/**
 * The tracker mapping a plan was last imported with, kept in the plan workbook so that next
 * quarter's re-import is one click: JSON text in cell B1 of a hidden sheet (`JmpImport`) that
 * the defined name `JmpImportMapping` points at, stored as the template version is.
 */
import type { Workbook } from "exceljs";
import { quoteSheet } from "./a1";
import { IMPORT_MAPPING_NAME, IMPORT_SHEET, MAX_CELL_TEXT } from "../importMappingCell";
import { freeSheetName, namedCell } from "./namedCell";

/** The mapping text stored in the workbook, or undefined. */
export function readImportMapping(workbook: Workbook): string | undefined {
  const cell = namedCell(workbook, IMPORT_MAPPING_NAME);
  const value = cell?.sheet.getCell(cell.address).value;
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Stores the mapping text, creating the hidden sheet and its name the first time. */
export function writeImportMapping(workbook: Workbook, json: string): void {
  if (json.length > MAX_CELL_TEXT) throw new Error(`The tracker mapping is ${json.length} characters, more than one cell holds`);
  const existing = namedCell(workbook, IMPORT_MAPPING_NAME);
  if (existing) {
    existing.sheet.getCell(existing.address).value = json;
    return;
  }
  const sheet = workbook.addWorksheet(freeSheetName(workbook, IMPORT_SHEET), { state: "hidden" });
  sheet.getCell("A1").value = "Tracker mapping";
  sheet.getCell("B1").value = json;
  sheet.getCell("A2").value = "Written by JMP Planner: how the tracker was last imported, so the next import maps it the same way.";
  workbook.definedNames.add(`${quoteSheet(sheet.name)}!$B$1`, IMPORT_MAPPING_NAME);
}
