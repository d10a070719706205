/**
 * How well a sheet header names a template column, from the header text alone: the template
 * header itself, one of its other names (`synonyms.ts`), a header that contains one of them
 * ("Total cost (USD)"), or, for an ID column of a table without the matching name column, the
 * name column's names ("Partner Name" fills the Tactics table's Partner ID).
 */
import { TABLES } from "../../model/schema";
import type { ColumnSpec, TableSpec } from "../../model/schema";
import { labelWords } from "./labels";
import { HEADER_SYNONYMS, NAME_OF_ID } from "./synonyms";

/** Why a header matched. */
export type HeaderReason = "header" | "synonym" | "name" | "similar";

/** A header match with its confidence (0 to 1). */
export interface HeaderMatch {
  readonly confidence: number;
  readonly reason: HeaderReason;
}

/** Confidence of each kind of match. */
export const CONFIDENCE = { header: 1, synonym: 0.9, name: 0.75, similarBase: 0.5, similarSpan: 0.3 } as const;

/** Words that add nothing to a header's meaning ("MDF ($)", "Budget USD", "Planned start"). */
const FILLER = new Set(["amount", "usd", "eur", "gbp", "cad", "aud", "jpy", "chf", "inr", "the", "of", "in", "a", "k", "planned", "plan", "fy"]);

/** A label's meaningful words; the filler is kept when nothing else is left ("Amount"). */
function meaningful(header: unknown): string[] {
  const words = labelWords(header);
  const kept = words.filter((w) => !FILLER.has(w));
  return kept.length > 0 ? kept : words;
}

function phrase(words: readonly string[]): string {
  return words.join(" ");
}

/** The labels a column is known by, as word lists: its header first, then its other names. */
const labelCache = new Map<string, { header: string[]; synonyms: string[][] }>();
function labelsOf(key: string, header: string): { header: string[]; synonyms: string[][] } {
  const cacheKey = `${key}\u0000${header}`;
  let labels = labelCache.get(cacheKey);
  if (!labels) {
    labels = { header: meaningful(header), synonyms: (HEADER_SYNONYMS[key] ?? []).map(meaningful).filter((w) => w.length > 0) };
    labelCache.set(cacheKey, labels);
  }
  return labels;
}

/** True when `words` holds every word of `label`, in any order. */
function contains(words: readonly string[], label: readonly string[]): boolean {
  const set = new Set(words);
  return label.every((w) => set.has(w));
}

/** The best match of `words` against a column's labels, as `exact` reason or a containment. */
function matchLabels(words: readonly string[], labels: { header: string[]; synonyms: string[][] }, exact: HeaderMatch): HeaderMatch | undefined {
  const text = phrase(words);
  if (text === phrase(labels.header)) return exact;
  if (labels.synonyms.some((s) => phrase(s) === text)) return { confidence: Math.min(exact.confidence, CONFIDENCE.synonym), reason: exact.reason === "header" ? "synonym" : exact.reason };
  let best: HeaderMatch | undefined;
  for (const label of [labels.header, ...labels.synonyms]) {
    // Short labels ("To", "MDF") inside longer headers say too little to count.
    if (phrase(label).replace(/ /g, "").length < 4 || !contains(words, label)) continue;
    const confidence = CONFIDENCE.similarBase + (CONFIDENCE.similarSpan * label.length) / words.length;
    const scaled = exact.reason === "name" ? confidence * CONFIDENCE.name : confidence;
    if (!best || scaled > best.confidence) best = { confidence: scaled, reason: "similar" };
  }
  return best;
}

/** The template header of a column key in whichever table has it ("partner" -> "Partner"). */
function templateHeader(key: string): string {
  return TABLES.flatMap((t) => t.columns).find((c) => c.key === key)?.header ?? "";
}

/** How well `header` names `column` of `table`; undefined for no match at all. */
export function headerMatch(table: TableSpec, column: ColumnSpec, header: unknown): HeaderMatch | undefined {
  const words = meaningful(header);
  if (words.length === 0) return undefined;
  const own = matchLabels(words, labelsOf(column.key, column.header), { confidence: CONFIDENCE.header, reason: "header" });
  const nameKey = NAME_OF_ID[column.key];
  const nameColumn = nameKey ? table.columns.find((c) => c.key === nameKey) : undefined;
  if (!nameKey || nameColumn) return own;
  // The table has no name column, so the ID column takes the names (looked up on conversion).
  const byName = matchLabels(words, labelsOf(nameKey, templateHeader(nameKey)), { confidence: CONFIDENCE.name, reason: "name" });
  if (!own) return byName;
  if (!byName) return own;
  return byName.confidence > own.confidence ? byName : own;
}
