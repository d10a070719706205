/**
 * Which rows under a tracker's header are activities. Trackers mix them with blank rows, group
 * headings ("EMEA"), the header repeated over each block of rows, subtotals and a grand total
 * (labelled "Total", or only SUM formulas), and notes under the data ("Figures as of 30 June").
 * Those are skipped; a row that holds amounts but
 * names no partner and no activity, and is not a total, is skipped too and listed for review.
 *
 * Amounts alone never make a row a total: an activity can cost what the rows above it cost
 * together. Only a row that looks like one (a totals label, or no activity name, activity ID,
 * type or date of its own) is taken for a total by its sums; a row that names its own activity
 * is kept, and listed so the user can check it.
 */
import type { ColumnMapping } from "./mapColumns";
import type { TrackerField } from "./fields";
import { TOTALLED_FIELDS } from "./fields";
import { labelWords } from "../labels";
import { readNumber, readText, totalledValue } from "./trackerValues";

/** Why a row under the header is not an activity. */
export type SkipReason =
  /** Nothing in it. */
  | "blank"
  /** A totals or subtotals row (labelled, or whose amounts are the sums of the rows above). */
  | "totals"
  /** Text alone: a group heading inside the data or a note under it. */
  | "note"
  /** The header again, at the top of another block of rows (a quarter's, a region's). */
  | "header"
  /** Amounts without a partner or an activity. */
  | "noPartner";

/** A row that is not imported. */
export interface SkippedRow {
  /** Sheet row number. */
  readonly row: number;
  readonly reason: SkipReason;
  /** What the row says, shortened, for the summary. */
  readonly text: string;
}

/** The tracker's rows sorted out. */
export interface SortedRows {
  /** Grid indexes of activity rows. */
  readonly activities: readonly number[];
  readonly skipped: readonly SkippedRow[];
  /** Grid index of the grand total row (the last totals row), if any. */
  readonly totals: number | undefined;
  /** Sheet rows kept as activities although their amounts are the sums of the rows above them. */
  readonly sumsKept: readonly number[];
}

/** Words a totals row is labelled with, in the languages trackers are kept in. */
const TOTAL_WORDS = new Set(["total", "totals", "grand", "subtotal", "sum", "overall", "summe", "gesamt", "gesamtsumme", "zwischensumme", "somme", "totale", "totales", "suma", "totaal", "totalt", "subtotaal"]);
const IDENTITY: readonly TrackerField[] = ["partner", "partnerId", "activity", "activityId"];
/** What an activity has of its own and a totals row does not: a row holding one is never a total by its sums alone. */
const ACTIVITY_FACTS: readonly TrackerField[] = ["activity", "activityId", "tacticType", "start", "end"];

/** Cheap first look: only text holding something like a totals word is read word by word. */
const TOTAL_HINT = /total|grand|sum|overall|gesamt|somme|suma|totaal/i;

/**
 * A totals label: a few words starting or ending with a totals word ("Total", "Grand Total",
 * "Contoso subtotal", "Fabrikam - Summe", as Excel's Subtotal command writes "Contoso Total").
 */
function isTotalLabel(value: unknown): boolean {
  if (typeof value !== "string" || !TOTAL_HINT.test(value)) return false;
  const words = labelWords(value);
  return words.length > 0 && words.length <= 5 && (TOTAL_WORDS.has(words[0]) || TOTAL_WORDS.has(words[words.length - 1]));
}

/** A label of totals words only ("Total", "Grand total", "Gesamtsumme"): the whole tracker's, not a group's. */
function isGrandTotalLabel(value: unknown): boolean {
  return isTotalLabel(value) && labelWords(value).every((w) => TOTAL_WORDS.has(w));
}

