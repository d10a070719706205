/**
 * The `JMP Log` sheet in an .xlsx plan (see `engine/merge/mergeLog.ts`): created with its header
 * row on the first merge, then only ever appended to. Values are written as plain values (text
 * stays text, never a formula), so a pack's "=..." text is logged as the text it is.
 */
import type { CellValue, Workbook, Worksheet } from "exceljs";
import { LOG_HEADERS, LOG_SHEET, LOG_WIDTHS, logLineOf, logRow } from "../../engine/merge";
import type { LogLine } from "../../engine/merge";
import type { ShownValue } from "../../engine/merge";

/** The workbook's `JMP Log` sheet, when it has one. */
export function logSheet(workbook: Workbook): Worksheet | undefined {
  return workbook.worksheets.find((w) => w.name.toLowerCase() === LOG_SHEET.toLowerCase());
}

function shown(value: CellValue): ShownValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  return typeof value === "object" && "richText" in value ? value.richText.map((r) => r.text).join("") : String(value);
}

function text(value: CellValue): string {
  const v = shown(value);
  return v === null ? "" : String(v);
}

/** Every line of the log, oldest first; none when the plan has no log yet. */
export function readMergeLog(workbook: Workbook): LogLine[] {
  const sheet = logSheet(workbook);
  if (!sheet) return [];
  const lines: LogLine[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const at = (c: number): CellValue => row.getCell(c + 1).value;
    if (text(at(0)) === "") continue;
    lines.push(logLineOf((c) => text(at(c)), (c) => shown(at(c))));
  }
  return lines;
}

/** Appends lines below the last line of the log, creating the sheet (last, with its header row) the first time. */
export function appendMergeLog(workbook: Workbook, lines: readonly LogLine[]): void {
  if (lines.length === 0) return;
  let sheet = logSheet(workbook);
  if (!sheet) {
    sheet = workbook.addWorksheet(LOG_SHEET);
    sheet.addRow([...LOG_HEADERS]).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  // A log begun before its later columns (Metric) gets their headers with the first lines that fill them.
  LOG_HEADERS.forEach((header, i) => {
    const cell = sheet.getCell(1, i + 1);
    if (text(cell.value) === "") {
      cell.value = header;
      cell.font = { bold: true };
    }
  });
  // Set at every append, so a log made when its columns were narrower shows its lines whole too.
  for (const [i, width] of LOG_WIDTHS.entries()) {
    const column = sheet.getColumn(i + 1);
    if ((column.width ?? 0) < width) column.width = width;
  }
  for (const l of lines) sheet.addRow(logRow(l));
}
