/**
 * Orders findings the way a user walks a workbook: by table in template order, then row, then
 * column, then code.
 */
import type { Finding } from "../model/findings";
import { TABLES } from "../model/schema";

const TABLE_ORDER = new Map(TABLES.map((t, i) => [t.name as string, i]));

/** Sorts findings (a new array; stable for equal keys). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (TABLE_ORDER.get(a.table) ?? 99) - (TABLE_ORDER.get(b.table) ?? 99) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      compareText(a.column ?? "", b.column ?? "") ||
      compareText(a.code, b.code),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
