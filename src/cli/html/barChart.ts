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

/** Category labels keep this many characters: a partner's full name, mostly. */
const LABEL_CHARS = 26;

/** Shortens only very long category labels, with an ellipsis. */
function shortLabel(text: string): string {
  const chars = [...text];
  return chars.length > LABEL_CHARS ? `${chars.slice(0, LABEL_CHARS - 1).join("")}…` : text;
}

const NAME_FONT = 11;

/** Pixels left of the plot for the category names: their longest, at a generous 0.62 em per character, at most 45 % of the chart. */
function nameRoom(categories: readonly string[], width: number): number {
  const longest = categories.reduce((n, c) => Math.max(n, [...shortLabel(c)].length), 0);
  return Math.round(Math.min(width * 0.45, longest * NAME_FONT * 0.62 + 16));
}

/** Height of one category's band: room for each series' bar and its value label, so none overlap. */
const BAND_PER_SERIES = 16;

/**
 * The chart as a standalone SVG string (it scales with its viewBox). Bars run horizontally:
 * category names read level and whole on the left, value labels sit past the end of each bar,
 * and the reference line's label sits above the plot, never on a bar.
 */
export function renderBarChart(chart: BarChart, width = 640): string {
  const format = formatter(chart.kind, chart.currency);
  const band = chart.series.length * BAND_PER_SERIES + 12;
  const height = 84 + chart.categories.length * band;
  const instance = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    instance.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: FONT },
      legend: { top: 4, data: chart.series.map((s) => s.name) },
      // The names' room is reserved from their length rather than measured (server-side
      // rendering measures text narrower than a browser draws it, which cut the longest name);
      // on the right, room for the value label of the longest bar.
      grid: { left: nameRoom(chart.categories, width), right: 64, top: 48, bottom: 28 },
      yAxis: {
        type: "category",
        // The first category on top, as in the tables.
        inverse: true,
        data: chart.categories.map(shortLabel),
        axisLabel: { interval: 0, fontSize: NAME_FONT },
      },
      xAxis: { type: "value", axisLabel: { formatter: format, fontSize: 10, hideOverlap: true } },
      series: chart.series.map((s, i) => ({
        name: s.name,
        type: "bar",
        barMaxWidth: BAND_PER_SERIES - 4,
        // ECharts reads "-" as a missing value: an undefined ratio is a gap, not a zero.
        data: s.values.map((v) => (v === null ? "-" : v)),
        label: {
          show: true,
          position: "right",
          fontSize: 10,
          formatter: (p: { value: unknown }) => (typeof p.value === "number" ? format(p.value) : ""),
        },
        markLine:
          chart.reference && i === 0
            ? {
                symbol: "none",
                silent: true,
                lineStyle: { type: "dashed", color: "#7F7F7F" },
                // With the categories top-down, the line starts above the plot area: its label
                // sits there, clear of every bar and of the axis labels below.
                label: { formatter: chart.reference.label, position: "start", fontSize: 10, color: "#595959" },
                data: [{ xAxis: chart.reference.value }],
              }
            : undefined,
      })),
    });
    return instance.renderToSVGString({ useViewBox: true });
  } finally {
    instance.dispose();
  }
}
