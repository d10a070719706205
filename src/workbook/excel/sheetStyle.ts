/**
 * The look of the generated sheets in Excel, matching the xlsx adapter: a title, subtitle and
 * note on rows 1-3, blue header rows, number formats per layout cell format, and column widths
 * from what the cells show. Every style is set on whole ranges, never cell by cell.
 */
import { excelMoneyFormat } from "../../model/money";
import type { Currency } from "../../model/money";
import type { CellFormat, LayoutValue } from "../layout";
import { layoutInput } from "./cellInput";
import { FORMATS } from "./columnRules";
import type { XlRange, XlWorksheet } from "./xlTypes";

/** The Excel number format of a layout cell format. */
export function layoutNumberFormat(format: CellFormat, currency: Currency): string {
  switch (format) {
    case "money":
      return excelMoneyFormat(currency);
    case "percent":
      return FORMATS.percent;
    case "count":
      return FORMATS.count;
    default:
      return FORMATS.general;
  }
}

/** Colours and sizes. */
export const STYLE = {
  title: { color: "#1F3864", size: 16 },
  subtitle: { color: "#595959", size: 10 },
  note: { color: "#7F7F7F", size: 9 },
  blockTitle: { color: "#1F3864", size: 12 },
  headerFill: "#D9E1F2",
  link: "#0563C1",
  error: "#C00000",
  warning: "#BF8F00",
  muted: "#7F7F7F",
  good: "#375623",
} as const;

/** Office.js calls `writeHeading` makes (ranges, fonts, values and styles), for the payload budget. */
export const HEADING_CALLS = 20;

/** Writes the title, subtitle and note on rows 1-3. */
export function writeHeading(sheet: XlWorksheet, title: string, subtitle: string, note: string): void {
  sheet.getRange("A1:A3").values = [[layoutInput(title)], [layoutInput(subtitle)], [layoutInput(note)]];
  const t = sheet.getRange("A1").format.font;
  t.bold = true;
  t.size = STYLE.title.size;
  t.color = STYLE.title.color;
  const s = sheet.getRange("A2").format.font;
  s.italic = true;
  s.size = STYLE.subtitle.size;
  s.color = STYLE.subtitle.color;
  const n = sheet.getRange("A3").format.font;
  n.size = STYLE.note.size;
  n.color = STYLE.note.color;
}

/** Styles a header row range. */
export function styleHeader(range: XlRange): void {
  range.format.font.bold = true;
  range.format.fill.color = STYLE.headerFill;
  range.format.wrapText = true;
  range.format.verticalAlignment = "Bottom";
}

/** Styles a one-cell italic remark ("None yet"). */
export function styleRemark(range: XlRange, color: string): void {
  range.format.font.italic = true;
  range.format.font.color = color;
}

/** Width in characters a value needs when shown with its format (an estimate). */
export function displayWidth(value: LayoutValue, format: CellFormat): number {
  if (value === null) return 0;
  if (typeof value === "string") return value.length;
  const digits = Math.trunc(Math.abs(value)).toLocaleString("en-US").length;
  if (format === "money") return digits + 7;
  if (format === "percent") return `${Math.round(value * 100)}%`.length;
  return digits + 1;
}

/** Column width in points for the widest content in characters, within readable bounds. */
export function fitWidthPoints(widest: number, min = 8, max = 48): number {
  return Math.round(Math.min(max, Math.max(min, widest + 2)) * 5.6 + 5);
}
