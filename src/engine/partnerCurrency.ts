/**
 * Figures in the partners' own currencies: a partner whose `Partners[Currency]` differs from the
 * plan's gets its figures from the partner view of the plan (`Analysis.inPartnerCurrencies`),
 * where its amounts are summed as typed, in its currency; every other partner keeps the plan's.
 */
import type { Analysis, PartnerFigures } from "./analyze";
import { selectFigures } from "./figureSelection";
import type { ReportFilter } from "./figureSelection";

/** A partner's figures with the currency they are in. */
export type CurrencyFigures = PartnerFigures & { readonly currency: string };

/** The currency of each partner (by key) that differs from the plan currency. */
export function partnerCurrencies(analysis: Analysis): ReadonlyMap<string, string> {
  const plan = analysis.plan.settings.currency.code;
  const out = new Map<string, string>();
  for (const p of analysis.plan.partners) if (p.currency !== "" && p.currency !== plan && p.id.key !== "") out.set(p.id.key, p.currency);
  return out;
}

/**
 * `partners` (a selection of the analysis, made with `filter`) with each partner in another
 * currency given its figures in that currency, restricted to the same initiative.
 */
export function inOwnCurrencies(analysis: Analysis, partners: readonly PartnerFigures[], filter: ReportFilter = {}): CurrencyFigures[] {
  const plan = analysis.plan.settings.currency.code;
  const currencies = partnerCurrencies(analysis);
  const own = currencies.size === 0 ? undefined : analysis.inPartnerCurrencies();
  return partners.map((p) => {
    const currency = currencies.get(p.key);
    if (currency === undefined || own === undefined) return { ...p, currency: plan };
    const figures = selectFigures(own, { partnerKey: p.key, initiativeKey: filter.initiativeKey }).partners[0]?.figures ?? p.figures;
    return { ...p, currency, figures };
  });
}
