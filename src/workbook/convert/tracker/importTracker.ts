/**
 * Importing a tracker, as one pure function every host calls: find the header, map the
 * columns, sort out the activity rows, build the plan rows, reconcile the totals, and say what
 * the user should look at. Nothing is written here; `writeImport.ts` writes the result.
 */
import type { SheetValues } from "../../port";
import { ActivityRow } from "./activityRow";
import { buildRows } from "./buildRows";
import { sortRows } from "./dataRows";
import type { SortedRows } from "./dataRows";
import { EMPTY_PLAN } from "./existingPlan";
import type { ExistingPlan } from "./existingPlan";
import type { TrackerField } from "./fields";
import { fieldLabel } from "./fields";
import { findHeader, MIN_NAMED_COLUMNS } from "./findHeader";
import type { ReconciledTotal, Reconciliation, ReviewItem, TrackerImport } from "./importTypes";
import type { ColumnMapping, FixedField } from "./mapColumns";
import { mapColumns, REVIEW_CONFIDENCE } from "./mapColumns";
import { importChanges } from "./overwrittenCells";
import { readConventions } from "./conventions";
import { claimStatusFigures } from "./claimFigures";
import { reconcile } from "./reconcile";
import { totalText } from "./totalText";
import { trackerCell } from "./trackerCell";
import type { SavedMapping } from "./savedMapping";
import { savedFields, savedMappingOf } from "./savedMapping";
import { currencyOfPlan, mixedCurrencies, periodReview, settingsFromTracker, settingsNote } from "./planSettings";
import { partnerCurrencies } from "./partnerCurrencies";
import { decideStatusColumn } from "./statusColumn";
import { readText } from "./trackerValues";
import { columnLetters } from "../../../model/rawTable";

/** A tracker sheet: its name and its used range's values. */
export interface TrackerSheet {
  readonly name: string;
  readonly values: SheetValues;
}

/** The user's choices, all optional. */
export interface ImportOptions {
  /** Sheet row of the header row (the last one of a two-row header). */
  readonly headerRow?: number;
  /** A saved mapping to apply. */
  readonly mapping?: SavedMapping;
  /** Fields the user chose for columns, by column index; undefined: not imported. */
  readonly fields?: ReadonlyMap<number, TrackerField | undefined>;
  /** The plan the rows go into (default: a new, empty plan). */
  readonly existing?: ExistingPlan;
  /** The initiative for every activity when the tracker has no initiative column. */
  readonly initiativeName?: string;
}

/** Why a tracker cannot be imported. */
export type TrackerImportFailure = "empty" | "noHeader" | "badHeaderRow" | "nothingToImport" | "noRoom";

/**
 * Refuses an import that would bring nothing in: a header row naming nothing (a blank row the
 * user pointed at), no column naming the partner, or no row that is an activity. The CLI refuses
 * such a tracker (exit 3); the pane instead lets the user fix the header row and the columns
 * (there, columns under a blank row can still be named by hand). `sheet` is the one imported.
 */
export function requireSomethingToImport(imported: TrackerImport, sheet: TrackerSheet): void {
  if (imported.columns.every((c) => c.header === "")) {
    // Listing the row's headers would list nothing: the row detection takes for the header helps more.
    const found = findHeader(...gridOf(sheet.values));
    const hint = found ? `row ${sheet.values.headerRow + found.index} looks like the header` : "no row looks like a tracker's header";
    throw new TrackerImportError(`Row ${imported.headerRow} of "${imported.sheet}" is blank, so it cannot be the header row; ${hint}`, "badHeaderRow");
  }
  if (!imported.columns.some((c) => c.field === "partner" || c.field === "partnerId")) {
    const named = imported.columns.filter((c) => c.header !== "").map((c) => `"${c.header}"`);
    const shown = named.length > 8 ? `${named.slice(0, 8).join(", ")}...` : named.join(", ");
    throw new TrackerImportError(`No column of "${imported.sheet}" names the partner (its header, row ${imported.headerRow}, has ${shown}); name it with --mapping`, "nothingToImport");
  }
  if (!imported.rows.some((r) => r.table === "JmpTactics")) throw new TrackerImportError(`No row under the header of "${imported.sheet}" (row ${imported.headerRow}) is an activity`, "nothingToImport");
}

/** A tracker that cannot be imported; the message is one line for people. */
export class TrackerImportError extends Error {
  constructor(
    message: string,
    readonly reason: TrackerImportFailure,
  ) {
    super(message);
    this.name = "TrackerImportError";
  }
}

/** The name of the one initiative of a tracker without an initiative column. */
export const DEFAULT_INITIATIVE = "Imported activities";

function columnReview(columns: readonly ColumnMapping[], rows: readonly (readonly unknown[])[], firstColumn: number): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const c of columns) {
    if (c.field && c.field !== "ignored" && c.confidence < REVIEW_CONFIDENCE) {
      const how = c.by === "values" ? "by its values" : "by its header";
      items.push({ kind: "lowConfidence", message: `Column "${c.header}" read as ${fieldLabel(c.field)} ${how}, with low confidence (${c.confidence.toFixed(2)})`, column: c.header });
    }
    // A column the user (or the saved mapping) left out is a choice, not something to review.
    if (!c.field && c.by === "header" && rows.some((r) => readText(r[c.index]) !== "")) {
      items.push({ kind: "unmappedColumn", message: `Column ${columnLetters(firstColumn - 1 + c.index)} "${c.header}" is not imported (no field matches it)`, column: c.header });
    }
  }
  return items;
}

