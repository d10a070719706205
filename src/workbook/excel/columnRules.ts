/**
 * What the template puts on a column, read from the schema: its number format, its drop-down
 * list (enums, Yes/No, IDs of another table) and the formula of its one highlight rule (blank
 * required values, negative or zero amounts where the column forbids them).
 */
import { excelMoneyFormat } from "../../model/money";
import type { Currency } from "../../model/money";
import { requireTableSpec, SETTINGS } from "../../model/schema";
import type { ColumnSpec, TableSpec } from "../../model/schema";
import type { XlListRule } from "./xlTypes";

/** Number formats of the template and the generated sheets. */
export const FORMATS = { date: "yyyy-mm-dd", percent: "0%", count: "#,##0", id: "@", general: "General" } as const;

/** Colours of the highlight rule: Excel's light red fill with dark red text. */
export const HIGHLIGHT = { fill: "#FFC7CE", font: "#9C0006" } as const;

/** The number format of a template column's cells. */
export function columnNumberFormat(column: ColumnSpec, currency: Currency): string {
  switch (column.type) {
    case "money":
      return excelMoneyFormat(currency);
    case "date":
      return FORMATS.date;
    case "percent":
      return FORMATS.percent;
    case "count":
      return FORMATS.count;
    case "id":
      // IDs stay text: `00123` must not turn into the number 123.
      return FORMATS.id;
    default:
      return FORMATS.general;
  }
}

/** A list validation and the alert shown on other input. */
export interface ListValidation {
  readonly rule: { readonly list: { readonly inCellDropDown: boolean; readonly source: string } };
  readonly errorAlert: { readonly showAlert: boolean; readonly style: "Warning"; readonly title: string; readonly message: string };
}

/** The ID column of a table: its first unique id column (`Partner ID` of JmpPartners). */
function idColumn(table: TableSpec): ColumnSpec | undefined {
  return table.columns.find((c) => c.type === "id" && c.unique);
}

/**
 * The drop-down of a column, or undefined. The alert is a warning, not a stop: the engine
 * reads values case-insensitively and reports what is wrong with the cell, so typing stays free.
 */
export function columnValidation(column: ColumnSpec): ListValidation | undefined {
  let source: string | undefined;
  let message: string;
  if (column.valuesFrom) {
    // The plan's own list (Tactic type): its table's column, so a row added there extends it.
    const target = requireTableSpec(column.valuesFrom);
    source = `=INDIRECT("${target.name}[${target.columns[0].header}]")`;
    message = `Use a ${target.columns[0].header.toLowerCase()} from the ${target.label} table; add a new one there first.`;
  } else if ((column.type === "enum" || column.type === "yesno") && column.values) {
    source = column.values.join(",");
    message = `Choose one of: ${column.values.join(", ")}.`;
  } else if (column.type === "id" && column.references) {
    const target = requireTableSpec(column.references);
    const id = idColumn(target);
    if (!id) return undefined;
    // List validation takes no structured reference directly; INDIRECT resolves it and follows the table as it grows.
    source = `=INDIRECT("${target.name}[${id.header}]")`;
    message = `Use a ${id.header} from the ${target.label} table.`;
  } else {
    return undefined;
  }
  return {
    rule: { list: { inCellDropDown: true, source } },
    errorAlert: { showAlert: true, style: "Warning", title: column.header, message },
  };
}

/**
 * True for the fixed list template version 1 put on a column whose values are now the plan's
 * own list (Tactic type's ten defaults): apply replaces it, where it keeps any other drop-down.
 */
export function isVersion1List(column: ColumnSpec, rule: unknown): boolean {
  if (!column.valuesFrom || !column.values) return false;
  const source = (rule as Partial<XlListRule> | undefined)?.list?.source;
  return typeof source === "string" && source.replace(/^=/, "") === column.values.join(",");
}

/** Cells a highlight formula refers to, relative to the first body row. */
export interface RowRefs {
  /** The column's first body cell (`C5`). */
  readonly cell: string;
  /** The whole first body row of the table, columns absolute (`$A5:$L5`). */
  readonly row: string;
}

/**
 * The formula of a column's highlight rule, or undefined when nothing is highlighted: blank
 * required cells of rows that hold something (an empty row is not a finding), and numbers
 * below the column's floor.
 */
export function highlightFormula(column: ColumnSpec, refs: RowRefs): string | undefined {
  const parts: string[] = [];
  if (column.required) parts.push(`AND(COUNTA(${refs.row})>0,LEN(TRIM(${refs.cell}))=0)`);
  if (column.floor === "nonNegative") parts.push(`AND(ISNUMBER(${refs.cell}),${refs.cell}<0)`);
  if (column.floor === "positive") parts.push(`AND(ISNUMBER(${refs.cell}),${refs.cell}<=0)`);
  if (parts.length === 0) return undefined;
  return `=${parts.length === 1 ? parts[0] : `OR(${parts.join(",")})`}`;
}

/** The highlight of the Settings `Value` column: required settings left blank. */
export function settingsValueFormula(settingCell: string, valueCell: string): string {
  const required = SETTINGS.filter((s) => s.required).map((s) => `${settingCell}="${s.name}"`);
  return `=AND(OR(${required.join(",")}),LEN(TRIM(${valueCell}))=0)`;
}

/** Column width in points from the schema's width in characters. */
export function columnWidthPoints(characters: number): number {
  // Calibri 11: about 5.6 points a character plus the cell padding.
  return Math.round(characters * 5.6 + 5);
}
