/**
 * Figures in the partners' own currencies: a partner whose `Partners[Currency]` differs from the
 * plan's gets its figures from the partner view of the plan (`Analysis.inPartnerCurrencies`),
 * where its amounts are summed as typed, in its currency; every other partner keeps the plan's.
 * The same holds within a period: a partner's quarter or month comes from the same period of the
 * partner view.
 */
import type { Granularity, Period } from "../model/fiscalCalendar";
import { periodPosition } from "../model/fiscalCalendar";
import type { Analysis, PartnerFigures } from "./analyze";
import { selectFigures } from "./figureSelection";
import type { FigureSource, ReportFilter } from "./figureSelection";

/** A partner's figures with the currency they are in. */
export type CurrencyFigures = PartnerFigures & { readonly currency: string };

/** The currency of each partner (by key) that differs from the plan currency. */
export function partnerCurrencies(analysis: Analysis): ReadonlyMap<string, string> {
  const plan = analysis.plan.settings.currency.code;
  const out = new Map<string, string>();
  for (const p of analysis.plan.partners) if (p.currency !== "" && p.currency !== plan && p.id.key !== "") out.set(p.id.key, p.currency);
  return out;
}

/** One period of a plan, by its granularity and label (`quarter`, `FY2027-Q1`). */
export interface PeriodRef {
  readonly granularity: Granularity;
  readonly label: string;
}

/** The reference of one of a plan's periods, by its label: a quarter's is `FY2027-Q1`, a month's `2026-07`. */
export function periodRefOf(period: Period): PeriodRef {
  return { granularity: /-Q\d$/.test(period.label) ? "quarter" : "month", label: period.label };
}

/** The partner view's figures of the whole plan, or of one period of it. */
function ownSource(own: Analysis | undefined, period: PeriodRef | undefined): FigureSource | undefined {
  if (own === undefined || period === undefined) return own;
  const cut = own.periods(period.granularity);
  if (!("periods" in cut)) return undefined;
  return cut.periods[periodPosition(cut.periods.map((p) => p.period), period.label)];
}

/**
 * `partners` (a selection of the analysis, or of its `period`, made with `filter`) with each
 * partner in another currency given its figures in that currency, restricted to the same
 * initiative (and period).
 */
export function inOwnCurrencies(analysis: Analysis, partners: readonly PartnerFigures[], filter: ReportFilter = {}, period?: PeriodRef): CurrencyFigures[] {
  const plan = analysis.plan.settings.currency.code;
  const currencies = partnerCurrencies(analysis);
  const own = currencies.size === 0 ? undefined : ownSource(analysis.inPartnerCurrencies(), period);
  return partners.map((p) => {
    const currency = currencies.get(p.key);
    if (currency === undefined || own === undefined) return { ...p, currency: plan };
    const figures = selectFigures(own, { partnerKey: p.key, initiativeKey: filter.initiativeKey }).partners[0]?.figures ?? p.figures;
    return { ...p, currency, figures };
  });
}