/**
 * Notes columns ("Notes", "Comments") the tracker fills: the plan has no place for them, so they
 * are left out, said in a note (a choice the vocabulary makes, not something to review).
 */
function notesLeftOut(columns: readonly ColumnMapping[], rows: readonly (readonly unknown[])[], firstColumn: number): string[] {
  return columns
    .filter((c) => c.field === "ignored" && c.by === "header" && rows.some((r) => readText(r[c.index]) !== ""))
    .map((c) => `Column ${columnLetters(firstColumn - 1 + c.index)} "${c.header}" holds notes, which the plan has no column for: not imported.`);
}

function rowsReview({ skipped, sumsKept }: SortedRows): ReviewItem[] {
  const items: ReviewItem[] = [];
  const rows = skipped.filter((s) => s.reason === "noPartner").map((s) => s.row);
  if (rows.length > 0) items.push({ kind: "skippedRow", message: "Rows with amounts but no partner and no activity were skipped", rows });
  if (sumsKept.length > 0) items.push({ kind: "keptRow", message: "Amounts that are the sums of the rows above, on a row naming an activity of its own: imported as an activity, not taken for a totals row", rows: [...sumsKept] });
  return items;
}

/**
 * The columns whose field the user or a saved mapping chose. A field is one column's: when two
 * are given the same, the user's choice wins over the saved one, then the left column, and the
 * other is left out.
 */
function fixedFields(variants: readonly (readonly string[])[], options: ImportOptions): Map<number, FixedField> {
  const fixed = new Map<number, FixedField>();
  if (options.mapping) for (const [i, saved] of savedFields(options.mapping, variants)) fixed.set(i, { ...saved, by: "saved" });
  for (const [i, field] of options.fields ?? []) if (i >= 0 && i < variants.length) fixed.set(i, { field, by: "user" });
  const owner = new Map<TrackerField, number>();
  const ranked = [...fixed].sort(([a, x], [b, y]) => (x.by === y.by ? a - b : x.by === "user" ? -1 : 1));
  for (const [i, choice] of ranked) {
    if (!choice.field || choice.field === "ignored") continue;
    if (owner.has(choice.field)) fixed.set(i, { ...choice, field: undefined });
    else owner.set(choice.field, i);
  }
  return fixed;
}

/**
 * The grid index of the saved mapping's header row when the tracker still has its header there
 * (most of the saved columns found on it), so a header the user corrected last time stays
 * corrected; undefined to detect the header afresh.
 */
function savedHeaderRow(grid: readonly (readonly unknown[])[], width: number, top: number, mapping: SavedMapping | undefined): number | undefined {
  const row = mapping?.headerRow;
  if (row === undefined || row < top || row - top >= grid.length) return undefined;
  const at = findHeader(grid, width, row - top);
  const saved = Object.keys(mapping?.columns ?? {}).length;
  const found = at ? savedFields(mapping as SavedMapping, at.variants).size : 0;
  return saved > 0 && found * 2 >= saved ? row - top : undefined;
}

/**
 * Where a tracker's total differs from the import by amounts typed as text ("$15,000"), which
 * Excel's SUM leaves out and the import reads: said, with their rows, so the difference is not
 * taken for a lost row.
 */
function textAmountsReview(totals: readonly ReconciledTotal[], currency: string): ReviewItem[] {
  return totals.flatMap((t) => {
    if (t.matches || t.difference === null || !t.typedAsText) return [];
    const { rows, amount } = t.typedAsText;
    const whole = Math.abs(t.difference - amount) < (t.kind === "money" ? 0.005 : 1e-9);
    const share = whole ? "that is the whole difference" : `${totalText(amount, t.kind, currency)} of the difference`;
    return [{ kind: "conflict" as const, message: `"${t.column}": the tracker's total leaves out the amounts typed as text, which Excel's SUM skips and the import reads: ${share}`, column: t.column, rows }];
  });
}

/**
 * The totals row's cells holding an Excel error (#N/A) where a total was to be compared: each
 * listed with its cell, since that total is not compared.
 */
function totalsErrors(reconciliation: Reconciliation | undefined, columns: readonly ColumnMapping[], sheet: string, firstColumn: number): ReviewItem[] {
  if (!reconciliation) return [];
  return reconciliation.totals.flatMap((t) => {
    const index = columns.find((c) => c.field === t.field && c.header === t.column)?.index;
    if (t.trackerError === undefined || index === undefined) return [];
    const cell = trackerCell(sheet, firstColumn, index, reconciliation.totalsRow);
    return [{ kind: "unreadable" as const, message: `The totals row's "${t.column}" holds the error ${t.trackerError} (cell ${cell}): that total is not compared`, rows: [reconciliation.totalsRow], column: t.column }];
  });
}

