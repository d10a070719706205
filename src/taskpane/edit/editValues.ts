/**
 * A plan row's cells as text in the browser mode's edit form, and the form's text back into
 * cell values. Values show as the pane shows them (money in the row's currency — its
 * partner's —, percents, ISO dates, grouped counts), with numbers written in the plan's number
 * convention (`Number format`: "4.934,18 €" in a de-DE plan), and what the user types is read
 * the way the engine reads a cell typed as text in that plan, then written as a typed value (a
 * number, a date), never as numeric text. The one exception is an amount naming another currency than the row's ("USD 4,000.00" on
 * a row of a partner in euros): a number there would be read as euros, so it is written as text
 * naming its currency, which the engine reads in that currency, as it reads such a cell typed
 * in Excel or merged from a partner pack.
 */
import { ambiguousAmountReason } from "../../engine/read/ambiguousAmount";
import { currencyNamedText, currencyOfAmount, typedAmountValue } from "../../engine/read/amountCurrency";
import { parseNumericText, numericTextValue } from "../../engine/read/numericText";
import type { NumericText } from "../../engine/read/numericText";
import { isIsoCurrency } from "../../model/currencyCodes";
import { dateFromDay, dayFromText } from "../../model/dates";
import { currency as currencyOf, decimalToCents, formatMoney, unitsToCents } from "../../model/money";
import type { Cents } from "../../model/money";
import type { ColumnSpec } from "../../model/schema";
import { DEFAULT_CONVENTION, NUMBER_CONVENTIONS } from "../../model/numberFormat";
import type { NumberConvention } from "../../model/numberFormat";
import { cellText, NO_VALUE } from "../format";
import { formNumbers } from "./formNumbers";
import type { RowAmounts } from "./rowAmounts";

/** An amount as the form reads it back: the currency it names (the row's when none) and its cents. */
function readAmount(text: string, amounts: RowAmounts): { readonly currency: string | undefined; readonly cents: Cents | undefined; readonly parsed: NumericText } | undefined {
  const parsed = parseNumericText(text, amounts.convention);
  if (parsed === undefined || parsed.percent) return undefined;
  return { currency: currencyOfAmount(parsed, amounts.currency, amounts.plan), cents: decimalToCents(parsed.negative, parsed.integer, parsed.fraction), parsed };
}

/**
 * An amount in `code` as the form shows it: with the currency's symbol where that reads back as
 * the same amount in the same currency on this row ("€4,934.18"; "4.934,18 €" in a de-DE plan),
 * else with its code ("USD 4,000.00" on a row in euros, "CAD 12.50" for Intl's "CA$12.50",
 * which names no currency).
 */
export function amountText(cents: Cents, code: string, amounts: RowAmounts): string {
  if (code === amounts.currency) {
    const shown = formatMoney(cents, currencyOf(code), amounts.convention.name);
    const back = readAmount(shown, amounts);
    if (back?.currency === code && back.cents === cents) return shown;
  }
  return `${code} ${formNumbers(amounts.convention).amountDigits.format(cents / 100)}`;
}

/**
 * What the form shows for a raw cell value of a column (blank: ""). `amounts` is given when the
 * cell holds an amount of money: a number shows in the row's currency, text naming a currency
 * (read as the plan reads text) in that one. Other numbers are written in `convention` (the
 * amounts' own, else en-US).
 */
export function shownValue(raw: unknown, column: ColumnSpec | undefined, amounts?: RowAmounts, convention: NumberConvention = amounts?.convention ?? DEFAULT_CONVENTION): string {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) return "";
  if (amounts && typeof raw === "number" && Number.isFinite(raw)) return amountText(unitsToCents(raw), amounts.currency, amounts);
  if (amounts && typeof raw === "string") {
    const parsed = parseNumericText(raw, amounts.convention);
    const named = parsed && !parsed.percent ? currencyOfAmount(parsed, amounts.currency, amounts.plan) : undefined;
    const cents = parsed ? decimalToCents(parsed.negative, parsed.integer, parsed.fraction) : undefined;
    if (named !== undefined && isIsoCurrency(named) && cents !== undefined) return amountText(cents, named.toUpperCase(), amounts);
  }
  if (typeof raw === "number" && Number.isFinite(raw) && column) {
    const numbers = formNumbers(convention);
    switch (column.type) {
      case "percent":
        // A plain number above 1 is read as percent points (50 is 50 %).
        return numbers.percent.format(raw > 1 ? raw / 100 : raw);
      case "count":
        return numbers.count.format(raw);
      default:
        return numbers.plain(raw);
    }
  }
  const text = cellText(raw);
  return text === NO_VALUE ? "" : text;
}

