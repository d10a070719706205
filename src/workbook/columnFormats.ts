/**
 * How the template shows each column type: Excel number formats, and the default values of the
 * Settings rows as cell values. Read from the schema; no header or table is named here.
 */
import type { Day } from "../model/dates";
import { dateFromDay, dayFromParts } from "../model/dates";
import { currency as currencyOf, excelMoneyFormat } from "../model/money";
import { isIsoCurrency } from "../model/currencyCodes";
import { conventionNamed } from "../model/numberFormat";
import { idKey } from "../model/ids";
import { formatKind, normalizeHeader, requireTableSpec } from "../model/schema";
import type { ColumnType, SettingSpec, TableName } from "../model/schema";

/** Number formats of the non-money kinds (SPEC section 3 types). */
const FORMATS = { date: "yyyy-mm-dd", percent: "0%", count: "#,##0" } as const;

/** The number formats of one workbook: money follows its plan currency. */
export interface ColumnFormats {
  /** The format for a column type, or undefined to leave Excel's General format. */
  forType(type: ColumnType): string | undefined;
}

/**
 * Formats for a plan currency code (USD when the code is not a currency); dates as the template
 * writes them, or as a number format names (a partner pack's, `de-DE`: 31.03.2026).
 */
export function columnFormats(currencyCode: string, numberFormat?: string): ColumnFormats {
  const money = excelMoneyFormat(currencyOf(/^[A-Za-z]{3}$/.test(currencyCode.trim()) ? currencyCode : "USD"));
  const date = (numberFormat === undefined ? undefined : conventionNamed(numberFormat)?.dateFormat) ?? FORMATS.date;
  return {
    forType(type: ColumnType): string | undefined {
      const kind = formatKind(type);
      if (kind === "money") return money;
      if (kind === "date") return date;
      if (kind === "percent" || kind === "count") return FORMATS[kind];
      // Plain numbers (targets, outcome values) may be counts or amounts: Excel's General shows both.
      return undefined;
    },
  };
}

/**
 * The money format of rows in `rowCurrency` (a foreign partner's) in a plan in `planCurrency`, or
 * undefined when they are in the plan currency (or either code is blank or not ISO 4217): those
 * rows keep the plan's formats.
 */
export function foreignMoneyFormat(planCurrency: string | undefined, rowCurrency: string | undefined): string | undefined {
  if (rowCurrency === undefined || !isIsoCurrency(rowCurrency)) return undefined;
  const plan = planCurrency !== undefined && isIsoCurrency(planCurrency) ? planCurrency : "USD";
  return currencyOf(rowCurrency).code === currencyOf(plan).code ? undefined : excelMoneyFormat(currencyOf(rowCurrency));
}

/**
 * The money format of new rows whose money is in `rowCurrency` (a pack partner's, the plan's
 * included) in a plan in `planCurrency`: the partner's own when foreign, else the plan's. A new
 * row would otherwise copy the row above, which may be another partner's in another currency.
 */
export function newRowMoneyFormat(planCurrency: string, rowCurrency: string): string {
  return foreignMoneyFormat(planCurrency, rowCurrency) ?? (columnFormats(planCurrency).forType("money") as string);
}

/** What the money of a plan's rows is in: the plan currency, each partner's, and each tactic's partner. */
export interface RowCurrencies {
  /** The plan currency code. */
  readonly plan: string;
  /** `Partners[Currency]` by partner ID key (`idKey`); partners without one may be left out. */
  readonly partners: ReadonlyMap<string, string>;
  /** The partner ID key of each tactic, by tactic ID key (a claim's partner is its tactic's). */
  readonly tacticPartners: ReadonlyMap<string, string>;
  /**
   * True when rows in the plan currency take its money format too, not the look of the row
   * above: a plan without rows whose tables were formatted before its Currency was set (an
   * import into a `jmp init` plan, in dollars, of a euro tracker).
   */
  readonly planFormat?: boolean;
}

function codeOf(value: unknown): string {
  return typeof value === "string" ? value.trim().toUpperCase() : "";
}

function keyOf(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? idKey(String(value)) : "";
}

