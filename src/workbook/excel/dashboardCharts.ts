/**
 * Native Excel charts on the Dashboard, drawn from the cells the dashboard just wrote (so they
 * follow the same numbers): MDF coverage per partner, spend against revenue per partner, ROI
 * by tactic type, and forecast against revenue and spend by fiscal quarter. They sit to the right of the figure tables, one under another.
 */
import { columnLetters } from "../../model/rawTable";
import { QUARTER_LABEL } from "../periodLayout";
import type { BlockPlacement } from "./dashboardSheet";
import type { XlWorksheet } from "./xlTypes";

/** One chart: its block, the series it plots and the labels along its axis. */
export interface ChartSpec {
  readonly name: string;
  readonly title: string;
  readonly block: string;
  readonly labels: string;
  readonly series: readonly string[];
}

/** The dashboard's charts. */
export const DASHBOARD_CHARTS: readonly ChartSpec[] = [
  { name: "JmpCoverageByPartner", title: "MDF coverage by partner", block: "partners", labels: "Partner", series: ["Coverage"] },
  { name: "JmpSpendRevenueByPartner", title: "Spend vs revenue by partner", block: "partners", labels: "Partner", series: ["Spend", "Revenue"] },
  { name: "JmpRoiByTacticType", title: "ROI by tactic type", block: "tacticTypes", labels: "Tactic type", series: ["ROI"] },
  { name: "JmpForecastActualByQuarter", title: "Forecast vs actual by quarter", block: "quarters", labels: QUARTER_LABEL, series: ["Forecast", "Revenue", "Spend"] },
];

/** Office.js calls the charts take at most (a chart: 5, a series: its ranges and settings, 7). */
export const CHART_CALLS = DASHBOARD_CHARTS.reduce((n, chart) => n + 5 + 7 * chart.series.length, 0);

/** Rows a chart takes on the sheet. */
const CHART_ROWS = 16;
/** Columns a chart takes on the sheet. */
const CHART_COLUMNS = 8;

/**
 * Queues the charts whose block has rows (an empty series is an error in Excel); returns the
 * names of the charts added. `right` is the first free column right of the tables.
 */
export function addDashboardCharts(sheet: XlWorksheet, placements: ReadonlyMap<string, BlockPlacement>, right: number): string[] {
  const added: string[] = [];
  let top = 4;
  for (const spec of DASHBOARD_CHARTS) {
    const block = placements.get(spec.block);
    const labelColumn = block?.column(spec.labels);
    const columns = spec.series.map((s) => block?.column(s));
    if (!block || block.rows === 0 || labelColumn === undefined || columns.some((c) => c === undefined)) continue;
    const cells = (column: number) => sheet.getRangeByIndexes(block.firstRow, column, block.rows, 1);

    const chart = sheet.charts.add("ColumnClustered", cells(columns[0] as number), "Columns");
    chart.name = spec.name;
    chart.title.text = spec.title;
    spec.series.forEach((name, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(name);
      if (i > 0) series.setValues(cells(columns[i] as number));
      series.name = name;
      series.setXAxisValues(cells(labelColumn));
    });
    chart.setPosition(`${columnLetters(right)}${top + 1}`, `${columnLetters(right + CHART_COLUMNS - 1)}${top + CHART_ROWS}`);
    top += CHART_ROWS + 1;
    added.push(spec.name);
  }
  return added;
}
