/**
 * One bar per row showing a part of a whole: coverage (aligned of requested), progress (claimed
 * of approved tactics), or an amount against the largest one (revenue by tactic type). Drawn by
 * Fluent's charts so they follow the theme; each bar is titled with the pane's own figure, so the
 * chart and the table beside it read the same. Rows whose whole is zero have nothing to draw.
 * A plan of thousands of partners draws only the bars that need attention: the lowest ratios.
 */
import { HorizontalBarChart } from "@fluentui/react-charts";
import type { ChartProps, HorizontalBarChartStyles } from "@fluentui/react-charts";
import { makeStyles, Text, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import { count } from "../format";

/** One bar. */
export interface RatioRow {
  readonly key: string;
  readonly label: string;
  readonly part: number;
  readonly whole: number;
  /** The figure shown after the label ("86.8%", "$625,100.00"). */
  readonly valueText: string;
  /** What the bar's tooltip and screen readers say ("aligned $25,000.00 of $30,000.00"). */
  readonly description: string;
}

/** Props of `RatioBars`. */
export interface RatioBarsProps {
  /** The chart's accessible name. */
  readonly label: string;
  /** The legend of the filled part. */
  readonly partName: string;
  readonly rows: readonly RatioRow[];
  /** The most bars drawn (default 25); beyond it, the rows with the lowest ratio are drawn. */
  readonly maxBars?: number;
}

/** The rows to draw: all with a whole, or the `max` lowest ratios in their given order. */
export function barsToDraw(rows: readonly RatioRow[], max: number): RatioRow[] {
  const drawable = rows.filter((r) => r.whole > 0);
  if (drawable.length <= max) return drawable;
  const lowest = new Set([...drawable].sort((a, b) => a.part / a.whole - b.part / b.whole).slice(0, max));
  return drawable.filter((r) => lowest.has(r));
}

const useStyles = makeStyles({
  chart: { margin: 0, width: "100%", minWidth: 0 },
  note: { color: tokens.colorNeutralForeground2 },
  // The library cuts long titles with an ellipsis; the pane wraps them instead.
  title: { whiteSpace: "normal", overflow: "visible", textOverflow: "clip", overflowWrap: "anywhere", color: tokens.colorNeutralForeground1 },
});

/** The bars, or nothing when no row has a whole. */
export function RatioBars({ label, partName, rows, maxBars = 25 }: RatioBarsProps) {
  const styles = useStyles();
  // One tab stop for the whole chart; the arrow keys move between its bars.
  const arrowKeys = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const drawable = rows.filter((r) => r.whole > 0).length;
  const shown = barsToDraw(rows, maxBars);
  if (shown.length === 0) return null;
  const data: ChartProps[] = shown.map((r) => ({
    chartTitle: `${r.label}: ${r.valueText}`,
    chartData: [
      {
        legend: partName,
        // A part above its whole fills the bar; the title still gives the true figure.
        horizontalBarChartdata: { x: Math.max(0, Math.min(r.part, r.whole)), total: r.whole },
        color: tokens.colorBrandBackground,
        xAxisCalloutData: r.label,
        yAxisCalloutData: r.description,
        callOutAccessibilityData: { ariaLabel: `${r.label}: ${r.description}` },
      },
    ],
  }));
  // The library merges each class it is given into its own and keeps its own for the rest.
  const titleStyles = { chartTitleLeft: styles.title } as HorizontalBarChartStyles;
  return (
    <figure className={styles.chart} aria-label={label} {...arrowKeys}>
      {drawable > shown.length && (
        <Text as="p" size={200} className={styles.note}>
          The {count(shown.length)} lowest of {count(drawable)} are drawn; the table lists them all.
        </Text>
      )}
      <HorizontalBarChart data={data} chartDataMode="hidden" styles={titleStyles} />
    </figure>
  );
}
