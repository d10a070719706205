/**
 * Which tracker column holds which field. Each (column, field) pair is scored by the header
 * (`headerFields.ts`) and checked against the column's values: an amount column is never taken
 * for a status or a date, a column of dates never for an amount, and a status or type column
 * whose header says little is still recognised by its words ("Approved", "Pending"; "Webinar").
 * Pairs are then taken best first, each column and each field used once, so "Approved" goes to
 * the approved amount when it holds amounts and to the status when it holds words.
 */
import type { TrackerField } from "./fields";
import { fieldKind, FIELD_KEYS } from "./fields";
import { fieldsNamedBy } from "./headerFields";
import { TacticTypeMapper } from "./tacticTypes";
import { readsAsAmount, readsAsDate } from "./conventions";
import { isDash, isPlaceholder, readText } from "./trackerValues";
import { claimStatusOf, tacticStatusOf } from "./valueWords";

/** How many values of a column are looked at. */
const SAMPLE_ROWS = 200;
/** Below this a pair is not taken at all. */
export const MIN_CONFIDENCE = 0.5;
/** Below this a column's mapping is listed for the user to look at. */
export const REVIEW_CONFIDENCE = 0.75;

/** Why a column was mapped the way it was. */
export type MappedBy = "header" | "values" | "saved" | "user";

/** One column of the tracker and the field it was mapped to. */
export interface ColumnMapping {
  /** Zero-based index in the tracker's used range. */
  readonly index: number;
  /** The column's header as read (a combined two-row header joined by a space). */
  readonly header: string;
  /** The field, or undefined when the column is not imported. */
  readonly field: TrackerField | undefined;
  /** 0 to 1; 1 for a mapping the user or a saved mapping chose. */
  readonly confidence: number;
  readonly by: MappedBy;
}

/** The values of a column worth looking at: the non-blank ones of the first data rows. */
function sample(rows: readonly (readonly unknown[])[], index: number): unknown[] {
  const out: unknown[] = [];
  for (const row of rows) {
    const v = row[index];
    if (readText(v) !== "") out.push(v);
    if (out.length >= SAMPLE_ROWS) break;
  }
  return out;
}

function share(values: readonly unknown[], test: (v: unknown) => boolean): number {
  return values.length === 0 ? 0 : values.filter(test).length / values.length;
}

/** 0 to 1: how well a column's values fit a field (1 when there are none to judge by). */
function valueFit(field: TrackerField, values: readonly unknown[]): number {
  if (values.length === 0) return 1;
  switch (fieldKind(field)) {
    case "money":
    case "count": {
      // A "TBD", a dash or a #N/A says an amount is not known yet, not that the column holds words.
      const judged = values.filter((v) => !isPlaceholder(v) && !isDash(v));
      return judged.length === 0 || share(judged, readsAsAmount) >= 0.6 ? 1 : 0;
    }
    case "date":
      return share(values, readsAsDate) >= 0.6 ? 1 : 0;
    // Names and words are never mostly dates or mostly amounts.
    case "word":
      return share(values, readsAsAmount) >= 0.5 || share(values, readsAsDate) >= 0.6 ? 0 : 1;
    case "name":
      if (share(values, readsAsDate) >= 0.6) return 0;
      return share(values, readsAsAmount) >= 0.8 ? 0.4 : 1;
    case "id":
      if (field === "claimId") {
        const texts = values.map((v) => readText(v).toUpperCase());
        return new Set(texts).size === texts.length ? 1 : 0;
      }
      if (field === "activityId") {
        // An activity's ID repeats in a tracker of claims (one row each); a column of few values repeated is a category.
        const texts = values.map((v) => readText(v).toUpperCase());
        const distinct = new Set(texts).size;
        return distinct === texts.length ? 1 : distinct * 2 >= texts.length ? 0.8 : 0;
      }
      return 1;
  }
}

