/**
 * Converting an ad-hoc plan sheet into a JMP table: suggest a mapping (and the table), let the
 * user confirm it, convert the rows and append them with `ConvertibleWorkbook.appendRows`.
 */
export { AppendRowsError } from "./errors";
export type { AppendRowsReason } from "./errors";
export { convertRows } from "./convertRows";
export type { Conversion, ConvertOptions } from "./convertRows";
export { BLANK, canGenerate, mappingOf } from "./mapping";
export type { ColumnSource, ColumnSuggestion, Mapping, MappingSuggestion, SuggestionReason } from "./mapping";
export { existingIds, referenceLookups } from "./references";
export type { ReferenceLookups } from "./references";
export { CONVERTIBLE_TABLES, MIN_CONFIDENCE, suggestMapping, suggestTables } from "./suggestMapping";
