/**
 * The rows the template writes: the Settings rows with their defaults, the default tactic
 * types, the sample plan on request, and the number format each written cell gets (in
 * Settings, the Value cell's format follows the setting's type).
 */
import { defaultRowsOf } from "../../model/defaultRows";
import { normalizeHeader, SETTINGS } from "../../model/schema";
import type { ColumnSpec, SettingSpec, TableSpec } from "../../model/schema";
import type { ColumnFormats } from "../columnFormats";
import { settingDefault } from "../columnFormats";
import type { HeaderValues } from "./sampleValues";
import { sampleRows, settingsHeaders } from "./sampleValues";

const SETTINGS_BY_NAME: ReadonlyMap<string, SettingSpec> = new Map(SETTINGS.map((s) => [normalizeHeader(s.name), s]));

/** The setting a Settings row names, if it is one of the template's. */
export function settingOfRow(spec: TableSpec, row: HeaderValues): SettingSpec | undefined {
  return SETTINGS_BY_NAME.get(normalizeHeader(row.get(settingsHeaders(spec).name)));
}

/** The number format of a written cell: by column type, or by setting type for a Settings value. */
export function cellFormat(formats: ColumnFormats, spec: TableSpec, column: ColumnSpec, row: HeaderValues): string | undefined {
  if (spec.name === "JmpSettings") {
    if (normalizeHeader(column.header) !== settingsHeaders(spec).value) return undefined;
    const setting = settingOfRow(spec, row);
    return setting ? formats.forType(setting.type) : undefined;
  }
  return formats.forType(column.type);
}

/** A Settings row for `setting` holding its default value. */
export function defaultSettingRow(spec: TableSpec, setting: SettingSpec, today: Date): HeaderValues {
  const headers = settingsHeaders(spec);
  return new Map<string, unknown>([
    [headers.name, setting.name],
    [headers.value, settingDefault(setting, today)],
  ]);
}

/**
 * The rows a newly created table starts with: the sample's when asked for, the default
 * Settings rows for Settings, the default types for Tactic Types, otherwise none.
 */
export function initialRows(spec: TableSpec, withSample: boolean, today: Date): HeaderValues[] {
  if (withSample) return sampleRows(spec);
  if (spec.name === "JmpSettings") return SETTINGS.map((s) => defaultSettingRow(spec, s, today));
  return defaultRowsOf(spec.name).map((row) => new Map<string, unknown>(Object.entries(row).map(([header, value]) => [normalizeHeader(header), value])));
}

/** The plan currency a sample or a Settings table names, if any. */
export function currencyIn(spec: TableSpec, rows: readonly HeaderValues[]): string | undefined {
  for (const row of rows) {
    if (settingOfRow(spec, row)?.key !== "currency") continue;
    const value = row.get(settingsHeaders(spec).value);
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return undefined;
}
