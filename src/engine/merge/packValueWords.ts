/**
 * A value of a pack's row as the pane's merge preview and merge log and `jmp merge` show it: an amount
 * as money in the currency it is in (the pack partner's for the partner's own rows, as the rows
 * hold it; the plan's for the vendor's tables), a count or other number with its thousands grouped, and anything
 * else (text, IDs, dates, blanks) as the caller words it.
 */
import { currency, formatMoney, unitsToCents } from "../../model/money";
import { normalizeHeader, tableSpecNamedOrLabelled } from "../../model/schema";
import type { TableName } from "../../model/schema";
import { holdsAmount } from "../read/moneyCells";
import type { ShownValue } from "./fingerprint";

/** The currencies of a pack's amounts (ISO codes). */
export interface PackCurrencies {
  /** The pack partner's: its rows' amounts. */
  readonly partner: string;
  /** The plan's: the amounts of the vendor's tables (Initiatives, Settings...). */
  readonly plan: string;
}

/** A count or other number with its thousands grouped, its decimals as typed. */
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 10 });

/** The vendor's tables, whose amounts are the plan currency's whoever's pack lists them. */
const PLAN_CURRENCY_TABLES = new Set<TableName>(["JmpSettings", "JmpTacticTypes", "JmpInitiatives"]);

/** A cell's value in words. */
export type ValueWords = (value: ShownValue | undefined) => string;

/**
 * The words for the values of column `header` of `table` (a table name, or its label as the log
 * names it). `cells` are the row's other cells by header, as far as the caller has them (a whole
 * new row, or a merge entry's `deciding`): an outcome's Value is money when its Metric is Revenue
 * or Pipeline, and a count without one.
 */
export function packValueWords(table: string, header: string, currencies: PackCurrencies, plain: ValueWords, cells: Readonly<Record<string, unknown>> = {}): ValueWords {
  const spec = tableSpecNamedOrLabelled(table);
  const column = spec?.columns.find((c) => normalizeHeader(c.header) === normalizeHeader(header));
  if (!spec || !column) return plain;
  const byKey = (key: string): unknown => {
    const other = spec.columns.find((c) => c.key === key);
    return other ? cells[other.header] : undefined;
  };
  if (holdsAmount(spec.name, column, byKey)) {
    const code = currency(PLAN_CURRENCY_TABLES.has(spec.name) ? currencies.plan : currencies.partner);
    return (value) => (typeof value === "number" ? formatMoney(unitsToCents(value), code) : plain(value));
  }
  if (column.type === "count" || column.type === "number") return (value) => (typeof value === "number" ? NUMBER.format(value) : plain(value));
  return plain;
}
