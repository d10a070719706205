/**
 * Reads a filled partner pack: its provenance and its tables. Pack sheets are protected, and
 * Excel cannot grow a table on a protected sheet, so a partner types new rows just below a
 * table; those rows are taken into the table before it is read (in memory only).
 */
import type { OpenedPack } from "../../port";
import { cellValueOf } from "../cellValues";
import type { SheetTable } from "../tableModel";
import { setTableRange, workbookTables } from "../tableModel";
import type { XlsxWorkbook } from "../XlsxWorkbook";
import { readProvenance } from "./provenanceSheet";

function hasContent(table: SheetTable, row: number): boolean {
  const cells = table.sheet.findRow(row);
  if (!cells) return false;
  for (let c = table.range.left; c <= table.range.right; c++) {
    const value = cellValueOf(cells.findCell(c));
    if (value !== null && value !== undefined && !(typeof value === "string" && value.trim() === "")) return true;
  }
  return false;
}

/** Takes the rows typed below a table (up to the last one holding anything) into it. */
function takeRowsBelow(table: SheetTable): void {
  if (table.model.totalsRow) return;
  // Another table further down the sheet bounds the search.
  const below = workbookTables(table.sheet.workbook)
    .filter((t) => t.sheet === table.sheet && t.range.top > table.range.bottom && t.range.left <= table.range.right && table.range.left <= t.range.right)
    .map((t) => t.range.top - 1);
  const limit = Math.min(table.sheet.rowCount, ...below);
  for (let r = limit; r > table.range.bottom; r--) {
    if (hasContent(table, r)) {
      setTableRange(table, { ...table.range, bottom: r });
      return;
    }
  }
}

/** Reads the provenance and tables of a pack; `name` names the file in messages. */
export async function readPack(pack: XlsxWorkbook, name: string): Promise<OpenedPack> {
  const provenance = readProvenance(pack.workbook, name);
  for (const table of workbookTables(pack.workbook)) takeRowsBelow(table);
  return { provenance, tables: await pack.readTables() };
}
