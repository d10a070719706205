/**
 * Small phrases the commands print.
 */
import type { FindingCounts } from "../model/findings";
import { requireTableSpec } from "../model/schema";
import type { TableName } from "../model/schema";

/** "1 error", "3 warnings". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** "no findings" or "2 errors, 1 warning". */
export function findingsPhrase(counts: FindingCounts): string {
  return counts.errors + counts.warnings === 0 ? "no findings" : `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}`;
}

/** "8 tactics, 7 allocations and 5 claims". */
export function listed(parts: readonly string[]): string {
  return parts.length < 2 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** What a row of each plan table is called in a count. */
const TABLE_WORDS: Readonly<Record<string, string>> = {
  JmpPartners: "partner",
  JmpInitiatives: "initiative",
  JmpTacticTypes: "tactic type",
  JmpJointPlan: "Joint Plan row",
  JmpTactics: "tactic",
  JmpAllocations: "allocation",
  JmpClaims: "claim",
  JmpOutcomes: "outcome",
};

/** "3 Joint Plan rows", "1 tactic": `count` rows of `table`. */
export function tableRows(table: TableName, count: number): string {
  return plural(count, TABLE_WORDS[table] ?? requireTableSpec(table).label);
}
