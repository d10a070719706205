/**
 * The words and spellings cells are compared with: Yes/No, enum values, serials typed as text.
 * Kept apart from the reader so its fast paths stay easy to follow.
 */
import { dayFromSerial, MAX_EXCEL_SERIAL } from "../../model/dates";
import type { Day } from "../../model/dates";
import type { Maybe } from "../../model/plan";
import type { ColumnSpec } from "../../model/schema";
import { isErrorLiteral } from "./cellValue";

/** Texts read as Yes. */
export const YES = new Set(["yes", "y", "true", "1", "x", "ja", "oui", "si", "sí"]);
/** Texts read as No. */
export const NO = new Set(["no", "n", "false", "0", "nein", "non"]);

/**
 * The allowed values of an enum column, as their position in the column's values: by exact
 * spelling, and by folded text (see `foldEnumText`).
 */
export interface EnumLookup {
  /** Per code: the value as the template spells it (undefined where the folded lookup would read it otherwise). */
  readonly exact: readonly (string | undefined)[];
  readonly folded: ReadonlyMap<string, number>;
}

/** How enum cells are compared: trimmed, inner spaces collapsed, lower case. */
export function foldEnumText(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The lookup of an enum column's allowed values, built once per column and cached. */
export function enumLookupOf(cache: Map<ColumnSpec, EnumLookup>, spec: ColumnSpec): EnumLookup {
  let lookup = cache.get(spec);
  if (!lookup) {
    const values = spec.values ?? [];
    // Folded as the cells are: a plan's own list (its tactic types) may be spelled loosely.
    const folded = new Map(values.map((v, code) => [foldEnumText(v), code]));
    // Only spellings the folded lookup reads the same way, so both paths always agree.
    const exact = values.map((v, code) => (!isErrorLiteral(v) && folded.get(foldEnumText(v)) === code ? v : undefined));
    lookup = { exact, folded };
    cache.set(spec, lookup);
  }
  return lookup;
}

/** A serial number typed as text ("45292") in a date column. */
export function serialText(text: string): Maybe<Day> {
  if (!/^\d{1,7}(\.\d+)?$/.test(text.trim())) return undefined;
  const serial = Number(text);
  return serial >= 1 && serial <= MAX_EXCEL_SERIAL ? dayFromSerial(serial) : undefined;
}
