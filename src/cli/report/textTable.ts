/**
 * Plain-text tables for the terminal: columns padded to their widest cell, numbers aligned right.
 */

/** A table to print. */
export interface TextTable {
  readonly headers: readonly string[];
  /** True for each right-aligned (numeric) column. */
  readonly right: readonly boolean[];
  readonly rows: readonly (readonly string[])[];
  /** A closing row (totals), set off by a rule. */
  readonly footer?: readonly string[];
}

/** Characters the terminal shows as one column each (code points, not UTF-16 units). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, size - width(text)));
  return right ? fill + text : text + fill;
}

/** The table as lines of text (no trailing spaces). */
export function renderTextTable(table: TextTable): string[] {
  const all = [table.headers, ...table.rows, ...(table.footer ? [table.footer] : [])];
  // A loop, not Math.max(...rows): a plan can have more rows than a call takes arguments.
  const widths = table.headers.map((_, c) => all.reduce((w, row) => Math.max(w, width(row[c] ?? "")), 0));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => pad(cell, widths[c], table.right[c] ?? false))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  const lines = [line(table.headers), rule, ...table.rows.map(line)];
  if (table.footer) lines.push(rule, line(table.footer));
  return lines;
}
