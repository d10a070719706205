/**
 * Finds a tracker's header among the rows at the top of its sheet: titles, notes, blank rows and
 * merged group headings come first in many trackers. The header is the row whose cells name the
 * most tracker fields (`headerFields.ts`). A group heading row right above it ("Funding" over
 * Requested / Approved / Claimed, "Claim" over Amount / Date / Status) is combined with it when
 * that names the columns better: each column then reads "Claim Amount". A merged heading's
 * value sits in its first cell only, so it is carried right over the columns below it.
 */
import { headerStrength } from "./headerFields";
import { looksLikeDate, looksNumeric, readText } from "./trackerValues";

/** How many rows from the top a header is looked for in. */
export const HEADER_SEARCH_ROWS = 40;
/**
 * Columns a header is read from: trackers keep a few dozen; a sheet with a value in its last
 * column (XFD) must not make the search read sixteen thousand labels per row.
 */
export const MAX_HEADER_COLUMNS = 512;
/** A header names at least this many columns with at least `MIN_STRENGTH`. */
export const MIN_NAMED_COLUMNS = 3;
const MIN_STRENGTH = 0.5;
/** A combined header must name the columns this much better than the lower row alone. */
const COMBINE_GAIN = 0.5;

/** The header found: where it is and the label of each column. */
export interface FoundHeader {
  /** Index in the grid of the (last) header row; data starts below it. */
  readonly index: number;
  /** 1, or 2 when a group heading row above was combined with it. */
  readonly rows: 1 | 2;
  /** Each column's label as read (combined labels joined by a space); "" for none. */
  readonly labels: readonly string[];
  /**
   * Each column's labels worth trying, the shown one first: under a group heading, the
   * combined label and the column's own ("Claim Paid" and "Paid"), since only the values can
   * tell which one the column means (a date: Paid on; an amount: the amount paid).
   */
  readonly variants: readonly (readonly string[])[];
  /** Columns named with at least 0.5 confidence. */
  readonly named: number;
}

interface Labelled {
  readonly labels: string[];
  readonly variants: string[][];
  readonly score: number;
  readonly named: number;
}

function scoreLabels(variants: string[][]): Labelled {
  let score = 0;
  let named = 0;
  for (const tried of variants) {
    const strength = Math.max(0, ...tried.map((label) => (label === "" ? 0 : headerStrength(label))));
    if (strength >= MIN_STRENGTH) {
      score += strength;
      named++;
    }
  }
  return { labels: variants.map((v) => v[0] ?? ""), variants, score, named };
}

function rowTexts(grid: readonly (readonly unknown[])[], index: number, width: number): string[] {
  const row = grid[index] ?? [];
  return Array.from({ length: width }, (_, c) => readText(row[c]));
}

/** The group labels above each column: a heading carried right over the blank cells after it. */
function carriedGroups(upper: readonly string[], lower: readonly string[]): string[] {
  const groups: string[] = [];
  let current = "";
  upper.forEach((text, c) => {
    if (text !== "") current = text;
    else if (lower[c] === "") current = "";
    groups.push(current);
  });
  return groups;
}

/** Each column's labels: its group heading and its own together, then its own alone. */
function combined(upper: readonly string[], lower: readonly string[]): string[][] {
  const groups = carriedGroups(upper, lower);
  return lower.map((own, c) => {
    const group = groups[c];
    if (group === "") return [own];
    // A heading merged down over both rows leaves the lower cell blank.
    if (own === "") return [upper[c] === "" ? "" : group];
    return [`${group} ${own}`, own];
  });
}

/** True when a row holds a number or a date (header rows hold words). */
function holdsValues(row: readonly unknown[]): boolean {
  return row.some((v) => typeof v === "number" || v instanceof Date || looksLikeDate(v) || looksNumeric(v));
}

function nonBlank(texts: readonly string[]): number {
  return texts.filter((t) => t !== "").length;
}

/** The header labelled from row `index`, combined with the row above when that is better. */
function headerAt(grid: readonly (readonly unknown[])[], index: number, width: number): Labelled & { rows: 1 | 2 } {
  const lower = rowTexts(grid, index, width);
  const single = scoreLabels(lower.map((l) => [l]));
  if (index === 0) return { ...single, rows: 1 };
  const upper = rowTexts(grid, index - 1, width);
  // A title or note above the header is one cell; a group heading row has two or more. A row
  // holding amounts or dates is data (a user may point at one), never the lower half of a header.
  if (nonBlank(upper) < 2 || holdsValues(grid[index] ?? [])) return { ...single, rows: 1 };
  const pair = scoreLabels(combined(upper, lower));
  return pair.score >= single.score + COMBINE_GAIN ? { ...pair, rows: 2 } : { ...single, rows: 1 };
}

/**
 * The tracker's header in `grid` (rows of cell values from the sheet's used range), or
 * undefined when no row names enough columns. `at`, when given, is the grid index of the
 * header row the user chose.
 */
export function findHeader(grid: readonly (readonly unknown[])[], sheetWidth: number, at?: number): FoundHeader | undefined {
  const width = Math.min(sheetWidth, MAX_HEADER_COLUMNS);
  if (at !== undefined) {
    if (at < 0 || at >= grid.length) return undefined;
    const chosen = headerAt(grid, at, width);
    return { index: at, rows: chosen.rows, labels: chosen.labels, variants: chosen.variants, named: chosen.named };
  }
  let best: (Labelled & { rows: 1 | 2; index: number }) | undefined;
  const last = Math.min(grid.length - 1, HEADER_SEARCH_ROWS);
  for (let index = 0; index <= last; index++) {
    const candidate = headerAt(grid, index, width);
    if (candidate.named < MIN_NAMED_COLUMNS) continue;
    if (!best || candidate.score > best.score) best = { ...candidate, index };
  }
  return best && { index: best.index, rows: best.rows, labels: best.labels, variants: best.variants, named: best.named };
}