/** A typed value for a cell, or why the text cannot be one. */
export type ParsedValue = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

const NUMERIC_TYPES = new Set(["money", "number", "count", "percent"]);

/**
 * Reads the form's text for a column as the plan reads text (`convention`: the amounts' own,
 * else en-US): blank is an empty
 * cell; numbers and dates become typed values. `amounts` is given when the cell holds an amount
 * of money (see `parsedAmount`).
 */
export function parsedValue(text: string, column: ColumnSpec, amounts?: RowAmounts, convention: NumberConvention = amounts?.convention ?? DEFAULT_CONVENTION): ParsedValue {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  if (amounts) return parsedAmount(trimmed, column, amounts);
  if (NUMERIC_TYPES.has(column.type)) {
    const numeric = parseNumericText(trimmed, convention);
    if (!numeric) return { ok: false, reason: notANumber(trimmed, column, convention) };
    // A money cell without its row's currency rules: the amount is taken for one with cents.
    const ambiguous = column.type === "money" ? ambiguousAmountReason(trimmed, numeric, convention, undefined) : undefined;
    if (ambiguous !== undefined) return { ok: false, reason: ambiguous };
    let value = numericTextValue(numeric);
    // "50" in a percent column means 50 %, as the engine reads it.
    if (column.type === "percent" && !numeric.percent && value > 1) value /= 100;
    if (column.type === "count" && !Number.isInteger(value)) return { ok: false, reason: `${column.header} takes a whole number` };
    return { ok: true, value };
  }
  if (column.type === "date") {
    const day = dayFromText(trimmed, convention.dayFirst);
    return day === undefined ? { ok: false, reason: `${column.header} takes a date such as 2026-03-31` } : { ok: true, value: dateFromDay(day) };
  }
  return { ok: true, value: trimmed };
}

/**
 * Why text is not a number here: "takes a number", and, where another writing reads it
 * ("1.234,50" in an en-US plan), which one, so the user sees the marks are the other way round.
 */
function notANumber(text: string, column: ColumnSpec, convention: NumberConvention): string {
  const other = parseNumericText(text, convention) === undefined ? NUMBER_CONVENTIONS.find((c) => c.decimal !== convention.decimal && parseNumericText(text, c) !== undefined) : undefined;
  // 1234.5 as the convention writes it: its first grouping mark, then its decimal mark.
  const written = `1${convention.group.charAt(0)}234${convention.decimal}50`;
  return other === undefined ? `${column.header} takes a number` : `${column.header} takes a number written as ${convention.name} writes it (${written}); "${text}" is written the ${other.name} way`;
}

/**
 * An amount typed on a row: in the row's currency (named or not) a number; in another currency
 * text naming it, written as the plan reads text ("USD 4000.00"), so that the engine reads it in
 * the currency typed rather than as the row's.
 */
function parsedAmount(text: string, column: ColumnSpec, amounts: RowAmounts): ParsedValue {
  const read = readAmount(text, amounts);
  if (read === undefined || read.cents === undefined) return { ok: false, reason: notANumber(text, column, amounts.convention) };
  const named = read.currency;
  // "5.694" is refused as ambiguous in dollars, not in dinars (KWD has three decimals).
  const ambiguous = ambiguousAmountReason(text, read.parsed, amounts.convention, named !== undefined && isIsoCurrency(named) ? named : undefined);
  if (ambiguous !== undefined) return { ok: false, reason: ambiguous };
  if (named === undefined || !isIsoCurrency(named)) return { ok: false, reason: `${read.parsed.currencyMark} is not an ISO 4217 currency code` };
  if (named === amounts.currency) return { ok: true, value: typedAmountValue(read.parsed, named) ?? read.cents / 100 };
  return { ok: true, value: currencyNamedText(read.parsed, named, amounts.convention) };
}
