/**
 * A plain HTML table of text cells for the report's sections that are not metric tables (what
 * works best, plan vs actual): a caption, headers marked numeric or not, body rows and optional
 * footer rows. Every cell is escaped; the table scrolls inside its own box on a narrow page.
 */
import { escapeHtml } from "./escape";

/** A column: its header and whether its values are numbers (right-aligned, never broken). */
export interface TextColumn {
  readonly header: string;
  readonly numeric?: boolean;
}

/** The table's HTML. An empty body shows "None yet". */
export function textTableHtml(caption: string, columns: readonly TextColumn[], rows: readonly (readonly string[])[], footer: readonly (readonly string[])[] = []): string {
  const cls = (c: TextColumn): string => (c.numeric ? ' class="num"' : "");
  const head = columns.map((c) => `<th scope="col"${cls(c)}>${escapeHtml(c.header)}</th>`).join("");
  const line = (cells: readonly string[], tag: "td" | "th"): string => `<tr>${cells.map((text, i) => `<${tag}${cls(columns[i] ?? {})}>${escapeHtml(text)}</${tag}>`).join("")}</tr>`;
  const body = rows.length === 0 ? `<tr><td colspan="${columns.length}" class="empty">None yet</td></tr>` : rows.map((r) => line(r, "td")).join("\n");
  const foot = footer.length === 0 ? "" : `<tfoot>${footer.map((r) => line(r, "th")).join("")}</tfoot>`;
  return `<div class="scroll"><table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody>${foot}</table></div>`;
}
