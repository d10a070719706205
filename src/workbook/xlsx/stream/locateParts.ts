/**
 * Where each JMP table is, decided from the workbook map alone, by the rules of
 * `locateTables.ts`: first the Excel table of that name (trimmed, case-insensitive) on any
 * worksheet in tab order; failing that, the sheet named like the template sheet, whose row 1
 * the reader must see before the plain range can be placed.
 */
import type { TableSpec } from "../../../model/schema";
import type { SheetPart, TablePart, WorkbookMap } from "./workbookMap";

/** A JMP table found as an Excel table, or a sheet that may hold it as a plain range. */
export type PlannedTable =
  | { readonly kind: "table"; readonly spec: TableSpec; readonly sheet: SheetPart; readonly table: TablePart }
  | { readonly kind: "region"; readonly spec: TableSpec; readonly sheet: SheetPart };

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Where to look for `spec`'s table, or undefined when the workbook cannot hold it. */
export function planTable(map: WorkbookMap, spec: TableSpec): PlannedTable | undefined {
  for (const sheet of map.sheets) {
    const table = sheet.tables.find((t) => same(t.name, spec.name));
    if (table) return { kind: "table", spec, sheet, table };
  }
  const sheet = map.sheets.find((s) => same(s.name, spec.sheet));
  return sheet ? { kind: "region", spec, sheet } : undefined;
}
