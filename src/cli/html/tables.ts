/**
 * The HTML report's tables: figures per partner, initiative and tactic type with every metric of
 * SPEC section 4, and the findings list.
 */
import { cellReference } from "../../model/sheetReference";
import type { Figures } from "../../engine";
import type { Finding } from "../../model/findings";
import type { Currency } from "../../model/money";
import { displayValue, metrics, UNDEFINED_TEXT } from "../report/display";
import type { Metric } from "../report/display";
import { escapeHtml, escapeKeepingWords } from "./escape";
import { ownCurrencyValue } from "../../workbook/layout";

/** One labelled row of figures. */
export interface FiguresRow {
  readonly labels: readonly string[];
  readonly figures: Figures;
  /** The currency of the row's money, where it is not the table's (a partner in its own). */
  readonly currency?: Currency;
  /** That currency has no rate: the row's money cannot be known and reads "no rate". */
  readonly noRate?: boolean;
}

/** Findings listed in the page at most; the rest are counted. */
export const MAX_LISTED_FINDINGS = 500;

/**
 * Every metric, in two tables per grouping so each fits a laptop screen: what was funded and
 * claimed, and what it returned (Spend in both, as the link between them).
 */
export const FUNDING_COLUMNS = metrics("Budget", "Requested", "Authorized", "Aligned", "Coverage", "Alignment", "Spend", "Paid", "Utilization", "Progress", "Overdue claims", "Unclaimed after window");
/** The results half of the metrics: revenue against forecast and spend. */
export const RESULT_COLUMNS = metrics("Spend", "Revenue", "Forecast", "Attainment", "ROI", "Pipeline", "Opportunities", "Cost per opportunity", "Leads", "Deals");

/** A figures table with the given metric columns; `total` closes it in a footer row. */
export function figuresTableHtml(caption: string, labelHeaders: readonly string[], rows: readonly FiguresRow[], columns: readonly Metric[], currency: Currency, total?: FiguresRow): string {
  const head = [...labelHeaders.map((h) => `<th scope="col">${escapeHtml(h)}</th>`), ...columns.map((m) => `<th scope="col" class="num">${escapeHtml(m.header)}</th>`)].join("");
  const line = (r: FiguresRow, cell: "td" | "th"): string => {
    const labels = r.labels.map((l) => `<${cell}${cell === "th" ? ' scope="row"' : ""}>${escapeHtml(l)}</${cell}>`).join("");
    const values = columns.map((m) => {
      const text = displayValue(ownCurrencyValue(m, r.figures, r.noRate === true), m.format, r.currency ?? currency);
      const title = text === UNDEFINED_TEXT ? ' title="undefined: its denominator is zero"' : "";
      return `<td class="num"${title}>${escapeHtml(text)}</td>`;
    }).join("");
    return `<tr>${labels}${values}</tr>`;
  };
  const body = rows.length === 0 ? `<tr><td colspan="${labelHeaders.length + columns.length}" class="empty">None yet</td></tr>` : rows.map((r) => line(r, "td")).join("\n");
  const foot = total ? `<tfoot>${line(total, "th")}</tfoot>` : "";
  return `<div class="scroll"><table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody>${foot}</table></div>`;
}

/** The findings table (the first `MAX_LISTED_FINDINGS`, with a count of the rest). */
export function findingsTableHtml(findings: readonly Finding[]): string {
  if (findings.length === 0) return `<p class="ok">No findings: the plan passes every check.</p>`;
  const rows = findings.slice(0, MAX_LISTED_FINDINGS).map((f) => {
    const where = f.sheet !== null ? cellReference(f.sheet, f.cell ?? (f.row !== null ? `A${f.row}` : "A1")) : f.table;
    const cells = [f.code, f.table, f.row === null ? "" : String(f.row), f.column ?? "", where].map((t) => `<td>${escapeHtml(t)}</td>`).join("");
    const message = `<td>${escapeKeepingWords(f.message)}</td>`;
    return `<tr class="${f.severity}"><td><span class="badge">${f.severity}</span></td>${cells}${message}</tr>`;
  });
  const more = findings.length > MAX_LISTED_FINDINGS ? `<p class="note">${findings.length - MAX_LISTED_FINDINGS} more findings are not listed here: run <code>jmp check</code> or open the Issues sheet.</p>` : "";
  return `<div class="scroll"><table class="findings"><thead><tr><th>Severity</th><th>Code</th><th>Table</th><th class="num">Row</th><th>Column</th><th>Cell</th><th>Message</th></tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table></div>${more}`;
}
