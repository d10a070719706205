/**
 * Figures as people read them in the terminal and the HTML report: money in the plan currency,
 * every ratio (ROI too) as a rounded percent, and a dash where a ratio is undefined.
 */
import type { Figures } from "../../engine";
import type { CellFormat, LayoutValue } from "../../workbook/layout";
import { FINANCE_COLUMNS, METRIC_COLUMNS } from "../../workbook/layout";
import { formatMoney, unitsToCents } from "../../model/money";
import type { Currency } from "../../model/money";
import { shownPercent } from "../../model/shownPercent";

/** Shown where a figure is undefined (a ratio over zero). */
export const UNDEFINED_TEXT = "—";

/** A layout value (money in currency units) as display text. */
export function displayValue(value: LayoutValue, format: CellFormat, currency: Currency): string {
  if (value === null) return UNDEFINED_TEXT;
  if (typeof value === "string") return value;
  switch (format) {
    case "money":
      return formatMoney(unitsToCents(value), currency);
    case "percent":
      return `${shownPercent(value, 0)}%`;
    case "count":
      return value.toLocaleString("en-US");
    default:
      return String(value);
  }
}

/** A metric column of the shared catalogue, by its header ("Coverage"). */
export interface Metric {
  readonly header: string;
  readonly format: CellFormat;
  readonly value: (f: Figures) => LayoutValue;
}

/** The metric columns with these headers, in the order given. */
export function metrics(...headers: readonly string[]): Metric[] {
  return headers.map((h) => {
    const column = METRIC_COLUMNS.find((m) => m.header === h) ?? FINANCE_COLUMNS.find((m) => m.header === h);
    if (!column) throw new Error(`No metric column "${h}"`);
    return column;
  });
}

/** The per-partner summary of the terminal report and the demo. */
export const PARTNER_SUMMARY = metrics("Authorized", "Coverage", "Alignment", "Spend", "Revenue", "Forecast", "Attainment", "ROI", "Progress");
/** The per-initiative summary: funding, results and the forecast they answer to. */
export const INITIATIVE_SUMMARY = metrics("Authorized", "Coverage", "Spend", "Revenue", "Forecast", "Attainment", "ROI");
/** The finance summary: what is left, promised, owed and asked for, and how long claims have waited. */
export const FINANCE_SUMMARY = metrics("Budget", "Authorized", "Remaining", "Committed", "Paid", "Payable", "Pending", "Open 0-30 days", "Open 31-60 days", "Open 61-90 days", "Open over 90 days");
/** The finance summary where there is no budget (a period, an initiative): without Budget and Remaining. */
export const PERIOD_FINANCE_SUMMARY = FINANCE_SUMMARY.filter((m) => m.header !== "Budget" && m.header !== "Remaining");
/** The by-period summary: plan, money and results of each quarter or month. */
export const PERIOD_SUMMARY = metrics("Requested", "Authorized", "Committed", "Spend", "Paid", "Payable", "Pending", "Revenue", "Forecast", "Attainment", "Overdue claims");
/** The per-tactic-type summary: the best-practice view. */
export const TYPE_SUMMARY = metrics("Authorized", "Spend", "Revenue", "ROI", "Progress");
