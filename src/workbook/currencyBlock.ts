/**
 * The Dashboard's figures of the partners working in another currency than the plan's, in their
 * own currencies, beside the plan-currency "By partner" table: the same columns, money as numbers
 * in each row's partner currency format (so finance can sum a column of one currency).
 * Plans whose partners all work in the plan currency get no such block.
 */
import type { Analysis } from "../engine";
import { inOwnCurrencies } from "../engine/partnerCurrency";
import type { Block } from "./layout";
import { METRIC_COLUMNS, ownCurrencyValue } from "./layout";

/** The block, or none when every partner works in the plan currency. */
export function partnerCurrencyBlocks(analysis: Analysis): Block[] {
  const plan = analysis.plan.settings.currency.code;
  const own = inOwnCurrencies(analysis, analysis.partners).filter((p) => p.currency !== plan);
  if (own.length === 0) return [];
  return [
    {
      key: "partnerCurrencies",
      title: "By partner, in the partner's own currency",
      header: ["Partner ID", "Partner", ...METRIC_COLUMNS.map((m) => m.header)],
      formats: ["text", "text", ...METRIC_COLUMNS.map((m) => m.format)],
      // A currency without a rate: its money reads "no rate", not the zeros of rows counted nowhere.
      rows: own.map((p) => [p.id, `${p.name} (${p.currency})`, ...METRIC_COLUMNS.map((m) => ownCurrencyValue(m, p.figures, p.noRate))]),
      rowCurrencies: own.map((p) => p.currency),
    },
  ];
}
