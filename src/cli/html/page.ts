/**
 * `jmp report --html FILE`: one self-contained page (inline CSS and SVG, no script, no outside
 * address) with the headline figures, the charts (by partner, type, initiative and quarter),
 * every figures table (funding, results and finance) and the findings. About one period (`--period`), the headline figures,
 * partner and initiative charts and tables are the period's, named under the heading.
 */
import type { Analysis, Figures, PartnerFigures } from "../../engine";
import { bestPractice } from "../../engine/bestPractice";
import { selectTactics, selectTargets } from "../../engine/planVsActual";
import type { ReportFilter, ReportSelection } from "../../engine/reportJson";
import type { CurrencyView } from "../../engine/read";
import { countFindings } from "../../model/findings";
import { currency as currencyOf } from "../../model/money";
import type { Currency } from "../../model/money";
import { dashboardLayout, METRIC_COLUMNS } from "../../workbook/layout";
import { displayValue, FINANCE_SUMMARY, PERIOD_FINANCE_SUMMARY } from "../report/display";
import { focusLine, partnersInOwnCurrencies } from "../report/periodFocus";
import { noRateNote } from "../report/noRateNote";
import type { PeriodFocus } from "../report/periodFocus";
import { reportCharts } from "./charts";
import type { ReportChart } from "./charts";
import { escapeHtml } from "./escape";
import { periodCharts, periodTable } from "./periodSections";
import type { HtmlPeriods } from "./periodSections";
import { figuresTableHtml, findingsTableHtml, FUNDING_COLUMNS, RESULT_COLUMNS } from "./tables";
import type { FiguresRow } from "./tables";
import { figureWidthEm, REPORT_CSS } from "./style";
import { bestPracticeHtml } from "./bestPracticeHtml";
import { planVsActualHtml } from "./planVsActualHtml";
import { findingsPhrase } from "../words";

/** Headline figures shown as cards above the charts. */
const KPI_HEADERS = ["Authorized", "Coverage", "Alignment", "Spend", "Utilization", "Revenue", "ROI", "Attainment", "Progress", "Overdue claims", "Unclaimed after window"];

function kpis(totals: Figures, currency: Currency, findings: string): string {
  const cards = METRIC_COLUMNS.filter((m) => KPI_HEADERS.includes(m.header)).map((m) => ({ label: m.header, value: displayValue(m.value(totals), m.format, currency), words: false }));
  // The findings card says words ("3 errors, 12 warnings"): they may wrap, where a number may not.
  cards.push({ label: "Findings", value: findings, words: true });
  const value = (c: (typeof cards)[number]) => (c.words ? `<div class="value words">` : `<div class="value" style="--em: ${figureWidthEm(c.value)}">`);
  return `<section class="kpis">${cards.map((c) => `<div class="kpi"><div class="label">${escapeHtml(c.label)}</div>${value(c)}${escapeHtml(c.value)}</div></div>`).join("")}</section>`;
}

/** The funding columns of groupings that have no budget: initiatives, tactic types, a period's partners. */
const FUNDING_WITHOUT_BUDGET = FUNDING_COLUMNS.filter((c) => c.header !== "Budget");

/**
 * A grouping's funding table and its results table, and with `finance` its finance table (what
 * is left, committed, owed and pending). Only partners have budgets, and only for the whole plan
 * (not within a period or an initiative): other tables leave Budget (and Remaining) out rather
 * than show columns of dashes.
 */
function figureTables(caption: string, labelHeaders: readonly string[], rows: readonly FiguresRow[], currency: Currency, budgets: boolean, total?: FiguresRow, finance = false): string[] {
  const tables = [
    figuresTableHtml(`${caption}: funding and claims`, labelHeaders, rows, budgets ? FUNDING_COLUMNS : FUNDING_WITHOUT_BUDGET, currency, total),
    figuresTableHtml(`${caption}: results`, labelHeaders, rows, RESULT_COLUMNS, currency, total),
  ];
  if (finance) tables.push(figuresTableHtml(`${caption}: finance`, labelHeaders, rows, budgets ? FINANCE_SUMMARY : PERIOD_FINANCE_SUMMARY, currency, total));
  return tables;
}

/**
 * The labels and rows of a table by partner: in the partner view (`--currency partner`) with a
 * Currency column and each partner's money in its own currency; the totals row in the plan's.
 */
function partnerTable(partners: readonly (PartnerFigures & { readonly currency?: string; readonly noRate?: boolean })[], totals: Figures, totalLabel: string, currency: Currency): { headers: string[]; rows: FiguresRow[]; total: FiguresRow } {
  const own = partners.some((p) => p.currency !== undefined);
  if (!own) return { headers: ["Partner ID", "Partner"], rows: partners.map((p) => ({ labels: [p.id, p.name], figures: p.figures })), total: { labels: [totalLabel, ""], figures: totals } };
  return {
    headers: ["Partner ID", "Partner", "Currency"],
    rows: partners.map((p) => ({ labels: [p.id, p.name, p.currency ?? currency.code], figures: p.figures, currency: p.currency === undefined ? undefined : currencyOf(p.currency), noRate: p.noRate })),
    total: { labels: [totalLabel, "", currency.code], figures: totals },
  };
}

