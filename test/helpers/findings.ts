/**
 * Helpers for rule tests: run the engine on a plan given as rows per table, pick findings by
 * code, and edit one row of a fixture without restating the rest.
 */
import { analyze } from "../../src/engine";
import type { Analysis } from "../../src/engine";
import type { Finding, RuleCode } from "../../src/model/findings";
import type { TableName } from "../../src/model/schema";
import type { RowData } from "./tables";
import { cleanPlan, PLAN_SETTINGS, workbook } from "./tables";

/** Rows per table, as `cleanPlan()` returns them. */
export type Parts = Partial<Record<TableName, RowData[]>>;

/** Analyzes a plan given as rows per table, with the clean plan's settings unless others are given. */
export function check(parts: Parts, settings: Record<string, unknown> = PLAN_SETTINGS): Analysis {
  return analyze(workbook(parts, settings));
}

/** The clean plan's settings with some values replaced (`undefined` removes a setting row). */
export function settingsWith(changes: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...PLAN_SETTINGS, ...changes };
  for (const [name, value] of Object.entries(changes)) if (value === undefined) delete merged[name];
  return merged;
}

/** The codes of every finding, in the order the analysis lists them. */
export function codes(analysis: Analysis): string[] {
  return analysis.findings.map((f) => f.code);
}

/** The findings of one code. */
export function findingsOf(analysis: Analysis, code: RuleCode): Finding[] {
  return analysis.findings.filter((f) => f.code === code);
}

/**
 * The one finding of a code; fails with the full list when there is none or more than one, so a
 * failing test shows what the engine found instead.
 */
export function theFinding(analysis: Analysis, code: RuleCode): Finding {
  const found = findingsOf(analysis, code);
  if (found.length !== 1) {
    const shown = analysis.findings.map((f) => `${f.code} ${f.table} ${f.cell ?? f.row}: ${f.message}`).join("\n  ");
    throw new Error(`Expected one ${code} finding, got ${found.length}. Findings:\n  ${shown}`);
  }
  return found[0];
}

/** A row of a fixture by its position in the table (0 = first data row); fails when absent. */
export function rowOf(parts: Parts, name: TableName, index: number): RowData {
  const row = parts[name]?.[index];
  if (!row) throw new Error(`${name} has no row ${index}`);
  return row;
}

/** Appends rows to a table of a fixture; returns the fixture for chaining. */
export function addRows(parts: Parts, name: TableName, ...rows: RowData[]): Parts {
  parts[name] = [...(parts[name] ?? []), ...rows];
  return parts;
}

/** Removes the rows of a table whose cell under `header` equals `value`. */
export function removeRows(parts: Parts, name: TableName, header: string, value: unknown): Parts {
  parts[name] = (parts[name] ?? []).filter((r) => r[header] !== value);
  return parts;
}

/** Sets one cell of a fixture row (by table, row position and header); returns the fixture. */
export function editCell(parts: Parts, name: TableName, index: number, header: string, value: unknown): Parts {
  rowOf(parts, name, index)[header] = value;
  return parts;
}

/** Analyzes the clean plan with one cell changed. */
export function checkCleanWith(name: TableName, index: number, header: string, value: unknown): Analysis {
  return check(editCell(cleanPlan(), name, index, header, value));
}
