/**
 * Orders findings the way a user walks a workbook: by table in template order, then row, then
 * column, then code.
 */
import type { Finding } from "../model/findings";
import { TABLES } from "../model/schema";

const TABLE_ORDER = new Map(TABLES.map((t, i) => [t.name as string, i]));

/** Sorts findings (a new array; stable for equal keys). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Table and row folded into one number per finding, so most comparisons are one subtraction
  // (a large plan has tens of thousands of findings). Rows stay below 2^32, so the sum is exact.
  const tableAndRow = findings.map((f) => (TABLE_ORDER.get(f.table) ?? 99) * 2 ** 32 + (f.row ?? 0));
  // Plain loops: building these through iterators left a garbage object per finding.
  const order: number[] = [];
  for (let i = 0; i < findings.length; i++) order.push(i);
  order.sort((i, j) => {
    const a = findings[i];
    const b = findings[j];
    return tableAndRow[i] - tableAndRow[j] || compareText(a.column ?? "", b.column ?? "") || compareText(a.code, b.code) || i - j;
  });
  const sorted: Finding[] = [];
  for (let k = 0; k < order.length; k++) sorted.push(findings[order[k]]);
  return sorted;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
