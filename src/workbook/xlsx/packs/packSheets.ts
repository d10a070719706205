/**
 * The look and locks of a pack's sheets. Partner tables leave their partner-owned cells
 * unlocked (the table's rows and the rows below it, where new rows are typed) and keep the
 * vendor-owned columns locked and shaded, and so the cells of rows the vendor has decided (an
 * approved tactic's scope, a decided claim: the merge refuses changes to them); reference
 * sheets are locked whole. Sheet protection
 * has no password: it keeps honest mistakes out and is no security (the merge checks every
 * cell whatever the pack says), and the Instructions sheet says so.
 */
import type { Fill, Worksheet } from "exceljs";
import type { TableSpec } from "../../../model/schema";
import { decidedCellReason, isClaimStatus, isVendorOwned } from "../../../engine/merge";
import type { SheetTable } from "../tableModel";
import { tableRows } from "../tableModel";
import { schemaColumns } from "../tableSheets";
import type { Instructions } from "../../packs/packLayout";

/** The shade of vendor-owned cells. */
const VENDOR_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };

/** What a partner may still do on a protected pack sheet. */
const ALLOWED = { formatColumns: true, autoFilter: true, sort: true } as const;

/** Locks a sheet with no password. */
export async function lockSheet(sheet: Worksheet): Promise<void> {
  await sheet.protect("", { ...ALLOWED });
}

/**
 * Unlocks the partner-owned columns of a partner table (its data rows and every row below),
 * shades the vendor-owned ones and locks the sheet.
 */
export async function lockPartnerTable(table: SheetTable, spec: TableSpec): Promise<void> {
  const { sheet, range } = table;
  const { firstData, lastData } = tableRows(table);
  const columns = schemaColumns(table, spec);
  const statusAt = columns.findIndex((column) => column?.key === "status");
  const statusOf = (r: number): unknown => (statusAt < 0 ? undefined : sheet.getCell(r, range.left + statusAt).value);
  columns.forEach((column, index) => {
    if (!column) return;
    const at = range.left + index;
    // A claim's Status stays open: the partner moves a Draft claim to Submitted there.
    const vendor = isVendorOwned(column) && !isClaimStatus(spec.name, column);
    const sheetColumn = sheet.getColumn(at);
    // The column's own style reaches the cells a partner types below the table.
    if (!vendor) sheetColumn.style = { ...sheetColumn.style, protection: { locked: false } };
    for (let r = firstData; r <= lastData; r++) {
      const cell = sheet.getCell(r, at);
      const locked = vendor || decidedCellReason(spec.name, column, statusOf(r)) !== undefined;
      // A fresh style object per cell: ExcelJS may share one between cells.
      cell.style = locked ? { ...cell.style, fill: VENDOR_FILL, protection: { locked: true } } : { ...cell.style, protection: { locked: false } };
    }
    if (vendor) {
      const header = sheet.getCell(range.top, at);
      header.note = "The vendor's column: locked here, and never imported from this file.";
    }
  });
  await lockSheet(sheet);
}

/** Writes the Instructions sheet (added first so it opens first) and locks it. */
export async function writeInstructions(sheet: Worksheet, instructions: Instructions): Promise<void> {
  sheet.getColumn(1).width = 110;
  const title = sheet.getCell(1, 1);
  title.value = instructions.title;
  title.font = { bold: true, size: 14 };
  instructions.paragraphs.forEach((text, i) => {
    const cell = sheet.getCell(i + 3, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  await lockSheet(sheet);
}
