/**
 * The rows of a tracker an import skips, as every host lists them: "Skipped rows: 14 (totals),
 * 15 (note)." Blank rows are left out (nobody needs them listed); a reason is named in words
 * where its name is not enough.
 */
import type { SkippedRow, SkipReason } from "./dataRows";

/** Why a row was skipped, in words where the reason's name is not enough. */
const SKIP_REASONS: Partial<Record<SkipReason, string>> = { noPartner: "no partner", header: "repeated header" };

/** The line naming the skipped rows that are not blank, each with its reason; undefined when there are none. */
export function skippedRowsLine(skipped: readonly SkippedRow[]): string | undefined {
  const listed = skipped.filter((s) => s.reason !== "blank");
  if (listed.length === 0) return undefined;
  return `Skipped rows: ${listed.map((s) => `${s.row} (${SKIP_REASONS[s.reason] ?? s.reason})`).join(", ")}.`;
}
