/**
 * Fills the Issues sheet: one row per finding in the engine's order, each with a link that
 * jumps to the offending cell, and a filter on the header row (by severity, code, partner...).
 */
import type { ResultsSheet } from "./resultsSheet";
import type { IssueRow } from "../layout";
import { ISSUE_HEADERS } from "../layout";
import { quoteSheetName } from "./resultsPlacement";
import { fitWidth, LINK_FONT, SEVERITY_FONT, styleHeaderRow, writeHeading } from "./resultsStyle";

/** Sheet row of the header; findings start on the next row. */
const HEADER_ROW = 4;
const LINK_COLUMN = ISSUE_HEADERS.indexOf("Go to") + 1;
const MESSAGE_COLUMN = ISSUE_HEADERS.indexOf("Message") + 1;
const ROW_COLUMN = ISSUE_HEADERS.indexOf("Row") + 1;
const SEVERITY_COLUMN = ISSUE_HEADERS.indexOf("Severity") + 1;
const MESSAGE_WIDTH = 70;

/** The in-workbook link address of a cell: `#'Joint Plan'!C12`. */
export function cellHyperlink(sheet: string, cell: string): string {
  return `#${quoteSheetName(sheet)}!${cell}`;
}

/** Text as an Excel string literal: quoted, inner quotes doubled. */
function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A cell value that jumps to `sheet!cell` when clicked. ExcelJS 4.4 writes a `{ hyperlink }`
 * value as an external relationship plus a `location`, which Excel joins into an address that
 * goes nowhere; the HYPERLINK function is an in-workbook link in Excel, Excel on the web and
 * LibreOffice alike. The cached result shows the text before any recalculation.
 */
export function cellLink(sheet: string, cell: string, text: string): { formula: string; result: string } {
  return { formula: `HYPERLINK(${stringLiteral(cellHyperlink(sheet, cell))},${stringLiteral(text)})`, result: text };
}

/** Writes the Issues content onto an empty sheet. */
export function writeIssues(sheet: ResultsSheet, rows: readonly IssueRow[], subtitle: string): void {
  const errors = rows.filter((r) => r.values[SEVERITY_COLUMN - 1] === "error").length;
  const warnings = rows.length - errors;
  writeHeading(sheet, "Issues", `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} · ${subtitle}`, "Each link jumps to the cell to fix. Rebuilt on every check: edits made on this sheet are replaced.");

  const header = sheet.getRow(HEADER_ROW);
  ISSUE_HEADERS.forEach((text, i) => (header.getCell(i + 1).value = text));
  styleHeaderRow(header, 1, ISSUE_HEADERS.length);
  const widest = ISSUE_HEADERS.map((h) => h.length);

  rows.forEach((issue, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    issue.values.forEach((value, i) => {
      if (value === null) return;
      const c = i + 1;
      const cell = row.getCell(c);
      if (c === LINK_COLUMN && issue.link) {
        cell.value = cellLink(issue.link.sheet, issue.link.cell, String(value));
        cell.font = LINK_FONT;
      } else {
        cell.value = value;
      }
      widest[i] = Math.max(widest[i], String(value).length);
    });
    const severity = issue.values[SEVERITY_COLUMN - 1];
    if (typeof severity === "string" && SEVERITY_FONT[severity]) row.getCell(SEVERITY_COLUMN).font = SEVERITY_FONT[severity];
    row.getCell(ROW_COLUMN).numFmt = "0";
    row.getCell(MESSAGE_COLUMN).alignment = { wrapText: true, vertical: "top" };
  });
  if (rows.length === 0) {
    const cell = sheet.getCell(HEADER_ROW + 1, 1);
    cell.value = "No findings: the plan passes every check.";
    cell.font = { italic: true, color: { argb: "FF375623" } };
  }

  widest.forEach((w, i) => (sheet.getColumn(i + 1).width = i + 1 === MESSAGE_COLUMN ? MESSAGE_WIDTH : fitWidth(w)));
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: "A1" }];
  if (rows.length > 0) sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + rows.length, column: ISSUE_HEADERS.length } };
}
