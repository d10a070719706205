/**
 * The report by period (SPEC section 9): `periods: [{period, start, end, totals, partners,
 * initiatives}]`, each period's figures restricted to the report's filter as the whole plan's
 * are. Shared by the `--json` and `--csv` reports. In the partner view (`--currency partner`) each
 * period's partner rows are in the partners' own currencies, each naming its currency, as the
 * report's partners are; the period totals stay in the plan currency.
 */
import { isoFromDay } from "../model/dates";
import type { Granularity } from "../model/fiscalCalendar";
import { periodPosition } from "../model/fiscalCalendar";
import type { Analysis } from "./analyze";
import { inOwnCurrencies, ownCurrencyJson, periodRefOf } from "./partnerCurrency";
import type { PartnerJson } from "./partnerCurrency";
import type { PeriodFigures } from "./periodFigures";
import { figuresJson } from "./figuresJson";
import type { FiguresJson } from "./figuresJson";
import { selectFigures } from "./figureSelection";
import type { ReportFilter } from "./figureSelection";

/** One period of the report. */
export interface PeriodJson {
  /** Its label: `FY2027-Q1` or `2026-07`. */
  period: string;
  start: string;
  end: string;
  totals: FiguresJson;
  /** `currency` and `noRate` only in the partner view: the currency of the partner's figures, and whether it lacks a rate. */
  partners: PartnerJson[];
  initiatives: (FiguresJson & { id: string; name: string })[];
}

/** Which periods a report shows: every quarter or month, or the one labelled `label`. */
export interface PeriodChoice {
  readonly granularity: Granularity;
  readonly label?: string;
}

/** The chosen periods' figures, or why there are none (no plan period, an unknown label). */
export function choosePeriods(analysis: Analysis, choice: PeriodChoice): { periods: readonly PeriodFigures[] } | { problem: string } {
  const all = analysis.periods(choice.granularity);
  if (!("periods" in all) || choice.label === undefined) return all;
  const at = periodPosition(all.periods.map((p) => p.period), choice.label);
  if (at >= 0) return { periods: [all.periods[at]] };
  // A quarter's label asked of months (or a month's of quarters): say so, not "unknown".
  const other: Granularity = choice.granularity === "quarter" ? "month" : "quarter";
  const others = analysis.periods(other);
  if ("periods" in others && periodPosition(others.periods.map((p) => p.period), choice.label) >= 0) {
    const labels = all.periods.map((p) => p.period.label);
    const span = labels.length === 0 ? "" : ` (${labels[0]} to ${labels[labels.length - 1]})`;
    return { problem: `"${choice.label.trim()}" is a ${other}, not one of the ${choice.granularity}s the report is by${span}` };
  }
  return { problem: `unknown period "${choice.label.trim()}" (${knownPeriods(analysis)})` };
}

/** The labels a `--period` may take, quarters and months, as a hint: "the plan's quarters are FY2026-Q1 to FY2026-Q4, its months 2026-01 to 2026-12". */
function knownPeriods(analysis: Analysis): string {
  const span = (granularity: Granularity): string | undefined => {
    const cut = analysis.periods(granularity);
    const labels = "periods" in cut ? cut.periods.map((p) => p.period.label) : [];
    return labels.length === 0 ? undefined : `${labels[0]} to ${labels[labels.length - 1]}`;
  };
  const quarters = span("quarter");
  const months = span("month");
  // Either may be missing: a plan of more months than can be listed still has its quarters.
  const known = [quarters && `quarters are ${quarters}`, months && `months ${months}`].filter(Boolean);
  return known.length === 0 ? "the plan has none" : `the plan's ${known.join(", its ")}`;
}

/**
 * Periods as JSON, restricted to the filter. `partnerView`: the analysis the periods are of, when
 * the partners are to be listed in their own currencies.
 */
export function periodsJson(periods: readonly PeriodFigures[], filter: ReportFilter = {}, partnerView?: Analysis): PeriodJson[] {
  return periods.map((p) => {
    const selected = selectFigures(p, filter);
    return {
      period: p.period.label,
      start: isoFromDay(p.period.start),
      end: isoFromDay(p.period.end),
      totals: figuresJson(selected.totals),
      partners: partnerView
        ? inOwnCurrencies(partnerView, selected.partners, filter, periodRefOf(p.period)).map(ownCurrencyJson)
        : selected.partners.map((x) => ({ id: x.id, name: x.name, ...figuresJson(x.figures) })),
      initiatives: selected.initiatives.map((x) => ({ id: x.id, name: x.name, ...figuresJson(x.figures) })),
    };
  });
}
