/**
 * Snapshots of every cell, merged range and sheet of a workbook, to prove that applying the
 * template keeps everything the user owns.
 */
import { Workbook } from "exceljs";
import { address } from "../../../src/workbook/xlsx/a1";
import { sheetTables } from "../../../src/workbook/xlsx/tableModel";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";

/** One cell as ExcelJS reads it from a file. */
export interface CellShot {
  readonly value: unknown;
  readonly style: Record<string, unknown>;
}

/** Every cell (by "Sheet!A1"), the merged ranges and the sheet names in order. */
export interface WorkbookShot {
  readonly cells: Map<string, CellShot>;
  readonly merges: Map<string, string[]>;
  readonly sheets: string[];
}

/** Reads bytes with ExcelJS directly, so the snapshot does not depend on the adapter. */
export async function loadRaw(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** Takes the snapshot. */
export function snapshot(wb: Workbook): WorkbookShot {
  const cells = new Map<string, CellShot>();
  const merges = new Map<string, string[]>();
  for (const sheet of wb.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(`${sheet.name}!${cell.address}`, { value: cell.value, style: JSON.parse(JSON.stringify(cell.style ?? {})) });
      });
    });
    merges.set(sheet.name, [...sheet.model.merges].sort());
  }
  return { cells, merges, sheets: wb.worksheets.map((s) => s.name) };
}

/**
 * The workbook as the adapter saves it untouched (open, save, read): the baseline for
 * comparisons, so that what ExcelJS normalizes on every save (default alignment flags, say) is
 * not mistaken for a change made by the template.
 */
export async function roundTripped(bytes: Uint8Array): Promise<Workbook> {
  return loadRaw(await (await XlsxWorkbook.load(bytes)).toBuffer());
}

/**
 * Asserts that `after` keeps everything of `before`: every sheet in the same order, every merged
 * range, every cell's value (formulas included) and style. The one allowed change: an empty
 * cell taken into a table may get a value and, when it had no number format, the column's
 * (every style part it had is still compared).
 */
export function expectKept(before: WorkbookShot, after: WorkbookShot): void {
  expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
  for (const [sheet, ranges] of before.merges) expect({ sheet, ranges: after.merges.get(sheet) }).toEqual({ sheet, ranges });
  for (const [key, cell] of before.cells) {
    const now = after.cells.get(key);
    const empty = cell.value === null || cell.value === undefined;
    if (!empty) {
      expect({ key, value: now?.value }).toEqual({ key, value: cell.value });
      expect({ key, style: now?.style }).toEqual({ key, style: cell.style });
    } else if (cell.style.numFmt !== undefined) {
      expect({ key, style: now?.style }).toEqual({ key, style: cell.style });
    } else {
      const kept = Object.fromEntries(Object.keys(cell.style).map((part) => [part, now?.style[part]]));
      expect({ key, style: kept }).toEqual({ key, style: cell.style });
    }
  }
}

/**
 * `before` with the cells of each table's totals row where that row is in `after`: rows added to
 * a table go above its totals row, which moves down with its cells, as Excel moves it.
 */
export function withTotalsRowsMoved(before: WorkbookShot, beforeBook: Workbook, afterBook: Workbook): WorkbookShot {
  const cells = new Map(before.cells);
  for (const sheet of beforeBook.worksheets) {
    const afterSheet = afterBook.getWorksheet(sheet.name);
    if (!afterSheet) continue;
    const now = new Map(sheetTables(afterSheet).map((t) => [t.model.name, t.range]));
    for (const { model, range } of sheetTables(sheet)) {
      const moved = now.get(model.name);
      if (!model.totalsRow || !moved || moved.bottom === range.bottom) continue;
      for (let c = range.left; c <= range.right; c++) {
        const from = `${sheet.name}!${address(range.bottom, c)}`;
        const shot = before.cells.get(from);
        if (shot === undefined) continue;
        cells.delete(from);
        cells.set(`${sheet.name}!${address(moved.bottom, c)}`, shot);
      }
    }
  }
  return { ...before, cells };
}
