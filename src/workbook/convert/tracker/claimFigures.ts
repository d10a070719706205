/**
 * The claim money a tracker's status words imply, against the claims the import made: the
 * amounts of claims the tracker marks paid (a payment word or a payment date) and approved, and
 * the same amounts of the imported claims by their status. A status column read the wrong way
 * (claim statuses taken for the activities') shows here as a difference instead of passing as
 * "everything matches".
 */
import type { Cents } from "../../../model/money";
import { centsToUnits } from "../../../model/money";
import type { ActivityRow } from "./activityRow";
import type { TrackerField } from "./fields";
import type { ImportRow, ReconciledTotal } from "./importTypes";
import type { ColumnMapping } from "./mapColumns";
import { fitsOnlyClaims, isBareStatusHeader } from "./statusColumn";
import { claimStatusOf } from "./valueWords";

/** The claim statuses compared, with the label of their figure. */
const COMPARED = [
  ["Paid", "paid"],
  ["Approved", "approved"],
] as const;

/**
 * The field whose words say each claim's status: the claim status column, else a bare status
 * column holding a word only a claim has ("Paid"), whatever it was mapped to.
 */
function claimWordsField(activities: readonly ActivityRow[], columns: readonly ColumnMapping[]): TrackerField | undefined {
  if (columns.some((c) => c.field === "claimStatus")) return "claimStatus";
  const bare = columns.find((c) => c.field === "tacticStatus" && isBareStatusHeader(c.header));
  return bare && activities.some((a) => fitsOnlyClaims(a.text("tacticStatus"))) ? "tacticStatus" : undefined;
}

/** The claim's status as the tracker says it, or undefined when it does not say. */
function trackerStatus(activity: ActivityRow, field: TrackerField | undefined): string | undefined {
  if (activity.day("paidOn") !== undefined) return "Paid";
  return field ? claimStatusOf(activity.text(field))?.value : undefined;
}

/**
 * The paid and approved claim amounts the tracker implies against the imported claims' (`rows`),
 * in currency units; none when the tracker says nothing of its claims' statuses.
 */
export function claimStatusFigures(activities: readonly ActivityRow[], columns: readonly ColumnMapping[], rows: readonly ImportRow[]): ReconciledTotal[] {
  const field = claimWordsField(activities, columns);
  if (!field && !columns.some((c) => c.field === "paidOn")) return [];
  const importedStatus = new Map<number, unknown>();
  for (const row of rows) if (row.table === "JmpClaims" && row.sourceRow !== undefined) importedStatus.set(row.sourceRow, row.cells.get("status"));
  const figures: ReconciledTotal[] = [];
  for (const [status, word] of COMPARED) {
    let tracker: Cents = 0;
    let imported: Cents = 0;
    for (const activity of activities) {
      const amount = activity.cents("claimApproved") ?? activity.cents("claimed") ?? 0;
      if (trackerStatus(activity, field) === status) tracker += amount;
      if (importedStatus.get(activity.row) === status) imported += amount;
    }
    const difference = imported - tracker;
    figures.push({ field: "claimStatus", kind: "money", column: `Claims ${word}`, tracker: centsToUnits(tracker), imported: centsToUnits(imported), difference: centsToUnits(difference), matches: difference === 0 });
  }
  return figures;
}
