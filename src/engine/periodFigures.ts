/**
 * The figures of each period of a plan (SPEC section 9): its fiscal quarters, summed with the
 * whole plan in the analysis's one pass, or its months, summed when a host first asks for them.
 */
import type { Granularity, Period } from "../model/fiscalCalendar";
import { MAX_PERIODS, periodsOf } from "../model/fiscalCalendar";
import type { Settings } from "../model/plan";
import { aggregate, keyedSums } from "./figures/aggregate";
import type { LayerSums, PeriodRoute } from "./figures/aggregate";
import type { GroupLayer } from "./figures/groupTable";
import { emptySums, toFigures } from "./figures/figures";
import type { Figures, GroupKind } from "./figures/figures";
import { PairFigures } from "./figures/pairFigures";
import { periodRoute } from "./figures/periodSums";
import type { PlanWindow } from "./figures/periodSums";
import type { Links } from "./link/links";
import type { PlanData } from "./store/planData";
import type { PlanIndex } from "./view/planIndex";

/** A partner's or an initiative's figures within a period. */
export interface GroupFigures {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly figures: Figures;
}

/** The figures of one period. */
export interface PeriodFigures {
  readonly period: Period;
  readonly totals: Figures;
  /** One entry per partner of the Partners table, in sheet order. */
  readonly partners: readonly GroupFigures[];
  /** One entry per initiative of the Initiatives table, in sheet order. */
  readonly initiatives: readonly GroupFigures[];
  /** Figures of a partner within an initiative, in this period. */
  readonly pairs: PairFigures;
}

/** The periods of a plan, or why there are none to show. */
export type PlanPeriods = { readonly periods: readonly PeriodFigures[] } | { readonly problem: string };

/** The periods a plan is cut into at one granularity, or why it cannot be. */
export type PeriodCut = { readonly periods: readonly Period[]; readonly granularity: Granularity; readonly window: PlanWindow } | { readonly problem: string };

/**
 * The periods of a plan at a granularity: those overlapping its Period start..Period end, the
 * first and last cut at those days (a fiscal quarter of November-January in a plan starting on
 * 1 January is that quarter's January: its figures count no other day, and its dates say so).
 */
export function periodCut(settings: Settings, granularity: Granularity): PeriodCut {
  const { periodStart, periodEnd, fiscalYearStart } = settings;
  if (periodStart === undefined || periodEnd === undefined) return { problem: "the plan has no Period start and Period end to cut into periods" };
  if (periodEnd < periodStart) return { problem: "the plan's Period end is before its Period start" };
  const periods = periodsOf(periodStart, periodEnd, fiscalYearStart, granularity);
  if (periods === undefined) return { problem: `the plan period spans more than ${MAX_PERIODS} ${granularity}s` };
  const within = periods.map((p) => ({ ...p, start: Math.max(p.start, periodStart), end: Math.min(p.end, periodEnd) }));
  return { periods: within, granularity, window: { start: periodStart, end: periodEnd } };
}

/** The route of a cut's rows to `aggregate`, or undefined when the plan cannot be cut. */
export function routeOf(data: PlanData, links: Links, cut: PeriodCut): PeriodRoute | undefined {
  return "problem" in cut ? undefined : periodRoute(data, links, cut.periods, cut.granularity, cut.window);
}

/**
 * The figures by period: budgets are null (a period has none), forecasts only by quarter.
 * `summed`: the periods' sums when the analysis summed them with the whole plan; else they are
 * summed now, in a pass of their own.
 */
export function planPeriods(data: PlanData, links: Links, index: PlanIndex, cut: PeriodCut, summed?: readonly GroupLayer[]): PlanPeriods {
  if ("problem" in cut) return cut;
  const layers = summed ?? aggregate(data, links, routeOf(data, links, cut)).periods;
  const hasForecast = cut.granularity === "quarter";
  const partnerKind: GroupKind = { hasBudget: true, hasForecast };
  const initiativeKind: GroupKind = { hasBudget: false, hasForecast };
  return {
    periods: cut.periods.map((period, k) => {
      const s: LayerSums = keyedSums(data, links, layers[k]);
      return {
        period,
        totals: toFigures(s.total, partnerKind),
        partners: [...index.partners.values()].map((p) => ({ id: p.id.text, key: p.id.key, name: p.name, figures: toFigures(s.partners.get(p.id.key) ?? emptySums(), partnerKind) })),
        initiatives: [...index.initiatives.values()].map((i) => ({ id: i.id.text, key: i.id.key, name: i.name, figures: toFigures(s.initiatives.get(i.id.key) ?? emptySums(), initiativeKind) })),
        pairs: s.pairs.withKind(initiativeKind),
      };
    }),
  };
}