/** The sheet's rows from the first of its used range (`values.headerRow`), and the widest row's width. */
function gridOf(values: SheetValues): [readonly (readonly unknown[])[], number] {
  const grid = [values.headers, ...values.rows];
  return [grid, grid.reduce((w, r) => Math.max(w, r.length), 0)];
}

/** What importing `sheet` would do; throws `TrackerImportError` when it cannot be imported. */
export function planTrackerImport(sheet: TrackerSheet, options: ImportOptions = {}): TrackerImport {
  const { values } = sheet;
  const [grid, width] = gridOf(values);
  const top = values.headerRow;
  if (width === 0 || grid.every((r) => r.every((v) => readText(v) === ""))) throw new TrackerImportError(`The sheet "${sheet.name}" is empty`, "empty");

  const chosenRow = options.headerRow ?? undefined;
  if (chosenRow !== undefined && (chosenRow < top || chosenRow - top >= grid.length)) {
    throw new TrackerImportError(`Row ${chosenRow} is outside the sheet's data (rows ${top} to ${top + grid.length - 1})`, "badHeaderRow");
  }
  const header = findHeader(grid, width, chosenRow !== undefined ? chosenRow - top : savedHeaderRow(grid, width, top, options.mapping));
  if (!header) {
    throw new TrackerImportError(`No row of "${sheet.name}" looks like a tracker's header (a row naming at least ${MIN_NAMED_COLUMNS} columns such as Partner, Activity, Requested, Approved)`, "noHeader");
  }

  const existing = options.existing ?? EMPTY_PLAN;
  const below = grid.slice(header.index + 1);
  const matched = mapColumns(header.variants, below, existing.tacticTypes, fixedFields(header.variants, options));
  const { columns, review: statusReview } = decideStatusColumn(matched, below);
  const read = readConventions(grid, header.index + 1, columns);
  const sorted = sortRows(read.grid, header.index + 1, top, columns);
  const activities = sorted.activities.map((i) => new ActivityRow(top + i, read.grid[i], columns));
  const hasInitiative = columns.some((c) => c.field === "initiative" || c.field === "initiativeId");
  const initiativeName = options.initiativeName ?? options.mapping?.initiative ?? DEFAULT_INITIATIVE;
  const built = buildRows(activities, { columns, existing, initiativeName, sheet: sheet.name, firstColumn: values.firstColumn });

  const { counts, unchangedSources } = importChanges(built.rows, existing.tables);
  // What went into the plan against the tracker's own totals: rows read but not imported show as a difference.
  const implied = claimStatusFigures(built.imported, columns, built.rows);
  const reconciliation = sorted.totals === undefined ? undefined : reconcile(read.grid[sorted.totals], top + sorted.totals, built.imported, built.rows, columns, implied);
  const planCurrency = currencyOfPlan(existing, read.currencies);
  const currency = read.currencies.length === 1 ? read.currencies[0] : undefined;
  const rowCurrencies = partnerCurrencies(built.rows, existing, planCurrency);
  // Remarks on rows the plan already holds as they are were made when those rows were written.
  const rowRemarks = built.review.flatMap((item) => {
    const rows = item.rows?.filter((r) => !unchangedSources.has(r));
    return rows === undefined || rows.length === item.rows?.length ? [item] : rows.length > 0 ? [{ ...item, rows }] : [];
  });
  const review = [...statusReview, ...columnReview(columns, below, values.firstColumn ?? 1), ...rowsReview(sorted), ...rowRemarks];
  review.push(...mixedCurrencies(read.currencyRows, planCurrency, existing, top, rowCurrencies), ...periodReview(built.rows, existing, unchangedSources), ...totalsErrors(reconciliation, columns, sheet.name, values.firstColumn ?? 1));
  if (reconciliation && !reconciliation.matches) review.push({ kind: "conflict", message: "The imported totals differ from the tracker's totals row", rows: [reconciliation.totalsRow] }, ...textAmountsReview(reconciliation.totals, planCurrency));
  else if (!reconciliation && implied.some((f) => !f.matches)) review.push({ kind: "conflict", message: `The imported claims' statuses differ from the tracker's: ${implied.map((f) => `${f.column} ${totalText(f.tracker ?? 0, f.kind, planCurrency)} in the tracker, ${totalText(f.imported, f.kind, planCurrency)} imported`).join("; ")}` });
  return {
    sheet: sheet.name,
    headerRow: top + header.index,
    headerRows: header.rows,
    columns,
    rows: built.rows,
    counts,
    skipped: sorted.skipped,
    review,
    notes: [...read.notes, ...built.notes, ...notesLeftOut(columns, below, values.firstColumn ?? 1), ...settingsNote(existing, settingsFromTracker(existing, currency, built.period))],
    currency,
    planCurrency,
    partnerCurrencies: new Map([...rowCurrencies].map(([row, p]) => [row, p.currency])),
    reconciliation,
    newTacticTypes: built.newTacticTypes,
    period: built.period,
    mapping: savedMappingOf(sheet.name, top + header.index, columns, hasInitiative ? undefined : initiativeName),
  };
}
