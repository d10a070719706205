/**
 * The figures of each period of a plan (SPEC section 9): its fiscal quarters or months, made
 * when a host first asks for them, so an analysis nobody reads by period costs nothing more.
 */
import type { Granularity, Period } from "../model/fiscalCalendar";
import { MAX_PERIODS, periodsOf } from "../model/fiscalCalendar";
import type { Settings } from "../model/plan";
import type { GroupSums } from "./figures/aggregate";
import { emptySums, toFigures } from "./figures/figures";
import type { Figures, GroupKind } from "./figures/figures";
import { PairFigures } from "./figures/pairFigures";
import { aggregateByPeriod } from "./figures/periodSums";
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

/** Why a plan cannot be cut into periods, or undefined when it can. */
function periodProblem(settings: Settings, granularity: Granularity): string | undefined {
  const { periodStart, periodEnd, fiscalYearStart } = settings;
  if (periodStart === undefined || periodEnd === undefined) return "the plan has no Period start and Period end to cut into periods";
  if (periodEnd < periodStart) return "the plan's Period end is before its Period start";
  return periodsOf(periodStart, periodEnd, fiscalYearStart, granularity) === undefined ? `the plan period spans more than ${MAX_PERIODS} ${granularity}s` : undefined;
}

/** The figures by period: budgets are null (a period has none), forecasts only by quarter. */
export function planPeriods(data: PlanData, links: Links, index: PlanIndex, granularity: Granularity): PlanPeriods {
  const problem = periodProblem(data.settings, granularity);
  if (problem !== undefined) return { problem };
  const { periodStart, periodEnd, fiscalYearStart } = data.settings;
  const periods = periodsOf(periodStart as number, periodEnd as number, fiscalYearStart, granularity) ?? [];
  const sums = aggregateByPeriod(data, links, periods, granularity);
  const hasForecast = granularity === "quarter";
  const partnerKind: GroupKind = { hasBudget: true, hasForecast };
  const initiativeKind: GroupKind = { hasBudget: false, hasForecast };
  return {
    periods: periods.map((period, k) => {
      const s: GroupSums = sums[k];
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
