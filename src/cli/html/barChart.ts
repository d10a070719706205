/**
 * Bar charts drawn as SVG text with ECharts' server-side renderer: no browser, no script in the
 * page, nothing fetched. Undefined values (null) leave a gap instead of a zero bar.
 */
import * as echarts from "echarts";

/** How a chart's values read. */
export type ValueKind = "money" | "percent";

/** One series of bars. */
export interface BarSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/** A bar chart to draw. */
export interface BarChart {
  readonly categories: readonly string[];
  readonly series: readonly BarSeries[];
  readonly kind: ValueKind;
  /** Currency code for money axes. */
  readonly currency: string;
  /** A horizontal reference line (e.g. 1 for the 1:1 funding ideal). */
  readonly reference?: { readonly value: number; readonly label: string };
}

const PALETTE = ["#2F5597", "#70AD47", "#ED7D31", "#7F6084", "#4BACC6"];
const FONT = "Segoe UI, system-ui, -apple-system, Helvetica, Arial, sans-serif";
/** Up to this many categories the bars carry their value as a label. */
const LABELLED_BARS = 8;

/** Short axis numbers: 12k, 1.5M (with the currency symbol for money). */
function formatter(kind: ValueKind, currency: string): (value: number) => string {
  if (kind === "percent") return (v) => `${Math.round(v * 100)}%`;
  let compact: Intl.NumberFormat;
  try {
    compact = new Intl.NumberFormat("en-US", { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 });
  } catch {
    compact = new Intl.NumberFormat("en-US", { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 });
  }
  return (v) => compact.format(v);
}

/** Shortens long category labels so the axis stays readable. */
function shortLabel(text: string): string {
  return [...text].length > 18 ? `${[...text].slice(0, 17).join("")}…` : text;
}

/** The chart as a standalone SVG string of the given size (it scales with its viewBox). */
export function renderBarChart(chart: BarChart, width = 640, height = 340): string {
  const format = formatter(chart.kind, chart.currency);
  const many = chart.categories.length > 6;
  const instance = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    instance.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: FONT },
      legend: { top: 4, data: chart.series.map((s) => s.name) },
      // Rotated category labels hang left of their bar: leave them room so the first is not cut.
      grid: { left: many ? 48 : 12, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: {
        type: "category",
        data: chart.categories.map(shortLabel),
        axisLabel: { interval: 0, rotate: many ? 35 : 0, fontSize: 11 },
      },
      yAxis: { type: "value", axisLabel: { formatter: format } },
      series: chart.series.map((s, i) => ({
        name: s.name,
        type: "bar",
        barMaxWidth: 36,
        // ECharts reads "-" as a missing value: an undefined ratio is a gap, not a zero.
        data: s.values.map((v) => (v === null ? "-" : v)),
        label: {
          show: chart.categories.length <= LABELLED_BARS,
          position: "top",
          fontSize: 10,
          formatter: (p: { value: unknown }) => (typeof p.value === "number" ? format(p.value) : ""),
        },
        markLine:
          chart.reference && i === 0
            ? { symbol: "none", silent: true, lineStyle: { type: "dashed", color: "#7F7F7F" }, label: { formatter: chart.reference.label, position: "insideEndTop" }, data: [{ yAxis: chart.reference.value }] }
            : undefined,
      })),
    });
    return instance.renderToSVGString({ useViewBox: true });
  } finally {
    instance.dispose();
  }
}
