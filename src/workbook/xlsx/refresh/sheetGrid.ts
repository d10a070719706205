/**
 * A sheet as the Dashboard and Issues writers fill it, kept as plain rows of plain cells: no
 * workbook model, no style objects copied per cell. `gridXml.ts` writes it as a worksheet part.
 * It holds exactly what `ResultsSheet` lets a writer set.
 */
import type { Alignment, AutoFilter, Borders, CellValue, Fill, Font, WorksheetView } from "exceljs";
import { address } from "../a1";
import type { ResultsCell, ResultsRow, ResultsSheet } from "../resultsSheet";

/** One cell: its value and look, each left undefined until a writer sets it. */
export class GridCell implements ResultsCell {
  value: CellValue = null;
  font?: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
  alignment?: Partial<Alignment>;
  numFmt?: string;

  constructor(
    readonly row: number,
    readonly column: number,
  ) {}

  get address(): string {
    return address(this.row, this.column);
  }
}

/** One row: its cells by column, and its height when set. */
export class GridRow implements ResultsRow {
  height?: number;
  /** Cells by column (1-based); holes are cells never touched. */
  readonly cells: GridCell[] = [];

  constructor(readonly number: number) {}

  getCell(column: number): GridCell {
    let cell = this.cells[column];
    if (!cell) {
      cell = new GridCell(this.number, column);
      this.cells[column] = cell;
    }
    return cell;
  }
}

/** A sheet of rows, column widths, frozen panes and a filter. */
export class SheetGrid implements ResultsSheet {
  /** Rows by number (1-based); holes are rows never touched. */
  readonly rows: GridRow[] = [];
  /** Column widths by column (1-based). */
  readonly widths: { width?: number }[] = [];
  views: Partial<WorksheetView>[] = [];
  autoFilter?: AutoFilter;

  constructor(readonly name: string) {}

  getRow(row: number): GridRow {
    let found = this.rows[row];
    if (!found) {
      found = new GridRow(row);
      this.rows[row] = found;
    }
    return found;
  }

  getCell(row: number, column: number): GridCell {
    return this.getRow(row).getCell(column);
  }

  getColumn(column: number): { width?: number } {
    let found = this.widths[column];
    if (!found) {
      found = {};
      this.widths[column] = found;
    }
    return found;
  }
}
