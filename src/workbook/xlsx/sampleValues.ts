/**
 * The built-in sample plan as cell values for the template: ISO dates in date columns and date
 * settings become Date cells (what a user typing a date gets); everything else is written as it
 * is, text as text, so the sample's deliberate "number stored as text" stays text.
 */
import { dateFromDay, dayFromText } from "../../model/dates";
import { SAMPLE_ROWS } from "../../model/sample/samplePlan";
import type { SampleValue } from "../../model/sample/samplePlan";
import { normalizeHeader, SETTINGS } from "../../model/schema";
import type { TableSpec } from "../../model/schema";

/** A row of cell values by normalized header. */
export type HeaderValues = ReadonlyMap<string, unknown>;

const DATE_SETTINGS = new Set(SETTINGS.filter((s) => s.type === "date").map((s) => normalizeHeader(s.name)));

/** The normalized headers of the Settings table's name and value columns. */
export function settingsHeaders(spec: TableSpec): { readonly name: string; readonly value: string } {
  const header = (key: string): string => normalizeHeader(spec.columns.find((c) => c.key === key)?.header);
  return { name: header("setting"), value: header("value") };
}

/** Only strict ISO text is a sample date; other text is kept as the sample wrote it. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function asDate(value: SampleValue | undefined): unknown {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return value;
  const day = dayFromText(value);
  return day === undefined ? value : dateFromDay(day);
}

/** The sample rows of a table, values keyed by normalized header. */
export function sampleRows(spec: TableSpec): HeaderValues[] {
  const dateHeaders = new Set(spec.columns.filter((c) => c.type === "date").map((c) => normalizeHeader(c.header)));
  const settings = spec.name === "JmpSettings" ? settingsHeaders(spec) : undefined;
  return SAMPLE_ROWS[spec.name].map((row) => {
    const values = new Map<string, unknown>();
    for (const [header, value] of Object.entries(row)) values.set(normalizeHeader(header), value);
    const dateSetting = settings !== undefined && DATE_SETTINGS.has(normalizeHeader(values.get(settings.name)));
    for (const [key, value] of values) {
      const isDate = dateHeaders.has(key) || (dateSetting && key === settings?.value);
      if (isDate) values.set(key, asDate(value as SampleValue | undefined));
    }
    return values;
  });
}
