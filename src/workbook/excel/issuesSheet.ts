/**
 * Fills the Issues sheet: one row per finding in the engine's order, a `HYPERLINK` to the
 * offending cell in the last column, a filter on the header row, and severity colours from two
 * conditional formats on the Severity column (never per-row formatting, which would cost a
 * command per finding). Rows go out in chunks under the payload budget.
 */
import type { IssueRow } from "../layout";
import { ISSUE_HEADERS } from "../layout";
import { columnLetters } from "../../model/rawTable";
import { layoutInput } from "./cellInput";
import type { CellInput } from "./cellInput";
import { quoteSheetName } from "./generatedSheets";
import type { WriteBatch } from "./payload";
import { writeRows } from "./rowWriter";
import { fitWidthPoints, HEADING_CALLS, STYLE, styleHeader, styleRemark, writeHeading } from "./sheetStyle";
import type { XlWorksheet } from "./xlTypes";

/** Zero-based sheet row of the header; findings start on the next row. */
const HEADER_ROW = 3;
const LINK = ISSUE_HEADERS.indexOf("Go to");
const MESSAGE = ISSUE_HEADERS.indexOf("Message");
const SEVERITY = ISSUE_HEADERS.indexOf("Severity");
const MESSAGE_WIDTH = 70;
const NOTE = "Each link jumps to the cell to fix. Rebuilt on every check: edits made on this sheet are replaced.";

/** A formula text literal: quotes doubled. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The `HYPERLINK` formula of a row, or a blank cell when the finding has no cell. */
export function linkFormula(issue: IssueRow): CellInput {
  const text = issue.values[LINK];
  if (!issue.link || text === null) return "";
  return `=HYPERLINK(${literal(`#${quoteSheetName(issue.link.sheet)}!${issue.link.cell}`)},${literal(String(text))})`;
}

/** "3 errors, 1 warning". */
export function countsText(rows: readonly IssueRow[]): string {
  const errors = rows.filter((r) => r.values[SEVERITY] === "error").length;
  const warnings = rows.length - errors;
  return `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
}

/** Writes the Issues content onto an empty sheet. */
export async function writeIssues(sheet: XlWorksheet, rows: readonly IssueRow[], subtitle: string, batch: WriteBatch): Promise<void> {
  // The heading, the header row (a range, its values and style: 8 calls), the remark (6).
  await batch.reserve(HEADING_CALLS + 14, 2048);
  writeHeading(sheet, "Issues", `${countsText(rows)} · ${subtitle}`, NOTE);
  const header = sheet.getRangeByIndexes(HEADER_ROW, 0, 1, ISSUE_HEADERS.length);
  header.values = [ISSUE_HEADERS.map((h) => layoutInput(h))];
  styleHeader(header);

  const first = HEADER_ROW + 1;
  if (rows.length === 0) {
    const none = sheet.getRangeByIndexes(first, 0, 1, 1);
    none.values = [["No findings: the plan passes every check."]];
    styleRemark(none, STYLE.good);
  } else {
    await writeRows(batch, sheet, { top: first, left: 0, rows: rows.map((r) => r.values.slice(0, LINK).map(layoutInput)) });
    await writeRows(batch, sheet, { top: first, left: LINK, rows: rows.map((r) => [linkFormula(r)]), asFormulas: true });
    // Two conditional formats (their parts and settings: 9 calls each), the link font (5),
    // the wrapped messages (3), the filter (2).
    await batch.reserve(32, 1024);
    const severity = sheet.getRangeByIndexes(first, SEVERITY, rows.length, 1);
    const cell = `$${columnLetters(SEVERITY)}${first + 1}`;
    for (const [value, color] of [["error", STYLE.error], ["warning", STYLE.warning]] as const) {
      const rule = severity.conditionalFormats.add("Custom");
      rule.custom.rule.formula = `=${cell}="${value}"`;
      rule.custom.format.font.color = color;
    }
    const links = sheet.getRangeByIndexes(first, LINK, rows.length, 1).format.font;
    links.color = STYLE.link;
    links.underline = "Single";
    sheet.getRangeByIndexes(first, MESSAGE, rows.length, 1).format.wrapText = true;
    sheet.autoFilter.apply(`A${HEADER_ROW + 1}:${columnLetters(ISSUE_HEADERS.length - 1)}${first + rows.length}`);
  }

  // A range, its format and its width per column; the frozen panes.
  await batch.reserve(ISSUE_HEADERS.length * 3 + 2, 512);
  const widest = ISSUE_HEADERS.map((h) => h.length);
  for (const r of rows) r.values.forEach((v, i) => (widest[i] = Math.max(widest[i], v === null ? 0 : String(v).length)));
  widest.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = c === MESSAGE ? fitWidthPoints(MESSAGE_WIDTH, MESSAGE_WIDTH, MESSAGE_WIDTH) : fitWidthPoints(w)));
  sheet.freezePanes.freezeRows(HEADER_ROW + 1);
}
