/**
 * How the template shows each column type: Excel number formats, and the default values of the
 * Settings rows as cell values. Read from the schema; no header or table is named here.
 */
import type { Day } from "../model/dates";
import { dateFromDay, dayFromParts } from "../model/dates";
import { currency as currencyOf, excelMoneyFormat } from "../model/money";
import { isIsoCurrency } from "../model/currencyCodes";
import { conventionNamed } from "../model/numberFormat";
import { formatKind } from "../model/schema";
import type { ColumnType, SettingSpec } from "../model/schema";

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
