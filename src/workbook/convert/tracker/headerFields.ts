/**
 * How well a tracker's header names each field, from the header's words alone: the field's own
 * words (1), another of its labels (0.95), the same words in another order (0.9), or a header
 * that holds every word of a label among others ("Booked Revenue (USD) YTD": 0.55 to 0.9, more
 * the larger the share of the header the label explains). Currency codes, "$", "amount" ("Betrag") and
 * plural endings do not change a header's meaning, so they are dropped before comparing.
 */
import { labelWords } from "../labels";
import { FIELD_KEYS, TRACKER_FIELDS } from "./fields";
import type { TrackerField } from "./fields";

/** A field a header may name, with the confidence (0 to 1). */
export interface FieldScore {
  readonly field: TrackerField;
  readonly confidence: number;
}

/** Confidence of each kind of header match. */
export const HEADER_CONFIDENCE = { own: 1, label: 0.95, reordered: 0.9, containedBase: 0.55, containedSpan: 0.35 } as const;

/** Words that say nothing about which fact a column holds. */
const FILLER = new Set(["amount", "betrag", "usd", "eur", "gbp", "cad", "aud", "jpy", "chf", "inr", "the", "of", "in", "a", "an", "for", "fy", "k", "total"]);
/** "Total" is filler in "Total MDF requested" but the point of "Total cost". */
const KEEP_TOTAL = new Set(["cost", "budget", "spend", "investment"]);

/** British spellings and the abbreviations of terse trackers, as the vocabulary spells them. */
const SPELLINGS: Readonly<Record<string, string>> = {
  authorised: "authorized",
  authorisation: "authorization",
  programme: "program",
  organisation: "organization",
  cancelled: "canceled",
  ptnr: "partner",
  prtnr: "partner",
  act: "activity",
  actv: "activity",
  strt: "start",
  stdt: "start",
  appr: "approved",
  apprvd: "approved",
  aprvd: "approved",
  clm: "claim",
  clmd: "claimed",
  stat: "status",
  sts: "status",
  pd: "paid",
  typ: "type",
  cst: "cost",
  rqst: "request",
  rqstd: "requested",
  sql: "lead",
  sqls: "lead",
};

/**
 * Words that make a column a note or a record's bookkeeping, whatever else its header says
 * ("Approval comments", a PRM export's "CreatedDate").
 */
const NOTE_WORDS = new Set(["comment", "note", "remark", "memo", "kommentar", "bemerkung", "created", "modified"]);

/** A header of a PRM export ("Fund_Request__c.Activity_Start_Date__c") as its field's own words. */
function exportName(text: string): string {
  return /__[cr]\b/i.test(text) ? text.replace(/^.*\./, "").replace(/__[cr]\b/gi, "") : text;
}

/** A word without its plural ending: "leads" -> "lead", "opportunities" -> "opportunity". */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  return word;
}

/** A header's or label's meaningful words; its filler when nothing else is left ("Amount"). */
export function headerWords(header: unknown): string[] {
  const words = labelWords(typeof header === "string" ? exportName(header) : header).map((w) => singular(SPELLINGS[w] ?? w));
  const keepTotal = words.some((w) => KEEP_TOTAL.has(w));
  const kept = words.filter((w) => !FILLER.has(w) || (w === "total" && keepTotal));
  return kept.length > 0 ? kept : words;
}

interface PreparedLabel {
  readonly words: readonly string[];
  readonly phrase: string;
  readonly sorted: string;
  readonly own: boolean;
}

const PREPARED: ReadonlyMap<TrackerField, readonly PreparedLabel[]> = new Map(
  FIELD_KEYS.map((field) => {
    const spec = TRACKER_FIELDS[field];
    const labels = [spec.label, ...spec.labels].map((text, i) => {
      const words = headerWords(text);
      return { words, phrase: words.join(" "), sorted: [...words].sort().join(" "), own: i === 0 };
    });
    return [field, labels.filter((l) => l.words.length > 0)];
  }),
);

function scoreLabel(words: readonly string[], phrase: string, sorted: string, label: PreparedLabel): number {
  if (phrase === label.phrase) return label.own ? HEADER_CONFIDENCE.own : HEADER_CONFIDENCE.label;
  if (sorted === label.sorted) return HEADER_CONFIDENCE.reordered;
  // Two-letter labels ("to", "id") inside longer headers say too little to count; "end" does.
  if (label.phrase.replace(/ /g, "").length < 3 || label.words.length >= words.length) return 0;
  const set = new Set(words);
  if (!label.words.every((w) => set.has(w))) return 0;
  return HEADER_CONFIDENCE.containedBase + (HEADER_CONFIDENCE.containedSpan * label.words.length) / words.length;
}

/** Every field the header may name (confidence above 0), the best first. */
export function fieldsNamedBy(header: unknown): FieldScore[] {
  const words = headerWords(header);
  if (words.length === 0) return [];
  if (words.some((w) => NOTE_WORDS.has(w))) return [{ field: "ignored", confidence: HEADER_CONFIDENCE.label }];
  const phrase = words.join(" ");
  const sorted = [...words].sort().join(" ");
  const scores: FieldScore[] = [];
  for (const [field, labels] of PREPARED) {
    let best = 0;
    for (const label of labels) best = Math.max(best, scoreLabel(words, phrase, sorted, label));
    if (best > 0) scores.push({ field, confidence: Math.round(best * 100) / 100 });
  }
  return scores.sort((a, b) => b.confidence - a.confidence);
}

/** The best confidence with which the header names any field (0 for none). */
export function headerStrength(header: unknown): number {
  return fieldsNamedBy(header)[0]?.confidence ?? 0;
}
