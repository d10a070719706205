/**
 * Fills the Dashboard sheet from the host-neutral layout, as the xlsx adapter does: a heading,
 * then one titled table per block (totals, partners, initiatives, tactic types...) with metric
 * columns lined up across the metric blocks, so a column means the same figure all the way down
 * them; the tables below them (what works best, plan vs actual, finance) have columns of their own.
 */
import { currency } from "../../model/money";
import type { Block, CellFormat, DashboardLayout } from "../layout";
import { layoutInput } from "./cellInput";
import type { CellInput } from "./cellInput";
import type { WriteBatch } from "./payload";
import { writeRows } from "./rowWriter";
import { displayWidth, fitWidthPoints, HEADING_CALLS, layoutNumberFormat, STYLE, styleHeader, styleRemark, writeHeading } from "./sheetStyle";
import type { XlWorksheet } from "./xlTypes";

/** Zero-based sheet row of the first block's title (row 5): title, subtitle, note, blank above. */
const FIRST_BLOCK_ROW = 4;
/** Header text longer than this wraps instead of widening its column. */
const HEADER_WRAP = 14;
const NOTE = "Rebuilt from the plan tables on every refresh: edits made on this sheet are replaced.";

/** Where a block's data landed, for the charts. */
export interface BlockPlacement {
  /** Zero-based sheet row of the first data row. */
  readonly firstRow: number;
  /** The data rows a chart plots (the block's `plottedRows`). */
  readonly rows: number;
  /** Zero-based sheet column of a header of the block, or undefined. */
  column(header: string): number | undefined;
}

/** Number of leading text (label) columns of a block. */
function labelCount(block: Block): number {
  const first = block.formats.findIndex((f) => f !== "text");
  return first === -1 ? block.formats.length : first;
}

/** Writes the Dashboard onto an empty sheet; returns where each block's data is, by key. */
export async function writeDashboard(sheet: XlWorksheet, layout: DashboardLayout, batch: WriteBatch): Promise<Map<string, BlockPlacement>> {
  const money = currency(layout.currency);
  const labels = Math.max(1, ...layout.blocks.map(labelCount));
  const widest: number[] = [];
  const widen = (column: number, width: number): void => {
    widest[column] = Math.max(widest[column] ?? 0, width);
  };
  const placements = new Map<string, BlockPlacement>();

  await batch.reserve(HEADING_CALLS, 1024);
  writeHeading(sheet, layout.title, layout.subtitle, NOTE);
  let r = FIRST_BLOCK_ROW;
  for (const block of layout.blocks) {
    const blockLabels = labelCount(block);
    const col = (i: number): number => (i < blockLabels ? i : i - blockLabels + labels);
    const span = col(block.header.length - 1) + 1;
    const spread = <T>(cells: readonly T[], blank: T): T[] => {
      const row = Array.from({ length: span }, () => blank);
      cells.forEach((cell, i) => (row[col(i)] = cell));
      return row;
    };

    // The title (a range, its value, its font: 6 calls), the header row (a range, its values and
    // style: 8) and the "None yet" remark (6).
    await batch.reserve(20, 512 + span * 48);
    const title = sheet.getRangeByIndexes(r, 0, 1, 1);
    title.values = [[layoutInput(block.title)]];
    title.format.font.bold = true;
    title.format.font.size = STYLE.blockTitle.size;
    title.format.font.color = STYLE.blockTitle.color;
    const header = sheet.getRangeByIndexes(r + 1, 0, 1, span);
    header.values = [spread<CellInput>(block.header.map(layoutInput), "")];
    styleHeader(header);
    block.header.forEach((text, i) => widen(col(i), Math.min(text.length, HEADER_WRAP)));

    const firstRow = r + 2;
    if (block.rows.length === 0) {
      const none = sheet.getRangeByIndexes(firstRow, 0, 1, 1);
      none.values = [["None yet"]];
      styleRemark(none, STYLE.muted);
    }
    const numberFormats = (formats: readonly CellFormat[], rowMoney = money): string[] => spread(formats.map((f) => layoutNumberFormat(f, rowMoney)), "General");
    const formats = numberFormats(block.formats);
    // A row whose money is in a partner's own currency gets that currency's format.
    const rowFormats = (row: number): string[] => {
      const code = block.rowCurrencies?.[row];
      if (code === undefined) return block.rowFormats ? numberFormats(block.rowFormats[row]) : formats;
      return numberFormats(block.rowFormats?.[row] ?? block.formats, currency(code));
    };
    await writeRows(batch, sheet, {
      top: firstRow,
      left: 0,
      rows: block.rows.map((values) => spread<CellInput>(values.map(layoutInput), "")),
      formats: block.rows.map((_v, row) => rowFormats(row)),
    });
    block.rows.forEach((values, row) => values.forEach((v, i) => widen(col(i), displayWidth(v, (block.rowFormats?.[row] ?? block.formats)[i] ?? "text"))));

    placements.set(block.key, {
      firstRow,
      rows: block.plottedRows ?? block.rows.length,
      column: (text) => {
        const i = block.header.indexOf(text);
        return i < 0 ? undefined : col(i);
      },
    });
    r = firstRow + Math.max(1, block.rows.length) + 1;
  }

  // A range, its format and its width per column; the frozen panes.
  await batch.reserve(widest.length * 3 + 2, widest.length * 8);
  widest.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = fitWidthPoints(w ?? 0, c < labels ? 12 : 10)));
  sheet.freezePanes.freezeRows(3);
  return placements;
}
