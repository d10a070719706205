/**
 * A `SheetGrid` as a worksheet part: frozen panes, column widths, the rows with their heights,
 * each cell with its format (`GridStyles`) and value (text inline, numbers, booleans, formulas
 * with their cached result), and the filter. Values the writers never set (dates, rich text,
 * links as objects) are refused, never written wrong.
 */
import type { CellValue } from "exceljs";
import { address, formatRange, parseRange } from "../a1";
import { escapeText } from "../packageRows";
import type { GridStyles } from "./gridStyles";
import type { GridCell, SheetGrid } from "./sheetGrid";

/** An inline string element, its spaces kept. */
function inlineString(value: string): string {
  const preserve = value !== value.trim() || value.includes("\n") ? ' xml:space="preserve"' : "";
  return `<is><t${preserve}>${escapeText(value)}</t></is>`;
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`The generated sheets hold a number Excel cannot (${value})`);
  return String(value);
}

/** The type attribute and content of a cell holding `value`. */
function cellContent(value: CellValue): { type: string; inner: string } | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return { type: ' t="inlineStr"', inner: inlineString(value) };
  if (typeof value === "number") return { type: "", inner: `<v>${numberText(value)}</v>` };
  if (typeof value === "boolean") return { type: ' t="b"', inner: `<v>${value ? 1 : 0}</v>` };
  if (typeof value === "object" && "formula" in value && typeof value.formula === "string" && !("sharedFormula" in value)) {
    const { result } = value as { result?: unknown };
    const formula = `<f>${escapeText(value.formula)}</f>`;
    if (typeof result === "string") return { type: ' t="str"', inner: `${formula}<v>${escapeText(result)}</v>` };
    if (typeof result === "number") return { type: "", inner: `${formula}<v>${numberText(result)}</v>` };
    if (result === undefined) return { type: "", inner: formula };
  }
  throw new Error("The generated sheets hold a value the light writer does not write");
}

function cellXml(cell: GridCell, styles: GridStyles): string {
  const style = styles.styleOf(cell);
  const content = cellContent(cell.value);
  if (!content && style === 0) return "";
  const styled = style === 0 ? "" : ` s="${style}"`;
  return content ? `<c r="${cell.address}"${styled}${content.type}>${content.inner}</c>` : `<c r="${cell.address}"${styled}/>`;
}

/** The frozen panes of the sheet's first view (the only kind the writers set). */
function sheetViews(grid: SheetGrid): string {
  const view = grid.views[0];
  if (view === undefined) return `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`;
  if (view.state !== "frozen") throw new Error("The generated sheets use a view the light writer does not write");
  const x = view.xSplit ?? 0;
  const y = view.ySplit ?? 0;
  const activeCell = view.activeCell ?? "A1";
  if (x === 0 && y === 0) return `<sheetViews><sheetView workbookViewId="0"><selection activeCell="${activeCell}" sqref="${activeCell}"/></sheetView></sheetViews>`;
  const pane = x > 0 && y > 0 ? "bottomRight" : y > 0 ? "bottomLeft" : "topRight";
  const topLeft = view.topLeftCell ?? address(y + 1, x + 1);
  const splits = `${x > 0 ? ` xSplit="${x}"` : ""}${y > 0 ? ` ySplit="${y}"` : ""}`;
  return `<sheetViews><sheetView workbookViewId="0"><pane${splits} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${activeCell}" sqref="${activeCell}"/></sheetView></sheetViews>`;
}

/** ExcelJS writes no width of 9 (it takes it for the default); the grid writes what the model would. */
const UNWRITTEN_WIDTH = 9;

function columns(grid: SheetGrid): string {
  const cols: string[] = [];
  grid.widths.forEach((column, c) => {
    if (column.width !== undefined && column.width !== UNWRITTEN_WIDTH) cols.push(`<col min="${c}" max="${c}" width="${column.width}" customWidth="1"/>`);
  });
  return cols.length === 0 ? "" : `<cols>${cols.join("")}</cols>`;
}

/** The filter's range as A1 text. */
function filterRange(grid: SheetGrid): string | undefined {
  const filter = grid.autoFilter;
  if (filter === undefined) return undefined;
  if (typeof filter === "string") return formatRange(parseRange(filter) ?? { top: 1, left: 1, bottom: 1, right: 1 });
  const corner = (at: string | { row: number; column: number }) => (typeof at === "string" ? at : address(at.row, at.column));
  return `${corner(filter.from)}:${corner(filter.to)}`;
}

/** The worksheet part of `grid`, its cells' formats placed in `styles`. */
export function gridXml(grid: SheetGrid, styles: GridStyles): string {
  const rows: string[] = [];
  let right = 1;
  let bottom = 1;
  for (const row of grid.rows) {
    if (!row) continue;
    const cells: string[] = [];
    for (let c = 1; c < row.cells.length; c++) {
      const cell = row.cells[c];
      const xml = cell ? cellXml(cell, styles) : "";
      if (xml === "") continue;
      cells.push(xml);
      right = Math.max(right, c);
    }
    const height = row.height === undefined ? "" : ` ht="${row.height}" customHeight="1"`;
    if (cells.length === 0 && height === "") continue;
    bottom = row.number;
    rows.push(`<row r="${row.number}"${height}>${cells.join("")}</row>`);
  }
  const filter = filterRange(grid);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<dimension ref="A1:${address(bottom, right)}"/>${sheetViews(grid)}<sheetFormatPr defaultRowHeight="15"/>${columns(grid)}` +
    `<sheetData>${rows.join("")}</sheetData>${filter === undefined ? "" : `<autoFilter ref="${filter}"/>`}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}
