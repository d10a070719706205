/**
 * What the Set up view asks of an opened file, read by streaming it: every visible sheet's
 * summary, the used range of each sheet the convert and tracker views may offer, and the tracker
 * mapping the last import stored. Browser mode's open worker reads them with the JMP tables, so
 * the page shows an opened plan without loading ExcelJS's model; they answer as `listSheets`,
 * `readSheet` and `readImportMapping` of `XlsxWorkbook` answer for the same file.
 */
import type { RawTable } from "../../model/rawTable";
import { trackerCandidates } from "../convert/tracker/chooseSheet";
import { IMPORT_MAPPING_NAME } from "../importMappingCell";
import type { SheetSummary, SheetValues } from "../port";
import type { CellRange } from "./a1";
import { MAX_COLUMN, parseRange } from "./a1";
import { readDefinedNames, referenceParts } from "./refresh/workbookFacts";
import type { CellWindow } from "./stream/sheetCells";
import { cellWindow } from "./stream/sheetCells";
import type { StreamedTables } from "./stream/StreamedTables";
import { DEFAULT_LIMITS } from "./zipGuard";

/** The facts of one file; a structured clone of them is as good (plain data and Maps). */
export interface SheetFacts {
  /** Every visible worksheet in tab order, as `listSheets` gives them. */
  readonly sheets: readonly SheetSummary[];
  /**
   * The used range of every sheet the convert and tracker views offer (`trackerCandidates`),
   * by `sheetKey` of its name; a sheet left out is read from the model when asked for.
   */
  readonly values: ReadonlyMap<string, SheetValues>;
  /** The tracker mapping stored by the last import (JSON text), or undefined. */
  readonly importMapping: string | undefined;
}

/** How a sheet's name is looked up: trimmed, in lower case (as `sheetNamed` finds sheets). */
export function sheetKey(name: string): string {
  return name.trim().toLowerCase();
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Grows `range` to hold the non-blank cells of `cells`, a row whose first cell is in column `first`. */
function extend(range: CellRange | undefined, row: number, first: number, cells: readonly unknown[] | undefined): CellRange | undefined {
  if (!cells) return range;
  let left = 0;
  let right = 0;
  for (let i = 0; i < cells.length; i++) {
    if (isBlank(cells[i])) continue;
    if (left === 0) left = first + i;
    right = first + i;
  }
  if (left === 0) return range;
  if (!range) return { top: row, bottom: row, left, right };
  return { top: Math.min(range.top, row), bottom: Math.max(range.bottom, row), left: Math.min(range.left, left), right: Math.max(range.right, right) };
}

/** The used range of a sheet-wide window (rows from row 1, cells from column A). */
function windowRange(w: CellWindow): CellRange | undefined {
  let range: CellRange | undefined;
  w.rows.forEach((cells, i) => {
    range = extend(range, i + 1, 1, cells);
  });
  return range;
}

/**
 * The used range of a sheet holding JMP tables, from the tables read: the sheet's own when it
 * holds nothing beside its tables, as a plan's sheets do (the views list such sheets only to
 * leave them out, and reading the whole of a plan's largest sheets again would double the read).
 */
function tablesRange(tables: readonly RawTable[]): CellRange | undefined {
  let range: CellRange | undefined;
  for (const table of tables) {
    const first = table.firstColumn + 1;
    range = extend(range, table.headerRow, first, table.headers);
    table.rows.forEach((cells, i) => {
      range = extend(range, table.headerRow + 1 + i, first, cells);
    });
  }
  return range;
}

/** A used range's cells as `readSheet` gives them: the first row is the header row. */
function valuesOf(w: CellWindow, range: CellRange): SheetValues {
  const width = range.right - range.left + 1;
  const rowAt = (r: number): unknown[] => {
    const cells = w.rows[r - 1];
    const row = new Array<unknown>(width);
    for (let i = 0; i < width; i++) row[i] = cells?.[range.left - 1 + i] ?? null;
    return row;
  };
  const rows: unknown[][] = [];
  for (let r = range.top + 1; r <= range.bottom; r++) rows.push(rowAt(r));
  return { headers: rowAt(range.top), rows, headerRow: range.top, firstColumn: range.left };
}

function summary(name: string, range: CellRange | undefined, holdsJmpTables: boolean): SheetSummary {
  return { name, rows: range ? range.bottom - range.top + 1 : 0, columns: range ? range.right - range.left + 1 : 0, holdsJmpTables };
}

/** The text in the cell the defined name `name` points at, or undefined when it holds none. */
async function namedText(streamed: StreamedTables, name: string): Promise<string | undefined> {
  const reference = (await readDefinedNames(streamed.parts, streamed.map.workbookPart)).get(name);
  const target = reference === undefined ? undefined : referenceParts(reference);
  const range = parseRange(target?.range.replace(/\$/g, ""));
  const sheet = target && streamed.map.sheets.find((s) => s.name.toLowerCase() === target.sheet.toLowerCase());
  if (!range || !sheet) return undefined;
  const cell = cellWindow({ top: range.top, left: range.left, bottom: range.top, right: range.left });
  await streamed.readCells(sheet.part, [cell]);
  const value = cell.rows[0]?.[0];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * Reads the facts of a file whose JMP tables `tables` were read from `streamed`: every visible
 * sheet without JMP tables is streamed whole once (a plan's own sheets are not read again).
 */
export async function readSheetFacts(streamed: StreamedTables, tables: readonly RawTable[]): Promise<SheetFacts> {
  const sheets: SheetSummary[] = [];
  const read = new Map<string, { whole: CellWindow; range: CellRange | undefined }>();
  for (const sheet of streamed.map.sheets) {
    if (sheet.hidden) continue;
    const own = tables.filter((t) => sheetKey(t.sheet) === sheetKey(sheet.name));
    if (own.length > 0) {
      sheets.push(summary(sheet.name, tablesRange(own), true));
      continue;
    }
    const whole = cellWindow({ top: 1, left: 1, bottom: Number.MAX_SAFE_INTEGER, right: MAX_COLUMN });
    await streamed.readCells(sheet.part, [whole]);
    const range = windowRange(whole);
    sheets.push(summary(sheet.name, range, false));
    read.set(sheetKey(sheet.name), { whole, range });
  }
  const values = new Map<string, SheetValues>();
  for (const candidate of trackerCandidates(sheets)) {
    const { whole, range } = read.get(sheetKey(candidate.name)) as { whole: CellWindow; range: CellRange };
    // `readSheet` refuses such a range (two far-apart cells): the model refuses it when asked.
    if (candidate.rows * candidate.columns > DEFAULT_LIMITS.maxExpandedCells) continue;
    values.set(sheetKey(candidate.name), valuesOf(whole, range));
  }
  return { sheets, values, importMapping: await namedText(streamed, IMPORT_MAPPING_NAME) };
}
