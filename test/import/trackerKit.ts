/**
 * Builders for tracker workbooks as users keep them: rows of cells written into a sheet with
 * ExcelJS (not the project's own adapter), merged headings, SUM formulas with cached results.
 * Each layout under `layouts/` describes one tracker and the figures a person computes from it.
 */
import ExcelJS from "exceljs";

/** A SUM (or any) formula with the value Excel cached for it. */
export interface Formula {
  readonly formula: string;
  readonly result: number;
}

/** One cell as a user typed it: text, a number, a real date, a formula, or nothing. */
export type Cell = string | number | Date | Formula | null | undefined;

/** A date at midnight UTC, the way ExcelJS writes a date-only cell. */
export function d(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** `SUM(col first:col last)` with its cached result. */
export function sum(column: string, first: number, last: number, result: number): Formula {
  return { formula: `SUM(${column}${first}:${column}${last})`, result };
}

/** Writes `rows` into `sheet` from row `top` (1-based), column A; null and undefined stay blank. */
export function writeRows(sheet: ExcelJS.Worksheet, rows: readonly (readonly Cell[])[], top = 1): void {
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = sheet.getCell(top + r, c + 1);
      cell.value = value as ExcelJS.CellValue;
      if (value instanceof Date) cell.numFmt = "d-mmm-yyyy";
    });
  });
}

/** Bolds a row, as people do with their header and totals rows. */
export function bold(sheet: ExcelJS.Worksheet, row: number): void {
  sheet.getRow(row).font = { bold: true };
}

/** A sheet's columns widened a little so the file looks like a real tracker when opened. */
export function widen(sheet: ExcelJS.Worksheet, count: number, width = 16): void {
  for (let c = 1; c <= count; c++) sheet.getColumn(c).width = width;
}

/** One tracker layout of the corpus, with what a person computes from it by hand. */
export interface TrackerLayout {
  /** Short name used for the test and the file. */
  readonly name: string;
  /** Who keeps a tracker like this and what is peculiar about it. */
  readonly story: string;
  /** Builds the tracker workbook. */
  readonly build: () => ExcelJS.Workbook;
  /** 0: nothing to review; 1: something the user must look at (see `review`). */
  readonly exitCode: 0 | 1;
  /** What the review list must mention (each must match the `--json` review text), and why. */
  readonly review: readonly RegExp[];
  /** Every fact is present and coherent: `jmp check` on the plan must find no error. */
  readonly consistent: boolean;
  /** The headers of the columns whose totals the tracker's totals row holds (none: no totals row). */
  readonly reconciled: readonly string[];
  readonly expected: Expected;
}

/** Figures of the whole plan, in currency units and counts. */
export interface Totals {
  readonly requested: number;
  readonly authorized: number;
  readonly spend: number;
  readonly paid: number;
  readonly revenue: number;
  readonly pipeline: number;
  readonly opportunities: number;
  readonly leads: number;
  readonly deals: number;
}

/** What the imported plan must hold, computed by hand from the tracker's rows. */
export interface Expected {
  readonly partners: number;
  readonly tactics: number;
  readonly initiatives: number;
  readonly totals: Totals;
  /** One partner's own figures; found by `id` when the tracker has IDs, else by name. */
  readonly partner: { readonly id?: string; readonly name: string; readonly figures: Totals };
  /** Rows the plan's linked tables must hold. */
  readonly rows: { readonly jointPlan: number; readonly allocations: number; readonly claims: number; readonly outcomes: number };
  /** One activity's tactic as the plan must hold it (a fact the tracker lacks is undefined). */
  readonly tactic: ExpectedTactic;
  /** Partner IDs the plan must use, when the tracker has a Partner ID column. */
  readonly partnerIds?: readonly string[];
}

/** One tactic of the plan, found by the activity's name in its Description. */
export interface ExpectedTactic {
  readonly activity: string;
  /** ISO dates. */
  readonly start: string;
  readonly end: string | undefined;
  readonly totalCost: number | undefined;
  readonly requested: number;
  /** Status Approved or Completed. */
  readonly approved: boolean;
}

/** Zero for every figure, to spread over. */
export const NONE: Totals = { requested: 0, authorized: 0, spend: 0, paid: 0, revenue: 0, pipeline: 0, opportunities: 0, leads: 0, deals: 0 };