/** What the report shows beyond its selection: periods asked for and the currency of partners. */
export interface HtmlReportOptions {
  /** `--by`/`--period`: the periods to show (else every quarter of the plan). */
  readonly periods?: HtmlPeriods;
  /** `--currency partner`: each partner's figures in its own currency. */
  readonly currencyView?: CurrencyView;
  /** `--period`: the one period the page is about, in place of the whole plan. */
  readonly focus?: PeriodFocus;
}

/** The header's lines under the title: the period a focused page is about, and what stays the whole plan's. */
function focusNote(focus: PeriodFocus | undefined): string {
  if (!focus) return "";
  return `<div class="scope">${escapeHtml(focusLine(focus))}</div><div class="scope">What works best, plan vs actual and the findings cover all periods: they have no per-period figures.</div>`;
}

function chartFigure(chart: ReportChart): string {
  const body = chart.svg ? `<div class="wide">${chart.svg.wide}</div><div class="narrow">${chart.svg.narrow}</div>` : `<p class="empty">${escapeHtml(chart.empty)}</p>`;
  return `<figure><h3>${escapeHtml(chart.title)}</h3><p class="note">${escapeHtml(chart.note)}</p>${body}</figure>`;
}

/**
 * The report's own Content-Security-Policy: the page is static (inline CSS and server-rendered
 * SVG, no script), so nothing may run, load or connect. Inline styles stay allowed: the charts'
 * SVG carries style attributes, and styles cannot run code.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * The whole HTML document. `scope` describes the filter ("" for the whole plan); `filter` is the
 * one that made `planSelection`, for the sections built per tactic (what works best, plan vs
 * actual) and by period; with a focus (`options.focus`) the page is about that period.
 */
export function htmlReport(analysis: Analysis, planSelection: ReportSelection, scope: string, filter: ReportFilter = {}, options: HtmlReportOptions = {}): string {
  const layout = dashboardLayout(analysis);
  const currency = analysis.plan.settings.currency;
  const filtered = scope !== "";
  const { focus } = options;
  const selection = focus?.selection ?? planSelection;
  const findingsText = findingsPhrase(countFindings(selection.findings));
  const totalLabel = filtered ? "Selection" : "Total";
  const practice = bestPractice(analysis, filter.partnerKey, filter.initiativeKey);
  const partnerView = options.currencyView === "partner";
  const own = partnerView ? partnersInOwnCurrencies(analysis, selection.partners, filter, focus) : undefined;
  const byPartner = partnerTable(own ?? selection.partners, selection.totals, totalLabel, currency);
  const noRate = own && noRateNote(own);
  const viewNote = partnerView ? `<div class="scope">Partners in their own currencies; totals, charts and periods in ${escapeHtml(currency.code)}.</div>${noRate ? `<div class="scope">${escapeHtml(noRate)}</div>` : ""}` : "";
  const within = focus ? ` in ${focus.period.label}` : "";
  // Budgets are the partners' for the whole plan: none within a period or an initiative.
  const partnerBudgets = !focus && filter.initiativeKey === undefined;
  const sections = [
    `<header><h1>${escapeHtml(layout.title)}</h1><div class="subtitle">${escapeHtml(layout.subtitle)}</div>${focusNote(focus)}${filtered ? `<div class="scope">Selection: ${escapeHtml(scope)}</div>` : ""}${viewNote}</header>`,
    kpis(selection.totals, currency, findingsText),
    `<h2>Charts</h2><section class="charts">${[...reportCharts(selection, currency.code, practice.types, focus !== undefined), ...periodCharts(analysis, filter, currency.code, options.periods)].map(chartFigure).join("\n")}</section>`,
    `<h2>Figures</h2>`,
    ...figureTables(focus ? `Partners${within}` : "By partner", byPartner.headers, byPartner.rows, currency, partnerBudgets, byPartner.total, true),
    ...figureTables(focus ? `Initiatives${within}` : "By initiative", ["Initiative ID", "Initiative"], selection.initiatives.map((i) => ({ labels: [i.id, i.name], figures: i.figures })), currency, false, { labels: [totalLabel, ""], figures: selection.totals }, true),
    ...periodTable(analysis, filter, currency, options.periods, focus && `Totals${within}`),
  ];
  // Tactic types have no per-period figures: a page about one period leaves them out.
  if (!filtered && !focus) {
    sections.push(...figureTables("By tactic type", ["Tactic type"], selection.tacticTypes.map((t) => ({ labels: [t.type], figures: t.figures })), currency, false));
  }
  sections.push(bestPracticeHtml(practice, currency), planVsActualHtml(selectTargets(analysis, filter.initiativeKey), selectTactics(analysis, filter), currency));
  sections.push(`<h2>Findings</h2>`, findingsTableHtml(selection.findings));
  sections.push(`<footer>Figures as defined in the JMP Planner metrics: money in ${escapeHtml(currency.code)}, ratios blank (—) where their denominator is zero.</footer>`);
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(layout.title)} — JMP report</title><style>${REPORT_CSS}</style></head>`,
    `<body><main>\n${sections.join("\n")}\n</main></body>`,
    "</html>",
    "",
  ].join("\n");
}
