/**
 * The money columns of a plan's tables follow a Currency set after they were made: an import
 * that sets a plan's Currency (a `jmp init` plan, in dollars, taking a euro tracker's) gives the
 * money cells of each table's blank rows the new currency's format. Those rows are what a new
 * template table holds (one empty row), and the look a row typed below the table in Excel
 * copies. Cells of rows holding anything are the user's and keep theirs.
 */
import type { Workbook } from "exceljs";
import { formatKind, normalizeHeader, TABLES } from "../../model/schema";
import { columnFormats } from "../columnFormats";
import { isEmptyRow } from "./appendRows";
import { locateJmpTable } from "./locateTables";
import { tableRows } from "./tableModel";

/** Gives the money cells of every JMP table's blank rows the money format of `currency`. */
export function formatBlankMoney(workbook: Workbook, currency: string): void {
  const numFmt = columnFormats(currency).forType("money");
  for (const spec of TABLES) {
    const money = new Set(spec.columns.filter((c) => formatKind(c.type) === "money").map((c) => normalizeHeader(c.header)));
    const found = money.size === 0 ? undefined : locateJmpTable(workbook, spec);
    // A table kept as a plain range ends at its last row with content: it has no blank row.
    if (found?.kind !== "table") continue;
    const { sheet, model, range } = found.table;
    const columns = model.columns.flatMap((c, i) => (money.has(normalizeHeader(c.name)) ? [range.left + i] : []));
    const { firstData, lastData } = tableRows(found.table);
    for (let r = firstData; r <= lastData; r++) {
      if (!isEmptyRow(sheet, r, range.left, range.right)) continue;
      // A new style object: ExcelJS shares styles read from a file between cells.
      for (const c of columns) sheet.getCell(r, c).style = { ...sheet.getCell(r, c).style, numFmt };
    }
  }
}
