/**
 * Fills the Dashboard sheet from the host-neutral layout: a heading, then one titled table per
 * block (totals, partners, initiatives, tactic types...). Metric columns line up across the
 * metric blocks so a column means the same figure all the way down them; the tables below them
 * (what works best, plan vs actual, finance) have columns of their own.
 */
import type { ResultsSheet } from "./resultsSheet";
import type { DashboardLayout, LayoutValue } from "../layout";
import type { NumberFormats } from "./resultsStyle";
import { currency, excelMoneyFormat } from "../../model/money";
import { displayWidth, fitWidth, numberFormatOf, styleBlockTitle, styleHeaderRow, writeHeading } from "./resultsStyle";

/** Rows above the first block: title, subtitle, note, and a blank row. */
const FIRST_BLOCK_ROW = 5;
/** Header text longer than this wraps instead of widening its column. */
const HEADER_WRAP = 14;

/** Number of leading text (label) columns of a block. */
function labelCount(formats: readonly string[]): number {
  const first = formats.findIndex((f) => f !== "text");
  return first === -1 ? formats.length : first;
}

/** Sheet column (1-based) of the block's column `index`, with metrics aligned after `labels`. */
function sheetColumn(index: number, blockLabels: number, labels: number): number {
  return index < blockLabels ? index + 1 : index - blockLabels + labels + 1;
}

/** Writes the Dashboard content onto an empty sheet. */
export function writeDashboard(sheet: ResultsSheet, layout: DashboardLayout, formats: NumberFormats): void {
  writeHeading(sheet, layout.title, layout.subtitle, "Rebuilt from the plan tables on every refresh: edits made on this sheet are replaced.");
  const labels = Math.max(1, ...layout.blocks.map((b) => labelCount(b.formats)));
  const widest: number[] = [];
  const widen = (column: number, width: number): void => {
    widest[column] = Math.max(widest[column] ?? 0, width);
  };

  let r = FIRST_BLOCK_ROW;
  for (const block of layout.blocks) {
    const blockLabels = labelCount(block.formats);
    const lastColumn = sheetColumn(block.header.length - 1, blockLabels, labels);
    styleBlockTitle(sheet.getCell(r, 1));
    sheet.getCell(r, 1).value = block.title;
    r++;

    const headerRow = sheet.getRow(r);
    block.header.forEach((text, i) => {
      const c = sheetColumn(i, blockLabels, labels);
      headerRow.getCell(c).value = text;
      widen(c, Math.min(text.length, HEADER_WRAP));
    });
    styleHeaderRow(headerRow, 1, lastColumn);
    r++;

    if (block.rows.length === 0) {
      const cell = sheet.getCell(r, 1);
      cell.value = "None yet";
      cell.font = { italic: true, color: { argb: "FF7F7F7F" } };
      r++;
    }
    for (const [index, values] of block.rows.entries()) {
      const row = sheet.getRow(r);
      const rowFormats = block.rowFormats?.[index] ?? block.formats;
      values.forEach((value: LayoutValue, i) => {
        const c = sheetColumn(i, blockLabels, labels);
        const format = rowFormats[i] ?? "text";
        widen(c, displayWidth(value, format));
        // Null stays a blank cell: an undefined ratio shows nothing, never a zero.
        if (value === null) return;
        const cell = row.getCell(c);
        cell.value = value;
        const rowCurrency = block.rowCurrencies?.[index];
        const numFmt = format === "money" && rowCurrency !== undefined ? excelMoneyFormat(currency(rowCurrency)) : numberFormatOf(format, formats);
        if (numFmt) cell.numFmt = numFmt;
      });
      r++;
    }
    r++;
  }

  for (let c = 1; c < widest.length; c++) sheet.getColumn(c).width = fitWidth(widest[c] ?? 0, c <= labels ? 12 : 10);
  sheet.views = [{ state: "frozen", xSplit: labels, ySplit: 3, topLeftCell: sheet.getCell(4, labels + 1).address, activeCell: "A1" }];
}
