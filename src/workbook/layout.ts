/**
 * Host-neutral content of the generated sheets: the Dashboard's figure tables and the Issues
 * list as rows of plain values with a format per column. The xlsx and Office.js adapters only
 * place and style these blocks, so both hosts show the same numbers.
 */
import type { Analysis, Figures } from "../engine";
import { findingPartners } from "../engine/findingsJson";
import { isoFromDay } from "../model/dates";
import { centsToUnits } from "../model/money";
import { cellReference } from "../model/sheetReference";
import { quarterBlocks } from "./periodLayout";
import type { Cents } from "../model/money";
import { practiceBlocks } from "./practiceBlocks";
import { partnerCurrencyBlocks } from "./currencyBlock";

/** How a column's values are shown. */
export type CellFormat = "text" | "money" | "percent" | "count";

/**
 * A value in a generated cell: numbers are currency units for money, fractions for percents.
 * Every ratio (ROI too) is a fraction shown as a percent: one unit for ratios in every view.
 */
export type LayoutValue = string | number | null;

/** One titled table of the Dashboard. */
export interface Block {
  /** Stable key (`totals`, `finance`, `partners`, `initiatives`, `tacticTypes`, and the quarter, currency and `practiceBlocks` keys). */
  readonly key: string;
  readonly title: string;
  readonly header: readonly string[];
  readonly formats: readonly CellFormat[];
  readonly rows: readonly (readonly LayoutValue[])[];
  /** Formats of each row, where a row's differ from `formats` (a target in its metric's unit). */
  readonly rowFormats?: readonly (readonly CellFormat[])[];
  /** The ISO code of each row's money, where it is not the plan currency's (a partner's own). */
  readonly rowCurrencies?: readonly (string | undefined)[];
  /** How many leading rows a chart over the block plots (all when absent): a closing line, such as what no quarter holds, is not one of its points. */
  readonly plottedRows?: number;
}

/** The Dashboard's content. */
export interface DashboardLayout {
  readonly title: string;
  readonly subtitle: string;
  readonly currency: string;
  readonly blocks: readonly Block[];
}

interface MetricColumn {
  readonly header: string;
  readonly format: CellFormat;
  readonly value: (f: Figures) => LayoutValue;
}

const money = (c: Cents | null): LayoutValue => (c === null ? null : centsToUnits(c));

/** The metric columns of every figures table, in reading order. */
export const METRIC_COLUMNS: readonly MetricColumn[] = [
  { header: "Budget", format: "money", value: (f) => money(f.budget) },
  { header: "Requested", format: "money", value: (f) => money(f.requested) },
  { header: "Authorized", format: "money", value: (f) => money(f.authorized) },
  { header: "Aligned", format: "money", value: (f) => money(f.aligned) },
  { header: "Coverage", format: "percent", value: (f) => f.coverage },
  { header: "Alignment", format: "percent", value: (f) => f.alignment },
  { header: "Spend", format: "money", value: (f) => money(f.spend) },
  { header: "Paid", format: "money", value: (f) => money(f.paid) },
  { header: "Utilization", format: "percent", value: (f) => f.utilization },
  { header: "Progress", format: "percent", value: (f) => f.progress },
  { header: "Revenue", format: "money", value: (f) => money(f.revenue) },
  { header: "Pipeline", format: "money", value: (f) => money(f.pipeline) },
  { header: "Opportunities", format: "count", value: (f) => f.opportunities },
  { header: "Leads", format: "count", value: (f) => f.leads },
  { header: "Deals", format: "count", value: (f) => f.deals },
  { header: "Forecast", format: "money", value: (f) => money(f.forecast) },
  { header: "Attainment", format: "percent", value: (f) => f.attainment },
  { header: "ROI", format: "percent", value: (f) => f.roi },
  { header: "Cost per opportunity", format: "money", value: (f) => money(f.costPerOpportunity) },
  { header: "Overdue claims", format: "count", value: (f) => f.overdueClaims },
  { header: "Unclaimed after window", format: "money", value: (f) => money(f.unclaimedAfterWindow) },
];

/**
 * Shown in place of money that cannot be known: a partner's figures in its own currency when the
 * Rates table has no rate for that currency (its rows count nowhere, V10). Never a zero.
 */
export const NO_RATE_TEXT = "no rate";

/** A column's value for a partner in its own currency: its money is `NO_RATE_TEXT` when that currency has no rate. */
export function ownCurrencyValue(column: MetricColumn, figures: Figures, noRate: boolean): LayoutValue {
  return noRate && column.format === "money" ? NO_RATE_TEXT : column.value(figures);
}

/**
 * The finance figures (SPEC section 9) as columns: of the terminal and HTML reports, and of the
 * Dashboard's own Finance table (beside the metric tables rather than in them, so the wide
 * partner table does not grow by eight columns).
 */
