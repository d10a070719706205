/**
 * Money of a partner working in another currency than the plan's, written beside the plan
 * currency's in the pane's partner rows: "$10,800.00 (€10,000.00)".
 */
import type { Analysis, Figures } from "../engine";
import { inOwnCurrencies } from "../engine/partnerCurrency";
import { currency as currencyOf } from "../model/money";
import type { Cents, Currency } from "../model/money";
import { money } from "./format";

/** Writes a partner's figure in the plan currency, with its own currency's beside where they differ. */
export type PartnerMoney = (partnerKey: string, figure: (f: Figures) => Cents | null) => string;

/** The writer of partner money for an analysis (its partner view is made once, on the first foreign partner). */
export function partnerMoney(analysis: Analysis): PartnerMoney {
  const plan = analysis.plan.settings.currency;
  const own = new Map(inOwnCurrencies(analysis, analysis.partners).filter((p) => p.currency !== plan.code).map((p) => [p.key, { currency: currencyOf(p.currency), figures: p.figures, noRate: p.noRate }]));
  const planFigures = new Map(analysis.partners.map((p) => [p.key, p.figures]));
  return (key, figure) => {
    const figures = planFigures.get(key);
    const shown = money(figures ? figure(figures) : null, plan);
    const theirs = own.get(key);
    if (!theirs) return shown;
    // Without a rate its own amounts are counted nowhere: say so rather than show a zero.
    return `${shown} (${theirs.noRate ? `no ${theirs.currency.code} rate` : money(figure(theirs.figures), theirs.currency as Currency)})`;
  };
}

/**
 * Plan-currency money with a partner's own amount beside it when there is one: "$4,320.00
 * (€4,000.00)" for a tactic of a partner in euros, "$4,320.00" otherwise.
 */
export function withOwnAmount(cents: Cents, plan: Currency, own: { readonly currency: string; readonly cents: Cents } | undefined): string {
  const shown = money(cents, plan);
  return own === undefined ? shown : `${shown} (${money(own.cents, currencyOf(own.currency))})`;
}
