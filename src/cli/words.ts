/**
 * Small phrases the commands print.
 */
import type { FindingCounts } from "../model/findings";

/** "1 error", "3 warnings". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** "no findings" or "2 errors, 1 warning". */
export function findingsPhrase(counts: FindingCounts): string {
  return counts.errors + counts.warnings === 0 ? "no findings" : `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}`;
}
