/**
 * The Rates table as lookups: per currency, its rates by the day they come into force. A row
 * uses the rate in force on its date; a row without a date (a budget, a forecast) the latest.
 */
import type { Day } from "./dates";
import type { DecimalRate } from "./exchange";
import type { ExchangeRate, Maybe } from "./plan";

/** Why no rate applies: the currency has none, or none yet on the day asked. */
export type NoRate = "noRate" | "beforeFirst";

/** The rates of one currency, in force-day order (a rate without a day first). */
interface CurrencyRates {
  /** First days in force, -Infinity for "from the start", ascending. */
  readonly from: number[];
  readonly rates: DecimalRate[];
}

/** The plan's rates, by currency. */
export class RateBook {
  private readonly byCurrency = new Map<string, CurrencyRates>();

  /** Rates from the Rates table's rows (repeats of a currency and day were left out while reading). */
  constructor(rows: readonly ExchangeRate[]) {
    const sorted = [...rows].sort((a, b) => (a.validFrom ?? -Infinity) - (b.validFrom ?? -Infinity));
    for (const row of sorted) {
      let entry = this.byCurrency.get(row.currency);
      if (entry === undefined) this.byCurrency.set(row.currency, (entry = { from: [], rates: [] }));
      entry.from.push(row.validFrom ?? -Infinity);
      entry.rates.push(row.rate);
    }
  }

  /** True when the currency has at least one rate. */
  has(currency: string): boolean {
    return this.byCurrency.has(currency);
  }

  /**
   * The rate of `currency` in force on `day` (NaN: no day, the latest), or why there is none.
   */
  rateOn(currency: string, day: number): DecimalRate | NoRate {
    const entry = this.byCurrency.get(currency);
    if (entry === undefined) return "noRate";
    const { from, rates } = entry;
    if (day !== day) return rates[rates.length - 1];
    // A currency has few rates: the last one in force is found walking back.
    for (let k = from.length - 1; k >= 0; k--) if (from[k] <= day) return rates[k];
    return "beforeFirst";
  }

  /** The latest rate of a currency, or undefined when it has none. */
  latest(currency: string): Maybe<DecimalRate> {
    const rate = this.rateOn(currency, NaN);
    return typeof rate === "string" ? undefined : rate;
  }

  /** The first day any rate of the currency is in force (undefined: from the start, or no rate). */
  firstDay(currency: string): Maybe<Day> {
    const first = this.byCurrency.get(currency)?.from[0];
    return first === undefined || first === -Infinity ? undefined : first;
  }
}
