/**
 * The HTML report by fiscal quarter (SPEC section 9): forecast against actual revenue and MDF
 * spend per quarter as charts, and the quarters' figures as a table, each restricted to the
 * report's filter. Nothing when the plan has no period to cut into quarters.
 */
import type { Analysis } from "../../engine";
import { selectFigures } from "../../engine/reportJson";
import type { ReportFilter } from "../../engine/reportJson";
import { centsToUnits } from "../../model/money";
import type { Currency } from "../../model/money";
import { metrics } from "../report/display";
import { chart } from "./charts";
import type { Item, ReportChart } from "./charts";
import { figuresTableHtml } from "./tables";

/** The by-quarter table: plan, money, results and what is owed, per quarter. */
const QUARTER_COLUMNS = metrics("Requested", "Authorized", "Spend", "Paid", "Payable", "Pending", "Revenue", "Forecast", "Attainment", "Overdue claims");

const money = (c: number | null): number | null => (c === null ? null : centsToUnits(c));

/** Each quarter as a chart category, with its figures within the filter. */
function quarterItems(analysis: Analysis, filter: ReportFilter): Item[] {
  const quarters = analysis.periods("quarter");
  return "periods" in quarters ? quarters.periods.map((q) => ({ label: q.period.label, figures: selectFigures(q, filter).totals })) : [];
}

/** The forecast vs actual chart and the spend per quarter chart. */
export function quarterCharts(analysis: Analysis, filter: ReportFilter, currency: string): ReportChart[] {
  const items = quarterItems(analysis, filter);
  const empty = "The plan has no Period start and Period end to cut into quarters.";
  return [
    chart("Forecast and actual revenue by quarter", "Forecast = Joint Plan rows naming the quarter; actual = revenue recorded in it (by outcome date).", items, {
      kind: "money",
      currency,
      series: [
        { name: "Forecast", values: items.map((i) => money(i.figures.forecast)) },
        { name: "Revenue", values: items.map((i) => money(i.figures.revenue)) },
      ],
    }, empty),
    chart("MDF spend by quarter", "Authorized, approved and paid claims of the tactics starting in each quarter (lump sums by their Authorized on).", items, {
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

/** The by-quarter figures table, or nothing when the plan has no quarters. */
export function quarterTables(analysis: Analysis, filter: ReportFilter, currency: Currency): string[] {
  const items = quarterItems(analysis, filter);
  return items.length === 0 ? [] : [figuresTableHtml("By quarter", ["Quarter"], items.map((i) => ({ labels: [i.label], figures: i.figures })), QUARTER_COLUMNS, currency)];
}
