/**
 * Suggests how an ad-hoc sheet maps onto a JMP table, and which table it fits best.
 *
 * Each (template column, sheet column) pair gets a score from the header (`headerMatch.ts`)
 * and the values (`columnEvidence.ts`); pairs are then taken best first, each column used
 * once, so "Budget" goes to Total cost and "MDF budget" to the column that fits it better.
 * A required unique ID the sheet lacks is generated. A table's fit weighs how well its
 * required columns are covered (80 %) and how many of the sheet's columns find a place (20 %).
 */
import { requireTableSpec, TABLES } from "../../model/schema";
import type { ColumnSpec, TableName, TableSpec } from "../../model/schema";
import type { SheetValues } from "../port";
import { enumEvidence, sampleValues, typeFit } from "./columnEvidence";
import { headerMatch } from "./headerMatch";
import type { ColumnSource, ColumnSuggestion, MappingSuggestion, SuggestionReason } from "./mapping";
import { BLANK, canGenerate } from "./mapping";
import { isBlankCell } from "./tableRows";

/** Below this a pair is not suggested at all. */
export const MIN_CONFIDENCE = 0.5;
/** What a generated ID counts for in a table's fit: the sheet does not hold that column. */
const GENERATED_FIT = 0.3;
/** Bonus when header and values agree. */
const AGREEMENT_BONUS = 0.05;

/** Tables an ad-hoc sheet can be converted into (Settings is a list of settings, not rows). */
export const CONVERTIBLE_TABLES: readonly TableName[] = TABLES.filter((t) => t.name !== "JmpSettings").map((t) => t.name);

interface Pair {
  readonly column: number;
  readonly source: number;
  readonly confidence: number;
  readonly reason: SuggestionReason;
}

/** The score of one pair, or undefined below the threshold. */
function score(table: TableSpec, column: ColumnSpec, header: unknown, values: readonly unknown[]): Omit<Pair, "column" | "source"> | undefined {
  const byHeader = headerMatch(table, column, header);
  const fit = typeFit(column, values);
  const headerScore = byHeader ? byHeader.confidence * fit : 0;
  const valueScore = enumEvidence(column, values);
  let confidence = Math.max(headerScore, valueScore);
  if (headerScore >= MIN_CONFIDENCE && valueScore > 0) confidence = Math.min(1, confidence + AGREEMENT_BONUS);
  if (confidence < MIN_CONFIDENCE) return undefined;
  const reason: SuggestionReason = byHeader && headerScore >= valueScore ? byHeader.reason : "values";
  return { confidence: Math.round(confidence * 100) / 100, reason };
}

/** Best pairs first; ties go to required columns, then template order, then sheet order. */
function byStrength(spec: TableSpec): (a: Pair, b: Pair) => number {
  const required = (p: Pair) => (spec.columns[p.column].required ? 0 : 1);
  return (a, b) => b.confidence - a.confidence || required(a) - required(b) || a.column - b.column || a.source - b.source;
}

/** The suggested mapping of `sheet` onto `table`, with its fit. */
export function suggestMapping(sheet: SheetValues, table: TableName): MappingSuggestion {
  const spec = requireTableSpec(table);
  const values = sheet.headers.map((_, i) => sampleValues(sheet.rows, i));
  const pairs: Pair[] = [];
  spec.columns.forEach((column, c) => {
    sheet.headers.forEach((header, s) => {
      if (isBlankCell(header) && values[s].length === 0) return;
      const found = score(spec, column, header, values[s]);
      if (found) pairs.push({ column: c, source: s, ...found });
    });
  });
  pairs.sort(byStrength(spec));

  const chosen = new Map<number, Pair>();
  const used = new Set<number>();
  for (const pair of pairs) {
    if (chosen.has(pair.column) || used.has(pair.source)) continue;
    chosen.set(pair.column, pair);
    used.add(pair.source);
  }

  const columns: ColumnSuggestion[] = spec.columns.map((column, c) => {
    const pair = chosen.get(c);
    if (pair) return { column, source: { kind: "column", index: pair.source } as ColumnSource, confidence: pair.confidence, reason: pair.reason };
    if (column.required && canGenerate(column)) return { column, source: { kind: "generate" } as ColumnSource, confidence: 0, reason: "generate" as const };
    return { column, source: BLANK, confidence: 0, reason: "none" as const };
  });
  return { table, columns, fit: fitOf(columns, sheet) };
}

function fitOf(columns: readonly ColumnSuggestion[], sheet: SheetValues): number {
  const required = columns.filter((c) => c.column.required);
  const coverage = required.reduce((n, c) => n + (c.source.kind === "generate" ? GENERATED_FIT : c.confidence), 0) / Math.max(1, required.length);
  const sheetColumns = sheet.headers.filter((h) => !isBlankCell(h)).length;
  const placed = columns.filter((c) => c.source.kind === "column").length;
  const used = sheetColumns === 0 ? 0 : placed / sheetColumns;
  return Math.round((0.8 * coverage + 0.2 * used) * 100) / 100;
}

/** Every convertible table's suggestion for `sheet`, the best fit first. */
export function suggestTables(sheet: SheetValues): MappingSuggestion[] {
  const order = new Map(CONVERTIBLE_TABLES.map((t, i) => [t, i]));
  return CONVERTIBLE_TABLES.map((t) => suggestMapping(sheet, t)).sort((a, b) => b.fit - a.fit || (order.get(a.table) ?? 0) - (order.get(b.table) ?? 0));
}
