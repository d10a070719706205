/**
 * The CLI's workbook files: .xlsx through the ExcelJS adapter.
 */
import { BulkRowsWorkbook } from "../workbook/xlsx/BulkRowsWorkbook";
import { StreamedSheets } from "../workbook/xlsx/StreamedSheets";
import { XlsxWorkbook } from "../workbook/xlsx/XlsxWorkbook";
import type { WorkbookFiles } from "./workbookFiles";

/** Workbook files as .xlsx through ExcelJS. */
export function xlsxFiles(): WorkbookFiles {
  return {
    open: (path) => XlsxWorkbook.fromFile(path),
    create: async () => XlsxWorkbook.create(),
    openSheets: (path) => StreamedSheets.fromFile(path),
    createForRows: async () => new BulkRowsWorkbook(),
  };
}
