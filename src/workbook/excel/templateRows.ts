/**
 * The rows a table starts with when the template creates it: the Settings rows with their
 * defaults (as the xlsx adapter gives them), the default tactic types, the built-in sample plan
 * on request, or one blank row (an Excel table always has a body row).
 */
import { defaultRowsOf } from "../../model/defaultRows";
import { samplePlanTables } from "../../model/sample/samplePlan";
import { SETTINGS } from "../../model/schema";
import type { TableSpec } from "../../model/schema";
// The xlsx adapter's defaults (plan period = this calendar year), so both hosts start alike.
import { settingDefault } from "../columnFormats";

/** Rows of a new table in template column order, as values (dates as `Date`). */
export function initialRows(spec: TableSpec, withSample: boolean, today: Date): unknown[][] {
  if (withSample) {
    const sample = samplePlanTables().find((t) => t.name === spec.name);
    if (sample && sample.rows.length > 0) return sample.rows.map((row) => [...row]);
  }
  if (spec.name === "JmpSettings") return SETTINGS.map((s) => [s.name, settingDefault(s, today) ?? ""]);
  const defaults = defaultRowsOf(spec.name);
  if (defaults.length > 0) return defaults.map((row) => spec.columns.map((c) => row[c.header] ?? ""));
  return [spec.columns.map(() => "")];
}
