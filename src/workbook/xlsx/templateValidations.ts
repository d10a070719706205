/**
 * Adds the template's dropdowns to the JMP tables, sized to their data rows (Excel extends a
 * validation when a table grows): enum and yes/no columns get their fixed list, an enum whose
 * values are the plan's own list (Tactic type) a list of that table's column, ID columns that
 * reference another table a list of that table's ID cells. A column whose cells already carry
 * any validation keeps it, except the fixed list of default tactic types template version 1
 * wrote, which gives way to the plan's list. (A plan's list kept as a plain range the template
 * could not make a table has no structured reference to point at: Tactic type then keeps, or
 * gets, the fixed list of the defaults, and the check still reads the plan's list.)
 */
import type { DataValidation } from "exceljs";
import { normalizeHeader, requireTableSpec } from "../../model/schema";
import type { ColumnSpec, TableName } from "../../model/schema";
import type { CellRange } from "./a1";
import type { SheetTable } from "./tableModel";
import { tableRows } from "./tableModel";
import { schemaColumns } from "./tableSheets";
import { addValidation, hasValidation, planListValidation, referenceValidation, replaceListValidation, valueListFormula, valueListValidation } from "./validations";

/** The data cells of a table column, or undefined when the table has no data row. */
function dataCells(table: SheetTable, columnIndex: number): CellRange | undefined {
  const { firstData, lastData } = tableRows(table);
  if (lastData < firstData) return undefined;
  const column = table.range.left + columnIndex;
  return { top: firstData, bottom: lastData, left: column, right: column };
}

/** The ID column of the table a column references (its unique ID column), if it is placed. */
function referencedColumn(column: ColumnSpec, placed: ReadonlyMap<TableName, SheetTable>): { table: string; header: string } | undefined {
  if (!column.references) return undefined;
  const target = placed.get(column.references);
  const idColumn = requireTableSpec(column.references).columns.find((c) => c.unique);
  if (!target || !idColumn) return undefined;
  const listed = target.model.columns.find((c) => normalizeHeader(c.name) === normalizeHeader(idColumn.header));
  return listed ? { table: structuredName(target.model.name), header: structuredName(listed.name) } : undefined;
}

/** A name inside a structured reference, its special characters escaped as Excel wants. */
function structuredName(name: string): string {
  return name.replace(/['#[\]]/g, "'$&");
}

/** The dropdown of the plan's own list a column takes its values from, if that table is placed. */
function planList(column: ColumnSpec, placed: ReadonlyMap<TableName, SheetTable>): DataValidation | undefined {
  if (!column.valuesFrom) return undefined;
  const target = placed.get(column.valuesFrom);
  const spec = requireTableSpec(column.valuesFrom);
  const listed = target?.model.columns.find((c) => normalizeHeader(c.name) === normalizeHeader(spec.columns[0].header));
  if (!target || !listed) return undefined;
  return planListValidation(column, structuredName(target.model.name), structuredName(listed.name), spec.label);
}

/** Adds every missing dropdown to the placed tables. */
export function addTemplateValidations(placed: ReadonlyMap<TableName, SheetTable>): void {
  for (const [name, table] of placed) {
    const spec = requireTableSpec(name);
    schemaColumns(table, spec).forEach((column, index) => {
      if (!column) return;
      const cells = dataCells(table, index);
      if (!cells) return;
      const fromPlan = planList(column, placed);
      if (fromPlan) {
        const formula = valueListFormula(column);
        if (!hasValidation(table.sheet, cells)) addValidation(table.sheet, cells, fromPlan);
        else if (formula) replaceListValidation(table.sheet, cells, formula, fromPlan);
        return;
      }
      const list = valueListFormula(column);
      const reference = referencedColumn(column, placed);
      const validation = list
        ? valueListValidation(column, list)
        : reference
          ? referenceValidation(column, reference.table, reference.header, requireTableSpec(column.references as TableName).label)
          : undefined;
      if (validation && !hasValidation(table.sheet, cells)) addValidation(table.sheet, cells, validation);
    });
  }
}
