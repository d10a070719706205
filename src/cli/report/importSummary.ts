/**
 * What `jmp import` prints: the rows made per table, the columns as mapped with their
 * confidence, the rows skipped, the reconciliation with the tracker's totals row, what to
 * review and what was derived. As text for people, or as JSON for scripts.
 */
import { TABLES } from "../../model/schema";
import { isoFromDay } from "../../model/dates";
import { differenceText, fieldLabel, MAPPING_FORMAT, MAPPING_VERSION, skippedRowsLine, totalsCompared, totalText, whyNoTotalCompared } from "../../workbook/convert/tracker";
import type { ReconciledTotal, ReviewItem, TrackerImport } from "../../workbook/convert/tracker";
import type { TextOut } from "../io";
import { println } from "../io";
import { renderTextTable } from "./textTable";
import { listed, tableRows } from "../words";

/** The import as JSON: everything a script needs to check it. */
export function importJson(imported: TrackerImport, tracker: string, plan: string | undefined): object {
  const counts: Record<string, { added: number; updated: number; unchanged: number }> = {};
  for (const spec of TABLES) {
    const count = imported.counts[spec.name];
    if (count) counts[spec.name] = { added: count.added, updated: count.updated, unchanged: count.unchanged };
  }
  return {
    tracker,
    plan: plan ?? null,
    sheet: imported.sheet,
    headerRow: imported.headerRow,
    headerRows: imported.headerRows,
    mapping: imported.columns.map((c) => ({ column: c.index + 1, header: c.header, field: c.field ?? null, confidence: c.confidence, by: c.by })),
    counts,
    skipped: imported.skipped,
    review: imported.review,
    notes: imported.notes,
    reconciliation: imported.reconciliation ?? null,
    newTacticTypes: imported.newTacticTypes,
    currency: imported.currency ?? null,
    period: imported.period ? { start: isoFromDay(imported.period.start), end: isoFromDay(imported.period.end) } : null,
    savedMapping: imported.mapping,
  };
}

/**
 * The rows added and updated per table, then (on a re-import) those the plan already holds as
 * the tracker has them; "Nothing changed" when that is every row.
 */
function countsLine(imported: TrackerImport): string {
  const counted = TABLES.flatMap((spec) => {
    const count = imported.counts[spec.name];
    return count ? [{ table: spec.name, ...count }] : [];
  });
  const changed = counted.filter((c) => c.added + c.updated > 0).map((c) => `${tableRows(c.table, c.added)}${c.updated > 0 ? ` (+${c.updated} updated)` : ""}`);
  const unchanged = counted.filter((c) => c.unchanged > 0).map((c) => tableRows(c.table, c.unchanged));
  if (changed.length === 0 && unchanged.length > 0) return `Nothing changed: the plan already holds the tracker's ${listed(unchanged)} as they are`;
  if (changed.length === 0) return "nothing";
  return unchanged.length > 0 ? `${changed.join(", ")}; unchanged: ${unchanged.join(", ")}` : changed.join(", ");
}

function shown(value: number | null): string {
  return value === null ? "(blank)" : value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** One reconciled total's row: money in the plan currency's convention, counts whole. */
function totalRow(t: ReconciledTotal, code: string): string[] {
  const text = (value: number | null) => (value === null ? "(blank)" : totalText(value, t.kind, code));
  const tracker = t.trackerError ?? text(t.tracker);
  const sign = t.difference !== null && t.difference < 0 ? "-" : "";
  return [t.column, tracker, text(t.imported), t.tracker === null || t.difference === null ? "not compared" : t.matches ? "matches" : `differs by ${sign}${differenceText(t.difference, t.kind, code)}`];
}

/** How a command-line user maps a column the review suggests mapping otherwise: a mapping file. */
function remapHint(item: ReviewItem): string {
  return item.remap && item.column !== undefined ? ` with --mapping FILE.json ({ "format": "${MAPPING_FORMAT}", "version": ${MAPPING_VERSION}, "columns": { ${JSON.stringify(item.column)}: "${item.remap}" } })` : "";
}

/** Prints the import for people. */
export function printImport(out: TextOut, imported: TrackerImport, tracker: string, plan: string | undefined): void {
  const header = imported.headerRows === 2 ? `rows ${imported.headerRow - 1}-${imported.headerRow}` : `row ${imported.headerRow}`;
  println(out, `${plan ? `Imported ${tracker} into ${plan}` : `Dry run of importing ${tracker} (nothing written)`}: sheet "${imported.sheet}", header at ${header}.`);
  println(out, `  ${countsLine(imported)}.`);
  if (imported.newTacticTypes.length > 0) println(out, `  Tactic types added to the plan's list: ${imported.newTacticTypes.join(", ")}.`);
  println(out);
  println(out, "Columns:");
  const rows = imported.columns.map((c) => [c.header || `(column ${c.index + 1})`, c.field ? fieldLabel(c.field) : "(not imported)", c.field ? c.confidence.toFixed(2) : "", c.by]);
  for (const line of renderTextTable({ headers: ["Tracker column", "Imported as", "Confidence", "By"], right: [false, false, true, false], rows })) println(out, `  ${line}`);
  const skipped = skippedRowsLine(imported.skipped);
  if (skipped !== undefined) {
    println(out);
    println(out, skipped);
  }
  const rec = imported.reconciliation;
  if (rec) {
    println(out);
    const { compared, of } = totalsCompared(rec);
    const none = whyNoTotalCompared(rec);
    const partly = compared < of ? `${compared} of ${of} totals compared` : "";
    const verdict = none !== undefined ? `no total compared (${none})` : rec.matches ? (partly ? `${partly}, and they match` : "everything matches") : partly ? `DIFFERENCES (${partly})` : "DIFFERENCES";
    println(out, `Reconciliation with the tracker's totals row (row ${rec.totalsRow}): ${verdict}.`);
    const lines = rec.totals.map((t) => totalRow(t, imported.planCurrency));
    if (lines.length > 0) for (const line of renderTextTable({ headers: ["Total", "Tracker", "Imported", ""], right: [false, true, true, false], rows: lines })) println(out, `  ${line}`);
    for (const t of rec.notImported) println(out, `  ${t.column}: ${shown(t.tracker)} in the tracker, not imported.`);
  }
  if (imported.review.length > 0) {
    println(out);
    println(out, `To review (${imported.review.length}):`);
    for (const item of imported.review) println(out, `  - ${item.message}${remapHint(item)}${item.rows ? ` (${item.rows.length === 1 ? "row" : "rows"} ${item.rows.slice(0, 12).join(", ")}${item.rows.length > 12 ? ", ..." : ""})` : ""}`);
  }
  if (imported.notes.length > 0) {
    println(out);
    for (const note of imported.notes) println(out, `Note: ${note}`);
  }
}
