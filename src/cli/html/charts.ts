/**
 * The four charts of the HTML report, built from a report selection: funding coverage and
 * alignment per partner, spend against revenue per partner, ROI per tactic type, and forecast
 * against actual revenue per initiative.
 */
import type { Figures } from "../../engine";
import type { PracticeRow } from "../../engine/bestPractice";
import type { ReportSelection } from "../../engine/reportJson";
import { centsToUnits } from "../../model/money";
import { renderBarChart } from "./barChart";
import type { BarChart } from "./barChart";

/** A chart of the report: its title, a note on what it shows, and the SVG or why there is none. */
export interface ReportChart {
  readonly title: string;
  readonly note: string;
  /** The chart drawn for a wide page and for a phone, or null when there is nothing to draw. */
  readonly svg: { readonly wide: string; readonly narrow: string } | null;
  /** Shown instead of the chart when `svg` is null. */
  readonly empty: string;
}

/** Charts show at most this many bars per series; the largest are kept. */
export const MAX_CATEGORIES = 20;

/** One category of a chart: its label and figures. */
export interface Item {
  readonly label: string;
  readonly figures: Figures;
}

/** The `MAX_CATEGORIES` items with the largest `weight`, in their original order. */
function largest(items: readonly Item[], weight: (f: Figures) => number): { kept: Item[]; note: string } {
  if (items.length <= MAX_CATEGORIES) return { kept: [...items], note: "" };
  const chosen = new Set([...items].sort((a, b) => weight(b.figures) - weight(a.figures)).slice(0, MAX_CATEGORIES));
  return { kept: items.filter((i) => chosen.has(i)), note: ` The ${MAX_CATEGORIES} largest of ${items.length} are shown.` };
}

const money = (c: number | null): number | null => (c === null ? null : centsToUnits(c));

/** Drawing widths in px: a chart column on a wide page, and a phone's screen. */
const WIDE_CHART = 640;
const NARROW_CHART = 360;

const NOTHING_YET = "Nothing to chart yet.";

/** A chart of labelled items (a bar group each), or the `empty` text when there are none. */
export function chart(title: string, note: string, items: readonly { readonly label: string }[], spec: Omit<BarChart, "categories">, empty = NOTHING_YET): ReportChart {
  if (items.length === 0) return { title, note, empty, svg: null };
  const bars = { ...spec, categories: items.map((i) => i.label) };
  // A phone gets a chart drawn at its width, so its text is not scaled down to a squint.
  return { title, note, empty, svg: { wide: renderBarChart(bars, WIDE_CHART), narrow: renderBarChart(bars, NARROW_CHART) } };
}

/**
 * Every chart of the report for a selection. ROI by tactic type charts the best-practice ranking
 * (`practiceTypes`, best ROI first), which a partner filter narrows rather than drops;
 * `typesOfWholePlan` names it as covering all periods on a page about one period.
 */
export function reportCharts(selection: ReportSelection, currency: string, practiceTypes: readonly PracticeRow[], typesOfWholePlan = false): ReportChart[] {
  const partners: Item[] = selection.partners.map((p) => ({ label: p.name || p.id, figures: p.figures }));
  const initiatives: Item[] = selection.initiatives.map((i) => ({ label: i.name || i.id, figures: i.figures }));
  const types = practiceTypes.filter((t) => t.roi !== null);

  const funding = largest(partners, (f) => f.authorized + f.requested);
  const results = largest(partners, (f) => f.spend + f.revenue);
  const plans = largest(initiatives, (f) => (f.forecast ?? 0) + f.revenue);
  return [
    chart("Coverage and alignment by partner", `Coverage = aligned / requested; alignment = aligned / authorized. The 1:1 ideal is 100 % for both.${funding.note}`, funding.kept, {
      kind: "percent",
      currency,
      series: [
        { name: "Coverage", values: funding.kept.map((i) => i.figures.coverage) },
        { name: "Alignment", values: funding.kept.map((i) => i.figures.alignment) },
      ],
      reference: { value: 1, label: "1:1" },
    }),
    chart("MDF spend and revenue by partner", `Spend = approved and paid claims; revenue = recorded outcomes.${results.note}`, results.kept, {
      kind: "money",
      currency,
      series: [
        { name: "Spend", values: results.kept.map((i) => money(i.figures.spend)) },
        { name: "Revenue", values: results.kept.map((i) => money(i.figures.revenue)) },
      ],
    }),
    chart(
      // Types have no per-period figures: beside one period's charts this one says it covers all periods.
      typesOfWholePlan ? "ROI by tactic type (all periods)" : "ROI by tactic type",
      "ROI = (revenue - spend) / spend, counting outcomes recorded against a tactic; best first. Types with no spend yet are left out.",
      types.map((t) => ({ label: t.tooFew ? `${t.type} *` : t.type })),
      {
        kind: "percent",
        currency,
        series: [{ name: "ROI", values: types.map((t) => t.roi) }],
        reference: { value: 0, label: "break-even" },
      },
    ),
    chart("Forecast and actual revenue by initiative", `Forecast = Joint Plan forecast revenue; actual = recorded revenue.${plans.note}`, plans.kept, {
      kind: "money",
      currency,
      series: [
        { name: "Forecast", values: plans.kept.map((i) => money(i.figures.forecast)) },
        { name: "Revenue", values: plans.kept.map((i) => money(i.figures.revenue)) },
      ],
    }),
  ];
}
