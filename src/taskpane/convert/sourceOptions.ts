/**
 * The choices of a mapping drop-down and the words around them: a sheet column by its header,
 * "Leave blank", or new IDs for a unique ID column; and a short note on how sure a suggestion is.
 */
import type { ColumnSpec } from "../../model/schema";
import { canGenerate } from "../../workbook/convert";
import type { ColumnSource, ColumnSuggestion } from "../../workbook/convert";

/** One option of a drop-down. */
export interface SourceOption {
  readonly value: string;
  readonly text: string;
  readonly source: ColumnSource;
}

/** The text a sheet column is shown by: its header, or its position when the header is blank. */
export function sheetColumnName(header: unknown, index: number): string {
  const text = header === null || header === undefined ? "" : String(header).trim();
  return text === "" ? `Column ${index + 1} (no header)` : text;
}

/** The options for a template column over a sheet's headers. */
export function sourceOptions(column: ColumnSpec, headers: readonly unknown[]): SourceOption[] {
  const options: SourceOption[] = [{ value: "blank", text: "Leave blank", source: { kind: "blank" } }];
  if (canGenerate(column)) options.push({ value: "generate", text: "New IDs", source: { kind: "generate" } });
  headers.forEach((header, index) => options.push({ value: `column:${index}`, text: sheetColumnName(header, index), source: { kind: "column", index } }));
  return options;
}

/** The option value of a source. */
export function sourceValue(source: ColumnSource | undefined): string {
  if (!source || source.kind === "blank") return "blank";
  return source.kind === "generate" ? "generate" : `column:${source.index}`;
}

/** True when two sources are the same choice. */
export function sameSource(a: ColumnSource | undefined, b: ColumnSource | undefined): boolean {
  return sourceValue(a) === sourceValue(b);
}

/** How the note under a column reads, and whether it asks the user to look. */
export interface SourceNote {
  readonly text: string;
  readonly check: boolean;
}

/** The note for a column: why it was suggested, or that the user chose it. */
export function sourceNote(suggestion: ColumnSuggestion, current: ColumnSource | undefined): SourceNote {
  if (!sameSource(suggestion.source, current)) return { text: "Your choice", check: false };
  switch (suggestion.reason) {
    case "header":
      return { text: "Same header", check: false };
    case "synonym":
      return { text: "Usual name for it", check: false };
    case "name":
      return { text: "Names become IDs", check: false };
    case "values":
      return { text: "Its values fit", check: false };
    case "similar":
      return { text: "Similar header: check", check: true };
    case "generate":
      return { text: "Not in the sheet: new IDs", check: false };
    default:
      return suggestion.column.required ? { text: "Not in the sheet: required", check: true } : { text: "Not in the sheet", check: false };
  }
}
