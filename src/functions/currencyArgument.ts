/**
 * The optional currency argument of the money functions (`=JMP.AUTHORIZED("P-101",,,"EUR")`):
 * blank means the plan currency; a partner's own currency gives its figures as its rows were
 * typed (the partner view of the plan); any other code converts the plan-currency figure at
 * that currency's latest rate, once, half away from zero.
 */
import type { Analysis } from "../engine";
import { isIsoCurrency } from "../model/currencyCodes";
import { convertCents, crossRatio } from "../model/exchange";
import { centsToUnits, exponentOf, minorUnitStep, unitsToCents } from "../model/money";
import { RateBook } from "../model/rateBook";
import type { FunctionFailure, FunctionResult } from "./errors";
import { FAILURES } from "./errors";

/** A currency argument: omitted or blank is undefined (the plan currency); an ISO 4217 code upper-cased; anything else `#VALUE!`. */
export function readCurrency(value: unknown): string | undefined | FunctionFailure {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return undefined;
  if (typeof value === "string" && isIsoCurrency(value)) return value.trim().toUpperCase();
  return FAILURES.wrongArgument("currency", "an ISO 4217 currency code such as EUR (blank for the plan currency)");
}

/**
 * The analysis whose figures answer a partner asked in `currency`: the partner view when that is
 * the partner's own currency (and not the plan's), else undefined. `#N/A` when that currency
 * has no rate: the partner's rows then count nowhere (V10), so its figure in it is not known.
 */
export function ownCurrencyAnalysis(analysis: Analysis, currency: string | undefined, partnerKey: string | undefined): Analysis | undefined | FunctionFailure {
  if (currency === undefined || partnerKey === undefined || currency === analysis.plan.settings.currency.code) return undefined;
  const partner = analysis.plan.partners.find((p) => p.id.key === partnerKey);
  if (partner?.currency !== currency) return undefined;
  if (!new RateBook(analysis.plan.rates).has(currency)) return FAILURES.noOwnRate(currency, partner.id.text);
  return analysis.inPartnerCurrencies();
}

/**
 * A plan-currency amount (units) in `currency` at its latest rate, rounded once to that
 * currency's smallest unit (the cent, the whole yen, the fils of a currency with three
 * decimals); the amount itself for the plan currency.
 */
export function fromPlanCurrency(analysis: Analysis, units: number, currency: string | undefined): FunctionResult {
  if (currency === undefined || currency === analysis.plan.settings.currency.code) return units;
  const rate = new RateBook(analysis.plan.rates).latest(currency);
  if (rate === undefined) return FAILURES.noRate(currency) as FunctionFailure;
  const exponent = exponentOf(currency);
  // A cell holds the fils the engine's cents cannot: the plan amount in thousandths, converted once.
  if (exponent > 2) return convertCents(unitsToCents(units) * 10 ** (exponent - 2), crossRatio(undefined, rate)) / 10 ** exponent;
  return centsToUnits(convertCents(unitsToCents(units), crossRatio(undefined, rate, minorUnitStep(currency))));
}
