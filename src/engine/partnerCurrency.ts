/**
 * Figures in the partners' own currencies: a partner whose `Partners[Currency]` differs from the
 * plan's gets its figures from the partner view of the plan (`Analysis.inPartnerCurrencies`),
 * where its amounts are summed as typed, in its currency; every other partner keeps the plan's.
 * The same holds within a period: a partner's quarter or month comes from the same period of the
 * partner view.
 */
import type { Granularity, Period } from "../model/fiscalCalendar";
import { periodPosition } from "../model/fiscalCalendar";
import { RateBook } from "../model/rateBook";
import type { Analysis, PartnerFigures } from "./analyze";
import { selectFigures } from "./figureSelection";
import { figuresJson, moneyUnknownJson } from "./figuresJson";
import type { FiguresOrUnknownJson } from "./figuresJson";
import type { FigureSource, ReportFilter } from "./figureSelection";

/**
 * A partner's figures with the currency they are in. `noRate`: that currency has no rate in the
 * Rates table, so the partner's rows count nowhere (V10) and its money in its own currency
 * cannot be known: a host shows "no rate" (JSON null), never the zeros `figures` hold.
 */
export type CurrencyFigures = PartnerFigures & { readonly currency: string; readonly noRate: boolean };

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
  const book = new RateBook(analysis.plan.rates);
  return partners.map((p) => {
    const currency = currencies.get(p.key);
    if (currency === undefined || own === undefined) return { ...p, currency: plan, noRate: false };
    const figures = selectFigures(own, { partnerKey: p.key, initiativeKey: filter.initiativeKey }).partners[0]?.figures ?? p.figures;
    return { ...p, currency, figures, noRate: !book.has(currency) };
  });
}


/** A partner as the JSON report lists it in its own currency: `currency`, `noRate`, its figures. */
export type OwnCurrencyJson = FiguresOrUnknownJson & { id: string; name: string; currency: string; noRate: boolean };

/** A partner of the JSON report: `currency` and `noRate` only in the partner view (then money may be null). */
export type PartnerJson = FiguresOrUnknownJson & { id: string; name: string; currency?: string; noRate?: boolean };

/** A partner in its own currency as JSON: without a rate for that currency, its money is null (unknown), never 0. */
export function ownCurrencyJson(p: CurrencyFigures): OwnCurrencyJson {
  return { id: p.id, name: p.name, currency: p.currency, noRate: p.noRate, ...(p.noRate ? moneyUnknownJson(p.figures) : figuresJson(p.figures)) };
}
