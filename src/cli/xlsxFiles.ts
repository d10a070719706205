/**
 * The CLI's workbook files: .xlsx through the ExcelJS adapter.
 */
import { BulkRowsWorkbook } from "../workbook/xlsx/BulkRowsWorkbook";
import { StreamedSheets } from "../workbook/xlsx/StreamedSheets";
import { XlsxWorkbook } from "../workbook/xlsx/XlsxWorkbook";
import type { WorkbookLimits } from "../workbook/xlsx/zipGuard";
import type { WorkbookFiles } from "./workbookFiles";

/**
 * Workbook files as .xlsx through ExcelJS. `limits` replaces the defaults for untrusted files
 * (SPEC section 8) where given; the CLI keeps the defaults.
 */
export function xlsxFiles(limits: Partial<WorkbookLimits> = {}): WorkbookFiles {
  return {
    open: (path) => XlsxWorkbook.fromFile(path, { limits }),
    create: async () => XlsxWorkbook.create(),
    openSheets: (path) => StreamedSheets.fromFile(path, limits),
    createForRows: async () => new BulkRowsWorkbook(),
  };
}