export const FINANCE_COLUMNS: readonly MetricColumn[] = [
  { header: "Remaining", format: "money", value: (f) => money(f.remaining) },
  { header: "Committed", format: "money", value: (f) => money(f.committed) },
  { header: "Payable", format: "money", value: (f) => money(f.payable) },
  { header: "Pending", format: "money", value: (f) => money(f.pending) },
  { header: "Open 0-30 days", format: "money", value: (f) => money(f.openClaimsByAge.days0To30) },
  { header: "Open 31-60 days", format: "money", value: (f) => money(f.openClaimsByAge.days31To60) },
  { header: "Open 61-90 days", format: "money", value: (f) => money(f.openClaimsByAge.days61To90) },
  { header: "Open over 90 days", format: "money", value: (f) => money(f.openClaimsByAge.over90Days) },
];

/** Rows of a figures table: their label cells and their figures. */
type FigureRows = readonly { labels: readonly LayoutValue[]; figures: Figures }[];

/** A titled figures table: label columns, then the given metric columns (every metric, in catalogue order, unless told). */
export function figuresBlock(key: string, title: string, labels: readonly string[], rows: FigureRows, columns: readonly MetricColumn[] = METRIC_COLUMNS): Block {
  return {
    key,
    title,
    header: [...labels, ...columns.map((m) => m.header)],
    formats: [...labels.map((): CellFormat => "text"), ...columns.map((m) => m.format)],
    rows: rows.map((r) => [...r.labels, ...columns.map((m) => m.value(r.figures))]),
  };
}

/**
 * What finance books: Remaining, Committed, Payable, Pending and the open claims by age, for
 * the whole plan and each initiative. (Each partner's are in the reports and the functions: a
 * refresh writes the Dashboard in a fixed number of requests, and a row per partner would take
 * a plan of a few thousand partners past them.)
 */
function financeBlock(analysis: Analysis): Block {
  const rows: FigureRows = [{ labels: [null, "Whole plan"], figures: analysis.totals }, ...analysis.initiatives.map((i) => ({ labels: [i.id, i.name], figures: i.figures }))];
  return figuresBlock("finance", "Finance", ["Initiative ID", "Initiative"], rows, FINANCE_COLUMNS);
}

/** The Dashboard: totals, then per partner, per initiative, per tactic type and per quarter, then what works best and plan vs actual, then finance. */
export function dashboardLayout(analysis: Analysis): DashboardLayout {
  const s = analysis.plan.settings;
  const period =
    s.periodStart !== undefined && s.periodEnd !== undefined ? `${isoFromDay(s.periodStart)} to ${isoFromDay(s.periodEnd)}` : "period not set";
  return {
    title: s.planName || "Joint Marketing Plan",
    subtitle: `${s.vendor ? `${s.vendor} · ` : ""}${period} · ${s.currency.code} · as of ${isoFromDay(s.asOf)}`,
    currency: s.currency.code,
    blocks: [
      figuresBlock("totals", "Total", ["Scope"], [{ labels: ["All partners"], figures: analysis.totals }]),
      figuresBlock("partners", "By partner", ["Partner ID", "Partner"], analysis.partners.map((p) => ({ labels: [p.id, p.name], figures: p.figures }))),
      ...partnerCurrencyBlocks(analysis),
      figuresBlock("initiatives", "By initiative", ["Initiative ID", "Initiative"], analysis.initiatives.map((i) => ({ labels: [i.id, i.name], figures: i.figures }))),
      figuresBlock("tacticTypes", "By tactic type", ["Tactic type"], analysis.tacticTypes.map((t) => ({ labels: [t.type], figures: t.figures }))),
      ...quarterBlocks(analysis),
      ...practiceBlocks(analysis),
      // Last, so that the tables above stay where earlier Dashboards had them (charts drawn over
      // them keep their ranges through a refresh that carries the drawing).
      financeBlock(analysis),
    ],
  };
}

/** One row of the Issues sheet, with where it links to. */
export interface IssueRow {
  readonly values: readonly LayoutValue[];
  /** Sheet and A1 cell the row links to, when known. */
  readonly link: { readonly sheet: string; readonly cell: string } | null;
}

/** Headers of the Issues sheet. */
export const ISSUE_HEADERS = ["Severity", "Code", "Table", "Row", "Column", "Partner", "Message", "Go to"] as const;

/** The Issues sheet rows, one per finding, in the engine's order. */
export function issueRows(analysis: Analysis): IssueRow[] {
  const partnerOf = findingPartners(analysis.plan);
  return analysis.findings.map((f) => {
    const link = f.sheet !== null ? { sheet: f.sheet, cell: f.cell ?? (f.row !== null ? `A${f.row}` : "A1") } : null;
    return {
      // The label is the reference as Excel's Go To box takes it: 'Joint Plan'!C4, quoted where needed.
      values: [f.severity, f.code, f.table, f.row, f.column, partnerOf(f), f.message, link ? cellReference(link.sheet, link.cell) : null],
      link,
    };
  });
}
