/**
 * A mapping from an ad-hoc sheet's columns to a JMP table's columns: for each template column,
 * where its values come from. The suggestion (`suggestMapping.ts`) fills one in; the user
 * confirms or changes it; `convertRows` applies it.
 */
import type { ColumnSpec, TableName } from "../../model/schema";

/** Where a template column's values come from. */
export type ColumnSource =
  /** The sheet column at this zero-based index of the sheet's used range. */
  | { readonly kind: "column"; readonly index: number }
  /** New unique IDs, continuing the table's numbering (unique ID columns only). */
  | { readonly kind: "generate" }
  /** Nothing: the column is left blank. */
  | { readonly kind: "blank" };

/** The sources of a JMP table's columns, by template header; a header left out is blank. */
export interface Mapping {
  readonly table: TableName;
  readonly sources: Readonly<Record<string, ColumnSource>>;
}

/** Why a source was suggested. */
export type SuggestionReason = "header" | "synonym" | "name" | "similar" | "values" | "generate" | "none";

/** The suggestion for one template column. */
export interface ColumnSuggestion {
  readonly column: ColumnSpec;
  readonly source: ColumnSource;
  /** 0 (a guess at best, or nothing found) to 1 (the template header itself). */
  readonly confidence: number;
  readonly reason: SuggestionReason;
}

/** A suggested mapping of a sheet onto one table, with how well the sheet fits that table. */
export interface MappingSuggestion {
  readonly table: TableName;
  readonly columns: readonly ColumnSuggestion[];
  /** 0 to 1: how well the table's required columns are covered and the sheet's columns used. */
  readonly fit: number;
}

/** The blank source. */
export const BLANK: ColumnSource = { kind: "blank" };

/** The mapping a suggestion proposes. */
export function mappingOf(suggestion: MappingSuggestion): Mapping {
  return { table: suggestion.table, sources: Object.fromEntries(suggestion.columns.map((c) => [c.column.header, c.source])) };
}

/** True when a column holds IDs that must be unique, so that new ones can be made up. */
export function canGenerate(column: ColumnSpec): boolean {
  return column.type === "id" && column.unique === true;
}
