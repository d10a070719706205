/**
 * The HTML report by period (SPEC section 9): forecast against actual revenue and MDF spend per
 * period as charts, and the periods' figures as a table, each restricted to the report's filter.
 * By fiscal quarter unless the report asks for months (`--by month`) or one period (`--period`,
 * whose partners are then the page's own tables). Nothing when the plan has no period to cut.
 */
import type { Analysis, PeriodFigures } from "../../engine";
import { outsidePeriods } from "../../engine/figures";
import { selectFigures } from "../../engine/reportJson";
import type { ReportFilter } from "../../engine/reportJson";
import type { Granularity } from "../../model/fiscalCalendar";
import { centsToUnits } from "../../model/money";
import type { Currency } from "../../model/money";
import { metrics } from "../report/display";
import { chart } from "./charts";
import type { Item, ReportChart } from "./charts";
import { figuresTableHtml } from "./tables";
import type { FiguresRow } from "./tables";

/** The periods a report asked for (`--by`, `--period`) and their granularity. */
export interface HtmlPeriods {
  readonly granularity: Granularity;
  readonly periods: readonly PeriodFigures[];
}

/** The by-period table: plan, money, results and what is owed, per period. */
const PERIOD_COLUMNS = metrics("Requested", "Authorized", "Committed", "Spend", "Paid", "Payable", "Pending", "Revenue", "Forecast", "Attainment", "Overdue claims");

const money = (c: number | null): number | null => (c === null ? null : centsToUnits(c));

/** The periods shown: those asked for, else every quarter of the plan (none without a period). */
function shownPeriods(analysis: Analysis, asked: HtmlPeriods | undefined): HtmlPeriods {
  if (asked) return asked;
  const quarters = analysis.periods("quarter");
  return { granularity: "quarter", periods: "periods" in quarters ? quarters.periods : [] };
}

/** Each period as a chart category, with its figures within the filter. */
function periodItems(periods: readonly PeriodFigures[], filter: ReportFilter): Item[] {
  return periods.map((p) => ({ label: p.period.label, figures: selectFigures(p, filter).totals }));
}

/** The forecast vs actual chart and the spend per period chart. */
export function periodCharts(analysis: Analysis, filter: ReportFilter, currency: string, asked?: HtmlPeriods): ReportChart[] {
  const shown = shownPeriods(analysis, asked);
  const items = periodItems(shown.periods, filter);
  const unit = shown.granularity;
  const empty = `The plan has no Period start and Period end to cut into ${unit}s.`;
  const revenue = { name: "Revenue", values: items.map((i) => money(i.figures.revenue)) };
  return [
    // A Joint Plan row's Period names a quarter, so a month has no forecast: months chart revenue alone.
    unit === "quarter"
      ? chart(`Forecast and actual revenue by ${unit}`, `Forecast = Joint Plan rows naming the ${unit}; actual = revenue recorded in it (by outcome date).`, items, {
          kind: "money",
          currency,
          series: [{ name: "Forecast", values: items.map((i) => money(i.figures.forecast)) }, revenue],
        }, empty)
      : chart(`Revenue by ${unit}`, `Revenue recorded in each ${unit} (by outcome date). Forecasts are set per quarter (a Joint Plan row's Period): the report by quarter compares them.`, items, { kind: "money", currency, series: [revenue] }, empty),
    chart(`MDF spend by ${unit}`, `Authorized, approved and paid claims of the tactics starting in each ${unit} (lump sums by their Authorized on).`, items, {
      kind: "money",
      currency,
      series: [
        { name: "Authorized", values: items.map((i) => money(i.figures.authorized)) },
        { name: "Spend", values: items.map((i) => money(i.figures.spend)) },
        { name: "Paid", values: items.map((i) => money(i.figures.paid)) },
      ],
    }, empty),
  ];
}

/** The by-period figures table (`caption` for a page about one period); nothing when the plan has no periods. */
export function periodTable(analysis: Analysis, filter: ReportFilter, currency: Currency, asked: HtmlPeriods | undefined, caption?: string): string[] {
  const shown = shownPeriods(analysis, asked);
  if (shown.periods.length === 0) return [];
  const unit = shown.granularity === "quarter" ? "Quarter" : "Month";
  const items = periodItems(shown.periods, filter);
  const rows: FiguresRow[] = items.map((i) => ({ labels: [i.label], figures: i.figures }));
  // Every period listed (no caption: not a page about one): what they leave out, so they add up.
  const outside = caption === undefined ? outsidePeriods(selectFigures(analysis, filter).totals, items.map((i) => i.figures)) : undefined;
  if (outside) rows.push({ labels: ["Outside"], figures: outside });
  return [figuresTableHtml(caption ?? `By ${shown.granularity}`, [unit], rows, PERIOD_COLUMNS, currency)];
}
