/**
 * Data-validation dropdowns of the template: a fixed list for enum and yes/no columns, for an
 * enum whose values are the plan's own list (Tactic type) a list of that table's column, and
 * for ID columns that reference another table, a list pointing at that table's ID cells.
 *
 * ExcelJS keeps validations in `worksheet.dataValidations.model`, keyed by a cell address or a
 * range; a file it reads has one key per cell. Its typings omit the property.
 */
import type { DataValidation, Worksheet } from "exceljs";
import type { ColumnSpec } from "../../model/schema";
import type { CellRange } from "./a1";
import { address, formatRange, overlaps, parseRange } from "./a1";

interface ValidationStore {
  model: Record<string, DataValidation | undefined>;
  add(address: string, validation: DataValidation): DataValidation;
}

function store(sheet: Worksheet): ValidationStore {
  return (sheet as unknown as { dataValidations: ValidationStore }).dataValidations;
}

/** Excel refuses a literal list longer than this in a validation formula. */
export const MAX_LIST_CHARS = 255;

/** The literal list formula of an enum or yes/no column (`"Yes,No"`), or undefined. */
export function valueListFormula(column: ColumnSpec): string | undefined {
  if (!column.values || column.values.length === 0) return undefined;
  return `"${column.values.join(",")}"`;
}

/** A dropdown of fixed values that refuses anything else. */
export function valueListValidation(column: ColumnSpec, formula: string): DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: column.header,
    error: `Choose one of: ${(column.values ?? []).join(", ")}`,
  };
}

/**
 * A dropdown of a table column's values (`JmpPartners[Partner ID]`). A list validation takes no
 * structured reference directly; INDIRECT resolves one, as the Excel adapter writes it, so the
 * list follows the table as rows are added (a fixed range would list only the rows there were
 * when the template was set up). It only warns on other text: `error` says why.
 */
function tableColumnList(column: ColumnSpec, table: string, header: string, error: string): DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [`INDIRECT("${table}[${header}]")`],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: column.header,
    error,
  };
}

/** A dropdown of the IDs in another table; an ID may be typed before its row exists (the check reports IDs that stay unknown). */
export function referenceValidation(column: ColumnSpec, table: string, header: string, targetLabel: string): DataValidation {
  return tableColumnList(column, table, header, `Not an ID of the ${targetLabel} table yet`);
}

/** A dropdown of the values a table of the plan lists (`JmpTacticTypes[Tactic type]`); the check reports others (V05). */
export function planListValidation(column: ColumnSpec, table: string, header: string, label: string): DataValidation {
  return tableColumnList(column, table, header, `Not in the ${label} table yet; add it there first`);
}

/** The validations over `cells`: single-cell keys inside it, range keys overlapping it. */
function validationKeys(sheet: Worksheet, cells: CellRange): string[] {
  const model = store(sheet).model;
  // Single-cell keys are looked up directly; a read file may hold a million of them.
  const keys: string[] = [];
  for (let column = cells.left; column <= cells.right; column++) {
    for (let row = cells.top; row <= cells.bottom; row++) {
      const key = address(row, column);
      if (model[key]) keys.push(key);
    }
  }
  for (const key in model) {
    if (!key.includes(":") || !model[key]) continue;
    const range = parseRange(key);
    if (range && overlaps(range, cells)) keys.push(key);
  }
  return keys;
}

/**
 * Replaces the validation of `cells` when every one over them is a list of `formula` (a list an
 * earlier template version wrote); a validation of the user's is kept. True when replaced.
 */
export function replaceListValidation(sheet: Worksheet, cells: CellRange, formula: string, validation: DataValidation): boolean {
  const model = store(sheet).model;
  const keys = validationKeys(sheet, cells);
  const isOld = (v: DataValidation | undefined): boolean => v?.type === "list" && v.formulae?.length === 1 && v.formulae[0] === formula;
  if (keys.length === 0 || !keys.every((key) => isOld(model[key]))) return false;
  for (const key of keys) delete model[key];
  addValidation(sheet, cells, validation);
  return true;
}

/** True when any cell of `cells` already has a validation (the user's or the template's). */
export function hasValidation(sheet: Worksheet, cells: CellRange): boolean {
  return validationKeys(sheet, cells).length > 0;
}

/** Adds a validation to a rectangle of cells in one entry (ExcelJS writes it as one range). */
export function addValidation(sheet: Worksheet, cells: CellRange, validation: DataValidation): void {
  store(sheet).add(formatRange(cells), validation);
}

/** The validation covering one cell: its own entry, or a range entry holding it. */
export function validationAt(sheet: Worksheet, row: number, column: number): DataValidation | undefined {
  const model = store(sheet).model;
  const own = model[address(row, column)];
  if (own) return own;
  for (const key in model) {
    if (!key.includes(":")) continue;
    const range = parseRange(key);
    if (range && range.top <= row && row <= range.bottom && range.left <= column && column <= range.right) return model[key];
  }
  return undefined;
}

/**
 * Gives rows `from + 1` to `to` the dropdown row `from` has in each column of `left` to `right`,
 * one range entry a column, as Excel does when a table grows over new rows. A column whose new
 * cells already have a validation keeps it.
 */
export function extendValidationsDown(sheet: Worksheet, from: number, to: number, left: number, right: number): void {
  if (to <= from) return;
  for (let column = left; column <= right; column++) {
    const validation = validationAt(sheet, from, column);
    const cells = { top: from + 1, bottom: to, left: column, right: column };
    if (validation && !hasValidation(sheet, cells)) addValidation(sheet, cells, validation);
  }
}
