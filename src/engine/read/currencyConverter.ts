/**
 * Converts amounts between the plan currency and the partners' currencies at the rates in force,
 * exactly (model/exchange.ts): one rounding per amount, half away from zero, to the target
 * currency's smallest unit (a cent; a whole yen).
 */
import type { DecimalRate, Ratio } from "../../model/exchange";
import { crossRatio, SAME_CURRENCY, toPlanRatio } from "../../model/exchange";
import { minorUnitStep } from "../../model/money";
import type { NoRate, RateBook } from "../../model/rateBook";

/** A conversion, or why it cannot be made. */
export type Conversion = Ratio | NoRate;

/** Ratios between currencies on a day, looked up through one cache. */
export class CurrencyConverter {
  private readonly ratios = new Map<string, Ratio>();
  /** Per rate of the book (one object per Rates row): converting at it into the plan currency. */
  private readonly toPlanRatios = new Map<DecimalRate, Ratio>();
  /** Cents in the plan currency's smallest unit. */
  private readonly planStep: number;

  constructor(
    private readonly book: RateBook,
    /** The plan currency's code: its rate is 1. */
    readonly planCurrency: string,
  ) {
    this.planStep = minorUnitStep(planCurrency);
  }

  /** The rate of a currency on a day (NaN: the latest); undefined for the plan currency, whose rate is 1. */
  private rateOn(currency: string, day: number): DecimalRate | undefined | NoRate {
    return currency === this.planCurrency ? undefined : this.book.rateOn(currency, day);
  }

  /**
   * What converts amounts in `from` (not the plan currency) into the plan currency on `day`:
   * the path every row of a partner in another currency takes, so it builds no key.
   */
  toPlan(from: string, day: number): Conversion {
    const rate = this.book.rateOn(from, day);
    if (typeof rate === "string") return rate;
    let ratio = this.toPlanRatios.get(rate);
    if (ratio === undefined) this.toPlanRatios.set(rate, (ratio = toPlanRatio(rate, this.planStep)));
    return ratio;
  }

  /** What converts amounts in `from` into `to` on `day` (NaN: no day, the latest rates). */
  between(from: string, to: string, day: number): Conversion {
    if (from === to) return SAME_CURRENCY;
    const fromRate = this.rateOn(from, day);
    if (typeof fromRate === "string") return fromRate;
    const toRate = this.rateOn(to, day);
    if (typeof toRate === "string") return toRate;
    // Rates are objects of the book, one per row: their pair names the ratio.
    const key = `${from}|${to}|${fromRate === undefined ? "" : `${fromRate.units}/${fromRate.scale}`}|${toRate === undefined ? "" : `${toRate.units}/${toRate.scale}`}`;
    let ratio = this.ratios.get(key);
    if (ratio === undefined) this.ratios.set(key, (ratio = crossRatio(fromRate, toRate, minorUnitStep(to))));
    return ratio;
  }

  /** True when the currency has a rate (the plan currency always has). */
  hasRate(currency: string): boolean {
    return currency === this.planCurrency || this.book.has(currency);
  }

  /** The first day a rate of the currency is in force, for messages. */
  firstDay(currency: string): number | undefined {
    return this.book.firstDay(currency);
  }
}
