/**
 * An amount of money typed with one to three digits, the decimal mark and exactly three digits
 * ("5.694" in en-US, "11,500" in de-DE). In a currency with three decimals (KWD, BHD, OMR, JOD,
 * TND) that is an ordinary amount, to the fils: 5.694 KWD. In any other currency no money is
 * typed so: it is an amount to the tenth of a cent (or of a whole yen), or a thousands group
 * written the other way round, and which one was meant cannot be told, so what a user types
 * this way (in a partner's pack, in the pane's form) is refused with this reason rather than
 * read either way. (A cell already in the plan is read as its convention says, with the check's
 * V09 warning on text amounts.)
 *
 * A currency without a minor unit (JPY, KRW, CLP, ISK, VND) is refused too, though "5.694" yen
 * under en-US most likely means 5,694 yen grouped with a dot: taking it so would go against the
 * plan's Number format, by which the same text typed in a cell is read as 5.694 yen (¥6), and
 * would guess a thousandfold difference in an amount. A retype ("5694", "5,694") costs less.
 */
import type { Maybe } from "../../model/plan";
import { exponentOf } from "../../model/money";
import type { NumberConvention } from "../../model/numberFormat";
import { numericTextValue } from "./numericText";
import type { NumericText } from "./numericText";

/**
 * Why typed amount `text` (read as `parsed` under `convention`) is refused, or undefined when it
 * is not ambiguous. `currency` is the ISO code the amount is in (the one it names, else its
 * row's); undefined when that is not known, which is taken for a currency with cents.
 */
export function ambiguousAmountReason(text: string, parsed: NumericText, convention: NumberConvention, currency: Maybe<string>): string | undefined {
  if (parsed.fraction.length !== 3 || parsed.integer.length < 1 || parsed.integer.length > 3) return undefined;
  // "0.125" groups no thousands in any writing: it is a fraction, read as one.
  if (parsed.integer.startsWith("0")) return undefined;
  // Written with one mark only: "1,234.567" is unambiguous about which mark is which.
  const marks = text.split("").filter((c) => c === "." || c === ",").length;
  if (marks !== 1 || !text.includes(convention.decimal)) return undefined;
  const exponent = currency === undefined ? 2 : exponentOf(currency);
  if (exponent === 3) return undefined;
  const readings = `"${text.trim()}" could be ${numericTextValue(parsed)} or ${parsed.integer}${parsed.fraction}`;
  const inCurrency = currency === undefined ? "an amount" : `an amount in ${currency}`;
  if (exponent === 0) return `${readings}: ${inCurrency} has no decimals, so write it without the separator`;
  return `${readings}: ${inCurrency} has two decimals, so write it with two, or without the separator`;
}
