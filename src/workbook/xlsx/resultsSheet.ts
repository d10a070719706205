/**
 * What the Dashboard and Issues writers need of a sheet: cells with a value and a look, row
 * heights, column widths, frozen panes and a filter. ExcelJS's worksheet is one; a refresh that
 * writes the generated sheets on their own uses a lighter grid (`refresh/sheetGrid.ts`) with
 * its own serializer, so the same writers serve both.
 */
import type { Alignment, AutoFilter, Borders, CellValue, Fill, Font, WorksheetView } from "exceljs";

/** A cell the writers set (ExcelJS's cells have every property; a lighter grid only those set). */
export interface ResultsCell {
  value: CellValue;
  font?: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
  alignment?: Partial<Alignment>;
  numFmt?: string;
  readonly address: string;
}

/** A row the writers set. */
export interface ResultsRow {
  height?: number;
  getCell(column: number): ResultsCell;
}

/** A sheet the writers fill. */
export interface ResultsSheet {
  views: Partial<WorksheetView>[];
  autoFilter?: AutoFilter;
  getCell(row: number, column: number): ResultsCell;
  getRow(row: number): ResultsRow;
  getColumn(column: number): { width?: number };
}
