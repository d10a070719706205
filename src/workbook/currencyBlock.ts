/**
 * The Dashboard's figures of the partners working in another currency than the plan's, in their
 * own currencies, beside the plan-currency "By partner" table: the same columns, money written
 * in the partner's currency (as text: the Dashboard's money format is the plan currency's).
 * Plans whose partners all work in the plan currency get no such block.
 */
import type { Analysis } from "../engine";
import { inOwnCurrencies } from "../engine/partnerCurrency";
import { currency, formatMoney, unitsToCents } from "../model/money";
import type { Block, CellFormat, LayoutValue } from "./layout";
import { METRIC_COLUMNS } from "./layout";

/** The block, or none when every partner works in the plan currency. */
export function partnerCurrencyBlocks(analysis: Analysis): Block[] {
  const plan = analysis.plan.settings.currency.code;
  const own = inOwnCurrencies(analysis, analysis.partners).filter((p) => p.currency !== plan);
  if (own.length === 0) return [];
  const shown = (value: LayoutValue, format: CellFormat, code: string): LayoutValue =>
    format === "money" && typeof value === "number" ? formatMoney(unitsToCents(value), currency(code)) : value;
  return [
    {
      key: "partnerCurrencies",
      title: "By partner, in the partner's own currency",
      header: ["Partner ID", "Partner", ...METRIC_COLUMNS.map((m) => m.header)],
      formats: ["text", "text", ...METRIC_COLUMNS.map((m): CellFormat => (m.format === "money" ? "text" : m.format))],
      rows: own.map((p) => [p.id, `${p.name} (${p.currency})`, ...METRIC_COLUMNS.map((m) => shown(m.value(p.figures), m.format, p.currency))]),
    },
  ];
}