/** How surely a column's words alone say it is a status or a type column (0 for not at all). */
function wordEvidence(field: TrackerField, values: readonly unknown[], types: TacticTypeMapper): number {
  if (values.length < 2) return 0;
  let known: (text: string) => boolean;
  if (field === "tacticStatus") known = (t) => tacticStatusOf(t)?.how === "exact";
  else if (field === "claimStatus") known = (t) => claimStatusOf(t)?.how === "exact";
  else if (field === "tacticType") known = (t) => types.map(t)?.how !== "new";
  else return 0;
  const fit = share(values, (v) => known(readText(v)));
  // Values alone never beat a header that names the column; they fill in where headers fail.
  return fit >= 0.6 ? 0.5 + 0.2 * fit : 0;
}

/** A column whose field was chosen (a saved mapping, the user), with the label it was chosen under. */
export interface FixedField {
  readonly field: TrackerField | undefined;
  readonly by: MappedBy;
  readonly label?: string;
}

interface Pair {
  readonly label: string;
  readonly column: number;
  readonly field: TrackerField;
  readonly confidence: number;
  readonly by: MappedBy;
}

/** Fields whose words a column's values can reveal without a header. */
const WORD_FIELDS: readonly TrackerField[] = ["tacticStatus", "tacticType", "claimStatus"];

/**
 * Under a group heading, a column's own label counts this much less than the combined one: the
 * heading is what tells "Claim" "Status" from the activity's status.
 */
const OWN_UNDER_GROUP = 0.9;

/** The best score of each field any of a column's labels names, and the label that named it. */
function namedFields(variants: readonly string[]): Map<TrackerField, { confidence: number; label: string }> {
  const best = new Map<TrackerField, { confidence: number; label: string }>();
  for (const [i, label] of variants.entries()) {
    for (const named of fieldsNamedBy(label)) {
      const { field } = named;
      const confidence = i > 0 ? named.confidence * OWN_UNDER_GROUP : named.confidence;
      const seen = best.get(field);
      if (!seen || confidence > seen.confidence) best.set(field, { confidence, label });
    }
  }
  return best;
}

/**
 * The mapping of every column. `variants` are each column's header labels to try (the shown
 * one first), `rows` the data rows (cells in the same columns); `fixed` holds the columns whose
 * field is already chosen (a saved mapping, the user), which keep it.
 */
export function mapColumns(variants: readonly (readonly string[])[], rows: readonly (readonly unknown[])[], planTypes: readonly string[], fixed: ReadonlyMap<number, FixedField> = new Map()): ColumnMapping[] {
  const types = new TacticTypeMapper(planTypes);
  const pairs: Pair[] = [];
  const shown = variants.map((v) => v[0] ?? "");
  variants.forEach((tried, column) => {
    if (fixed.has(column)) return;
    const values = sample(rows, column);
    const named = namedFields(tried);
    for (const [field, { confidence, label }] of named) {
      const fit = valueFit(field, values);
      // A header whose column holds nothing yet (a claim column early in the year) is taken on its word, less surely.
      const score = confidence * fit * (values.length === 0 ? 0.9 : 1);
      if (score >= MIN_CONFIDENCE) pairs.push({ label, column, field, confidence: Math.round(score * 100) / 100, by: "header" });
    }
    for (const field of WORD_FIELDS) {
      if (named.has(field)) continue;
      const score = wordEvidence(field, values, types);
      if (score >= MIN_CONFIDENCE) pairs.push({ label: shown[column], column, field, confidence: Math.round(score * 100) / 100, by: "values" });
    }
  });
  const order = new Map(FIELD_KEYS.map((f, i) => [f, i]));
  pairs.sort((a, b) => b.confidence - a.confidence || (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0) || a.column - b.column);

  const chosen = new Map<number, Pair>();
  const taken = new Set<TrackerField>();
  for (const choice of fixed.values()) if (choice.field && choice.field !== "ignored") taken.add(choice.field);
  for (const pair of pairs) {
    if (chosen.has(pair.column) || (taken.has(pair.field) && pair.field !== "ignored")) continue;
    chosen.set(pair.column, pair);
    taken.add(pair.field);
  }
  return shown.map((header, index) => {
    const set = fixed.get(index);
    if (set) return { index, header: set.label ?? header, field: set.field, confidence: 1, by: set.by };
    const pair = chosen.get(index);
    return pair ? { index, header: pair.label, field: pair.field, confidence: pair.confidence, by: pair.by } : { index, header, field: undefined, confidence: 0, by: "header" };
  });
}
