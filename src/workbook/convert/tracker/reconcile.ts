/**
 * A tracker's own totals row compared with what the import took in: for each money and count
 * column the totals row fills, the tracker's total against the sum of what the import wrote.
 * Rows are not counted: a totals row holds no count of them, and the rows read against the rows
 * imported compares the import with itself (a junk row passes as readily as an activity); rows
 * skipped are listed for review instead. This is what lets a user trust an import without
 * checking it row by row.
 */
import { plainOf } from "../../../engine/read/cellValue";
import { centsToUnits } from "../../../model/money";
import type { ActivityRow } from "./activityRow";
import { fieldKind, TOTALLED_FIELDS } from "./fields";
import type { ImportRow, ReconciledTotal, Reconciliation } from "./importTypes";
import type { ColumnMapping } from "./mapColumns";
import { readNumber, readText, totalledValue } from "./trackerValues";
import { writtenValues } from "./writtenValues";

/**
 * How many of the totals were compared (`compared`) of those listed (`of`): a total the totals
 * row leaves blank, or holds an error in, is not, so "everything matches" would claim too much.
 */
export function totalsCompared(reconciliation: Reconciliation): { readonly compared: number; readonly of: number } {
  return { compared: reconciliation.totals.filter((t) => t.tracker !== null).length, of: reconciliation.totals.length };
}

/**
 * Why no total was compared, when none was (undefined when one was): no column imported holds
 * amounts or counts (the totals row's numbers, if any, are under columns not imported), or the
 * totals row is blank, or holds an error, in every column that does. "Everything matches" would
 * say a check was made when none was.
 */
export function whyNoTotalCompared(reconciliation: Reconciliation): string | undefined {
  const { compared, of } = totalsCompared(reconciliation);
  if (compared > 0) return undefined;
  if (of === 0) return reconciliation.notImported.length > 0 ? "the columns it totals are not imported" : "no column imported holds amounts or counts";
  const errors = reconciliation.totals.filter((t) => t.trackerError !== undefined).length;
  const what = errors === 0 ? "is blank" : errors === of ? "holds an error" : "is blank or holds an error";
  return `the totals row ${what} in ${of === 1 ? "the one column imported that holds" : `the ${of} columns imported that hold`} amounts or counts`;
}

/**
 * Compares the totals row `totals` (its cells) with what the import writes (`written`, the plan
 * rows) from the activities imported; `implied` the figures the tracker's rows imply (claims by status), compared too.
 */
export function reconcile(totals: readonly unknown[], totalsRow: number, activities: readonly ActivityRow[], written: readonly ImportRow[], columns: readonly ColumnMapping[], implied: readonly ReconciledTotal[] = []): Reconciliation {
  const figures: ReconciledTotal[] = [];
  for (const { field, index, header } of columns) {
    if (!field || !TOTALLED_FIELDS.includes(field)) continue;
    const money = fieldKind(field) === "money";
    let sum = 0;
    let textSum = 0;
    const textRows: number[] = [];
    // What was written, not the tracker's cells: a cell that made no plan row is a difference.
    const values = writtenValues(written, field);
    for (const a of activities) {
      const value = values.get(a.row) ?? 0;
      sum += value;
      if (value !== 0 && a.isTypedAsText(field)) {
        textSum += value;
        textRows.push(a.row);
      }
    }
    const imported = money ? centsToUnits(sum) : sum;
    const typedAsText = textRows.length === 0 ? {} : { typedAsText: { rows: textRows, amount: money ? centsToUnits(textSum) : textSum } };
    const own = readText(totals[index]) === "" ? undefined : totalledValue(field, totals[index]);
    if (own === undefined) {
      const plain = plainOf(totals[index]);
      const trackerError = plain.kind === "error" ? { trackerError: plain.error } : {};
      figures.push({ field, kind: money ? "money" : "count", column: header, tracker: null, imported, difference: null, matches: true, ...trackerError });
      continue;
    }
    const difference = money ? sum - own : sum - own;
    const matches = Math.abs(difference) < (money ? 0.5 : 1e-9);
    figures.push({ field, kind: money ? "money" : "count", column: header, tracker: money ? centsToUnits(own) : own, imported, difference: matches ? 0 : money ? centsToUnits(difference) : difference, matches, ...typedAsText });
  }
  figures.push(...implied);
  const notImported = columns.flatMap(({ field, index, header }) => {
    if (field && field !== "ignored") return [];
    const total = readNumber(totals[index]);
    return total.kind === "value" && header !== "" ? [{ column: header, tracker: total.value }] : [];
  });
  return { totalsRow, totals: figures, notImported, matches: figures.every((f) => f.matches) };
}
