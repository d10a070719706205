/**
 * The look of the generated sheets: number formats per layout cell format, fonts and fills of
 * titles and header rows, and column widths that fit what the cells show.
 */
import type { Fill, Font } from "exceljs";
import type { ResultsCell, ResultsRow, ResultsSheet } from "./resultsSheet";
import type { CellFormat, LayoutValue } from "../layout";
import { excelMoneyFormat } from "../../model/money";
import type { Currency } from "../../model/money";

/** Number formats of a sheet, money in the plan currency. */
export interface NumberFormats {
  readonly money: string;
  readonly percent: string;
  readonly count: string;
}

/** The number formats for a plan currency. */
export function numberFormats(currency: Currency): NumberFormats {
  return { money: excelMoneyFormat(currency), percent: "0%", count: "#,##0" };
}

/** The Excel number format of a layout cell format, or undefined for text. */
export function numberFormatOf(format: CellFormat, formats: NumberFormats): string | undefined {
  return format === "text" ? undefined : formats[format];
}

const TITLE_FONT: Partial<Font> = { bold: true, size: 16, color: { argb: "FF1F3864" } };
const SUBTITLE_FONT: Partial<Font> = { italic: true, size: 10, color: { argb: "FF595959" } };
const NOTE_FONT: Partial<Font> = { size: 9, color: { argb: "FF7F7F7F" } };
const BLOCK_TITLE_FONT: Partial<Font> = { bold: true, size: 12, color: { argb: "FF1F3864" } };
const HEADER_FONT: Partial<Font> = { bold: true, color: { argb: "FF000000" } };
const HEADER_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
/** Hyperlinks look like links. */
export const LINK_FONT: Partial<Font> = { color: { argb: "FF0563C1" }, underline: true };
/** Severity colours of the Issues sheet. */
export const SEVERITY_FONT: Readonly<Record<string, Partial<Font>>> = {
  error: { bold: true, color: { argb: "FFC00000" } },
  warning: { bold: true, color: { argb: "FFBF8F00" } },
};

/** Writes the sheet title, subtitle and a note on rows 1-3. */
export function writeHeading(sheet: ResultsSheet, title: string, subtitle: string, note: string): void {
  styleCell(sheet.getCell(1, 1), title, TITLE_FONT);
  sheet.getRow(1).height = 24;
  styleCell(sheet.getCell(2, 1), subtitle, SUBTITLE_FONT);
  styleCell(sheet.getCell(3, 1), note, NOTE_FONT);
}

function styleCell(cell: ResultsCell, value: string, font: Partial<Font>): void {
  cell.value = value;
  cell.font = font;
}

/** Styles a block title cell. */
export function styleBlockTitle(cell: ResultsCell): void {
  cell.font = BLOCK_TITLE_FONT;
}

/** Styles a header row from `first` to `last` column (1-based, inclusive). */
export function styleHeaderRow(row: ResultsRow, first: number, last: number): void {
  for (let c = first; c <= last; c++) {
    const cell = row.getCell(c);
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: "thin", color: { argb: "FF8EA9DB" } } };
    cell.alignment = { vertical: "bottom", wrapText: true, horizontal: c === first ? "left" : "center" };
  }
}

/** Width a value needs when shown with its format, in Excel characters (an estimate). */
export function displayWidth(value: LayoutValue, format: CellFormat): number {
  if (value === null) return 0;
  if (typeof value === "string") return value.length;
  switch (format) {
    case "money":
      // Grouping separators, two decimals and a currency symbol or code.
      return Math.trunc(Math.abs(value)).toLocaleString("en-US").length + 7;
    case "percent":
      return `${Math.round(value * 100)}%`.length;
    default:
      return Math.trunc(Math.abs(value)).toLocaleString("en-US").length + 1;
  }
}

/** Column width from the widest content, kept within readable bounds. */
export function fitWidth(widest: number, min = 8, max = 48): number {
  return Math.min(max, Math.max(min, widest + 2));
}
