/**
 * A partner types into its pack the way its locale writes ("4.934,18 €", "31.03.2026" under
 * de-DE). Before a merge compares and writes a cell the partner changed or added, its text in a
 * numeric or date column is read under the partner's number format and becomes what the plan
 * holds: a number (an amount to the cent, to the fils in a currency with three decimals such
 * as KWD) or a date, for a partner writing as the plan does too. Cells the partner left alone
 * stay as packed. The merge then writes exactly what the partner
 * meant, whatever the plan's own Number format. Text that cannot be read so is left as it is: the
 * plan's check reports it at its cell. Two kinds of text are refused instead (`PackCellRefusal`),
 * as the plan would count them as an amount the partner may not have meant: text the partner's
 * format cannot read but the plan's can ("17.500" from a fr-FR partner, 17.50 to an en-US plan),
 * and an amount with exactly three decimals after one to three digits ("5.694" in en-US,
 * "11,500" in de-DE), which is an amount to the tenth of a cent or a thousands group of the
 * other writing: no money is typed so, so which one was meant cannot be told — unless the
 * amount is in a currency with three decimals (5.694 KWD), where it is written to the fils.
 */
import { dateFromDay, dayFromText } from "../../model/dates";
import type { NumberConvention } from "../../model/numberFormat";
import type { RawTable } from "../../model/rawTable";
import { idKey } from "../../model/ids";
import { conventionNamed, DEFAULT_CONVENTION } from "../../model/numberFormat";
import { parse } from "../read";
import type { ColumnType } from "../../model/schema";
import { currencyNamedText, currencyOfAmount, typedAmountValue } from "../read/amountCurrency";
import { ambiguousAmountReason } from "../read/ambiguousAmount";
import { numericTextValue, parseNumericText } from "../read/numericText";
import { PackCellRefusal } from "./packCellRefusal";
import type { PackCellReader } from "./rowDiff";

/** How the pack's text is read and what it may mean. */
export interface PackReading {
  /** The convention the partner writes in. */
  readonly partner: NumberConvention;
  /** The convention the plan reads text by (an amount naming another currency stays text, written for it). */
  readonly plan: NumberConvention;
  /** The currency of the partner's amounts, and the plan's. */
  readonly partnerCurrency: string;
  readonly planCurrency: string;
}

/** How the pack of partner `partnerId` of a plan is read: the partner's currency and format (else the plan's). */
export function packReading(plan: readonly RawTable[], partnerId: string): PackReading {
  const { settings, partners } = parse(plan).data;
  const partner = partners.find((p) => p.id.key === idKey(partnerId));
  const planConvention = conventionNamed(settings.numberFormat) ?? DEFAULT_CONVENTION;
  return {
    partner: conventionNamed(partner?.numberFormat ?? "") ?? planConvention,
    plan: planConvention,
    partnerCurrency: partner?.currency || settings.currency.code,
    planCurrency: settings.currency.code,
  };
}

const NUMERIC: ReadonlySet<ColumnType> = new Set(["money", "number", "count", "percent"]);

/** The reader of the cells a partner typed (`MergeInput.readPackCell`): text of numeric and date columns read its way. */
export function packCellReader(reading: PackReading): PackCellReader {
  // Every partner, the plan's own convention and currency included: the same typing must give the
  // same kind of plan cell, a number or a date, not text the plan's check then flags (V09).
  return (column, value) => (typeof value === "string" ? readText(value, column.type, reading) : value);
}

/** One text cell of a column of `type`, read for the plan. */
function readText(text: string, type: ColumnType | undefined, reading: PackReading): unknown {
  if (type === "date") {
    const day = dayFromText(text, reading.partner.dayFirst);
    return day === undefined ? text : dateFromDay(day);
  }
  if (type === undefined || !NUMERIC.has(type)) return text;
  const parsed = parseNumericText(text, reading.partner);
  if (parsed === undefined) {
    const planReads = parseNumericText(text, reading.plan);
    return planReads === undefined ? text : new PackCellRefusal(`"${text.trim()}" is not a number as the partner writes (${reading.partner.name}), and the plan (${reading.plan.name}) would read it as ${numericTextValue(planReads)}`);
  }
  const named = currencyOfAmount(parsed, reading.partnerCurrency, reading.planCurrency);
  // "5.694" is refused as ambiguous in dollars, not in dinars (KWD has three decimals).
  const ambiguous = type === "money" ? ambiguousAmountReason(text, parsed, reading.partner, named) : undefined;
  if (ambiguous !== undefined) return new PackCellRefusal(ambiguous);
  // Another currency: kept as text naming it, written the way the plan reads text.
  if (named !== reading.partnerCurrency) return currencyNamedText(parsed, named ?? parsed.currencyMark, reading.plan);
  if (type === "money" && !parsed.percent) return typedAmountValue(parsed, named) ?? text;
  return numericTextValue(parsed);
}
