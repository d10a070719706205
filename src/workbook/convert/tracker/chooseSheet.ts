/**
 * Which sheet of a workbook is the tracker, when the user does not say: the one whose header
 * names the most tracker columns. The plan's own sheets and the generated ones are never
 * candidates; a sheet is judged by its first rows only, so a big workbook is not read twice.
 */
import { GENERATED_SHEETS } from "../../port";
import type { ConvertibleWorkbook, SheetSummary } from "../../port";
import { findHeader, HEADER_SEARCH_ROWS } from "./findHeader";

/** Rows read to judge a sheet: enough for the header search and a sample of data below it. */
const JUDGED_ROWS = HEADER_SEARCH_ROWS + 60;

const GENERATED = new Set(Object.values(GENERATED_SHEETS).map((n) => n.toLowerCase()));

/** Sheets that may be a tracker: visible, not the plan's own or generated, with two rows or more. */
export function trackerCandidates(sheets: readonly SheetSummary[]): SheetSummary[] {
  return sheets.filter((s) => !s.holdsJmpTables && !GENERATED.has(s.name.toLowerCase()) && s.rows >= 2);
}

/** The name of the sheet that looks most like a tracker, or undefined when none does. */
export async function chooseTrackerSheet(workbook: Pick<ConvertibleWorkbook, "listSheets" | "readSheet">): Promise<string | undefined> {
  let best: { name: string; score: number } | undefined;
  for (const sheet of trackerCandidates(await workbook.listSheets())) {
    const values = await workbook.readSheet(sheet.name, { maxRows: JUDGED_ROWS });
    const grid = [values.headers, ...values.rows];
    const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
    const header = findHeader(grid, width);
    if (header && (!best || header.named > best.score)) best = { name: sheet.name, score: header.named };
  }
  return best?.name;
}
