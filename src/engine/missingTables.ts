/**
 * Which JMP tables a workbook lacks, from the analysis's S01 findings: what Set up reports, and
 * how `jmp report` tells a plan with a table missing (still reported) from a workbook that is
 * no plan at all (refused).
 */
import { TABLES } from "../model/schema";
import type { TableSpec } from "../model/schema";
import type { Analysis } from "./analyze";

/** The template's tables the analysed workbook does not hold, in template order. */
export function missingTables(analysis: Analysis): TableSpec[] {
  const missing = new Set(analysis.findings.filter((f) => f.code === "S01").map((f) => f.table));
  return TABLES.filter((t) => missing.has(t.name));
}

/** True when the workbook holds none of the JMP tables. */
export function holdsNoPlan(analysis: Analysis): boolean {
  return missingTables(analysis).length === TABLES.length;
}
