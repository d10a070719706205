/**
 * Data-validation dropdowns of the template: a fixed list for enum and yes/no columns, and for
 * ID columns that reference another table, a list pointing at that table's ID cells.
 *
 * ExcelJS keeps validations in `worksheet.dataValidations.model`, keyed by a cell address or a
 * range; a file it reads has one key per cell. Its typings omit the property.
 */
import type { DataValidation, Worksheet } from "exceljs";
import type { ColumnSpec } from "../../model/schema";
import type { CellRange } from "./a1";
import { address, formatRange, overlaps, parseRange, quoteSheet } from "./a1";

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
 * A dropdown of the IDs in another table. It only warns on other text, so an ID can be typed
 * before its row exists in the referenced table; the check reports IDs that stay unknown.
 */
export function referenceValidation(column: ColumnSpec, targetSheet: string, targetCells: CellRange, targetLabel: string): DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [`${quoteSheet(targetSheet)}!${formatRange(targetCells, true)}`],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: column.header,
    error: `Not an ID of the ${targetLabel} table yet`,
  };
}

/** True when any cell of `cells` already has a validation (the user's or the template's). */
export function hasValidation(sheet: Worksheet, cells: CellRange): boolean {
  const model = store(sheet).model;
  // Single-cell keys are looked up directly; a read file may hold a million of them.
  for (let column = cells.left; column <= cells.right; column++) {
    for (let row = cells.top; row <= cells.bottom; row++) if (model[address(row, column)]) return true;
  }
  for (const key in model) {
    if (!key.includes(":") || !model[key]) continue;
    const range = parseRange(key);
    if (range && overlaps(range, cells)) return true;
  }
  return false;
}

/** Adds a validation to a rectangle of cells in one entry (ExcelJS writes it as one range). */
export function addValidation(sheet: Worksheet, cells: CellRange, validation: DataValidation): void {
  store(sheet).add(formatRange(cells), validation);
}