/**
 * The currency of a new row of `table` whose cells `cell` gives by column key, as the reading
 * converts it: a partner's own currency cell; else its Partner ID's partner; else (a claim) its
 * tactic's partner. Blank when the row names no partner the plan knows, or none in a currency.
 */
function rowCurrencyCode(table: TableName, cell: (key: string) => unknown, currencies: RowCurrencies): string {
  const spec = requireTableSpec(table);
  if (table === "JmpPartners") return codeOf(cell("currency"));
  const byPartner = spec.columns.find((c) => c.references === "JmpPartners");
  if (byPartner) return currencies.partners.get(keyOf(cell(byPartner.key))) ?? "";
  const byTactic = spec.columns.find((c) => c.references === "JmpTactics");
  const partner = byTactic === undefined ? undefined : currencies.tacticPartners.get(keyOf(cell(byTactic.key)));
  return partner === undefined ? "" : (currencies.partners.get(partner) ?? "");
}

/**
 * The money format of each row appended to `table` (its cells keyed by header, as appends take
 * them): its partner's currency's, or the plan's for a row in the plan currency or whose partner
 * is blank or unknown. Undefined for a row that may copy the row above as before: every row of a
 * table without money, and a plan-currency row of a plan whose partners all use its currency
 * (unless `planFormat` says the row above may show another).
 */
function appendedMoneyFormat(table: TableName, currencies: RowCurrencies): (row: Readonly<Record<string, unknown>>) => string | undefined {
  const spec = requireTableSpec(table);
  if (!spec.columns.some((c) => formatKind(c.type) === "money")) return () => undefined;
  const planMoney = newRowMoneyFormat(currencies.plan, currencies.plan);
  const anyForeign = [...new Set(currencies.partners.values())].some((code) => foreignMoneyFormat(currencies.plan, code) !== undefined);
  const headerOf = new Map(spec.columns.map((c) => [c.key, normalizeHeader(c.header)]));
  return (row) => {
    const headers = new Map(Object.keys(row).map((h) => [normalizeHeader(h), h]));
    const cell = (key: string): unknown => {
      const header = headers.get(headerOf.get(key) ?? "");
      return header === undefined ? undefined : row[header];
    };
    const foreign = foreignMoneyFormat(currencies.plan, rowCurrencyCode(table, cell, currencies) || undefined);
    return foreign ?? (anyForeign || currencies.planFormat === true ? planMoney : undefined);
  };
}

/**
 * The number format the cell under `header` of appended row `row` (an index into `rows`) must
 * take over the row above's: its row's money format in a money column (see above). Undefined
 * when no row needs one, so the rows copy the row above as ever.
 */
export function appendedMoneyFormats(table: TableName, rows: readonly Readonly<Record<string, unknown>>[], currencies: RowCurrencies | undefined): ((header: unknown, row: number) => string | undefined) | undefined {
  if (currencies === undefined) return undefined;
  const formats = rows.map(appendedMoneyFormat(table, currencies));
  if (formats.every((f) => f === undefined)) return undefined;
  const money = new Set(requireTableSpec(table).columns.filter((c) => formatKind(c.type) === "money").map((c) => normalizeHeader(c.header)));
  return (header, row) => (money.has(normalizeHeader(header)) ? formats[row] : undefined);
}

/**
 * The cell value a Settings row gets when the template adds it: the schema default read as its
 * type ("50%" becomes 0.5, "45" becomes 45). The plan period, which has no default, is the
 * calendar year of `today` so a new template is complete; As of stays blank (meaning today).
 */
export function settingDefault(setting: SettingSpec, today: Date): string | number | Date | null {
  const year = today.getFullYear();
  if (setting.type === "date") {
    const day: Day | undefined =
      setting.key === "periodStart" ? dayFromParts(year, 1, 1) : setting.key === "periodEnd" ? dayFromParts(year, 12, 31) : undefined;
    return day === undefined ? null : dateFromDay(day);
  }
  const text = setting.defaultValue;
  if (text === undefined) return null;
  if (setting.type === "percent") return Number(text.replace("%", "")) / 100;
  if (setting.type === "count" || setting.type === "number") return Number(text);
  return text;
}
