/**
 * The CLI's workbook files: .xlsx through the ExcelJS adapter.
 */
import { BulkRowsWorkbook } from "../workbook/xlsx/BulkRowsWorkbook";
import { PlanFileWorkbook } from "../workbook/xlsx/PlanFileWorkbook";
import { StreamedSheets } from "../workbook/xlsx/StreamedSheets";
import { StreamedTables } from "../workbook/xlsx/stream/StreamedTables";
import { XlsxWorkbook } from "../workbook/xlsx/XlsxWorkbook";
import type { WorkbookLimits } from "../workbook/xlsx/zipGuard";
import type { WorkbookFiles } from "./workbookFiles";

/**
 * Workbook files as .xlsx: what is only read streams the parts it needs (`StreamedTables` for
 * the JMP tables, `StreamedSheets` for a tracker's sheets); a plan to apply the template to and
 * refresh loads ExcelJS's model only for a change the generated sheets alone do not make
 * (`PlanFileWorkbook`); a plan to merge into goes through ExcelJS (`XlsxWorkbook`). `limits` replaces the defaults for untrusted files (SPEC section 8)
 * where given; the CLI keeps the defaults.
 */
export function xlsxFiles(limits: Partial<WorkbookLimits> = {}): WorkbookFiles {
  return {
    open: (path) => PlanFileWorkbook.fromFile(path, { limits }),
    create: async () => XlsxWorkbook.create(),
    openTables: (path) => StreamedTables.fromFile(path, limits),
    openEditable: (path) => XlsxWorkbook.fromFile(path, { limits }),
    openSheets: (path) => StreamedSheets.fromFile(path, limits),
    createForRows: async () => new BulkRowsWorkbook(),
  };
}