function shortText(row: readonly unknown[]): string {
  const text = row.map(readText).filter((t) => t !== "").join(" | ");
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Running sums of the amount columns over the activity rows seen (kept as they go, so telling a
 * totals row costs one comparison a column, not a pass over the rows above).
 */
class RunningSums {
  readonly sums = new Map<number, number>();
  rows = 0;

  constructor(private readonly columns: readonly { readonly field: TrackerField; readonly index: number }[]) {}

  add(row: readonly unknown[]): void {
    for (const { field, index } of this.columns) this.sums.set(index, (this.sums.get(index) ?? 0) + (totalledValue(field, row[index]) ?? 0));
    this.rows++;
  }

  /** True when at least `least` filled amounts of `row`, and all of them, are these sums. */
  matches(row: readonly unknown[], least: number): boolean {
    let checked = 0;
    for (const { field, index } of this.columns) {
      if (readText(row[index]) === "") continue;
      const own = totalledValue(field, row[index]);
      // Money is compared in cents, counts as read.
      if (own === undefined || Math.abs(own - (this.sums.get(index) ?? 0)) > 1e-6) return false;
      checked++;
    }
    return checked >= least;
  }
}

/**
 * True when `row` repeats the header: two or more of its cells, and every one it fills, read as
 * the header's cell above them ("Partner", "Activity"...), as a block's own header row does.
 */
function repeatsHeader(row: readonly unknown[], header: readonly unknown[]): boolean {
  let same = 0;
  for (let c = 0; c < row.length; c++) {
    const text = readText(row[c]).toLowerCase();
    if (text === "") continue;
    if (text !== readText(header[c]).toLowerCase()) return false;
    same++;
  }
  return same >= 2;
}

/** Sorts the rows of `grid` from `first` on (the header is the row above it) into activities and skipped rows. */
export function sortRows(grid: readonly (readonly unknown[])[], first: number, top: number, columns: readonly ColumnMapping[]): SortedRows {
  const identity = columns.filter((c) => c.field && IDENTITY.includes(c.field)).map((c) => c.index);
  const facts = columns.filter((c) => c.field && ACTIVITY_FACTS.includes(c.field)).map((c) => c.index);
  const mapped = columns.filter((c) => c.field && c.field !== "ignored").map((c) => c.index);
  const activities: number[] = [];
  const skipped: SkippedRow[] = [];
  const sumsKept: number[] = [];
  let totals: number | undefined;
  // Rows since the last subtotal: a subtotal sums its own group, a grand total everything.
  const totalled = columns.flatMap((c) => (c.field && TOTALLED_FIELDS.includes(c.field) ? [{ field: c.field, index: c.index }] : []));
  let sinceSubtotal = new RunningSums(totalled);
  const all = new RunningSums(totalled);
  for (let i = first; i < grid.length; i++) {
    const row = grid[i] ?? [];
    const sheetRow = top + i;
    if (row.every((v) => readText(v) === "")) {
      skipped.push({ row: sheetRow, reason: "blank", text: "" });
      continue;
    }
    if (first > 0 && repeatsHeader(row, grid[first - 1] ?? [])) {
      skipped.push({ row: sheetRow, reason: "header", text: shortText(row) });
      continue;
    }
    const labelled = row.some(isTotalLabel) && identity.every((c) => readText(row[c]) === "" || isTotalLabel(row[c]));
    const named = identity.some((c) => readText(row[c]) !== "" && !isTotalLabel(row[c]));
    // A row naming its own activity (or, where the tracker keeps none of those facts, its partner) is an activity whatever it adds up to.
    const ownActivity = named && (facts.length === 0 || facts.some((c) => readText(row[c]) !== "" && !isTotalLabel(row[c])));
    // Such a row is flagged when two or more of its amounts are the sums of two or more rows above;
    // a row with no activity of its own is a (sub)total when its amounts are the sums, of one row or more.
    const sums = (above: RunningSums) => above.rows > 0 && above.matches(row, ownActivity ? 2 : 1) && (!ownActivity || above.rows >= 2);
    const summing = !labelled && (sums(all) || sums(sinceSubtotal));
    if (summing && ownActivity) sumsKept.push(sheetRow);
    else if (labelled || summing) {
      skipped.push({ row: sheetRow, reason: "totals", text: shortText(row) });
      // The grand total, which the import is reconciled with: the sums of every activity, or
      // labelled as the whole tracker's; a group's subtotal ("Contoso Total") is not one.
      if (all.matches(row, 1) || (labelled && row.some(isGrandTotalLabel))) totals = i;
      sinceSubtotal = new RunningSums(totalled);
      continue;
    }
    if (!named) {
      const hasValues = mapped.some((c) => !identity.includes(c) && readText(row[c]) !== "");
      const numbers = row.some((v) => readNumber(v).kind === "value");
      skipped.push({ row: sheetRow, reason: hasValues && numbers ? "noPartner" : "note", text: shortText(row) });
      continue;
    }
    if (!mapped.some((c) => !identity.includes(c) && readText(row[c]) !== "")) {
      // A partner's name alone on its row heads the group of rows under it.
      skipped.push({ row: sheetRow, reason: "note", text: shortText(row) });
      continue;
    }
    activities.push(i);
    sinceSubtotal.add(row);
    all.add(row);
  }
  // A total above the last activity is a subtotal; the grand total comes after the data.
  const lastActivity = activities[activities.length - 1] ?? -1;
  return { activities, skipped, totals: totals !== undefined && totals > lastActivity ? totals : undefined, sumsKept };
}
