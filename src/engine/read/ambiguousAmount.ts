/**
 * An amount of money typed with one to three digits, the decimal mark and exactly three digits
 * ("5.694" in en-US, "11,500" in de-DE): to the tenth of a cent, or a thousands group written the
 * other way round. No money is typed so, and which one was meant cannot be told, so what a user
 * types this way (in a partner's pack, in the pane's form) is refused with this reason rather
 * than read either way. (A cell already in the plan is read as its convention says, with the
 * check's V09 warning on text amounts.)
 */
import type { NumberConvention } from "../../model/numberFormat";
import { numericTextValue } from "./numericText";
import type { NumericText } from "./numericText";

/** Why typed amount `text` (read as `parsed` under `convention`) is refused, or undefined when it is not ambiguous. */
export function ambiguousAmountReason(text: string, parsed: NumericText, convention: NumberConvention): string | undefined {
  if (parsed.fraction.length !== 3 || parsed.integer.length < 1 || parsed.integer.length > 3) return undefined;
  // "0.125" groups no thousands in any writing: it is a fraction, read as one.
  if (parsed.integer.startsWith("0")) return undefined;
  // Written with one mark only: "1,234.567" is unambiguous about which mark is which.
  const marks = text.split("").filter((c) => c === "." || c === ",").length;
  if (marks !== 1 || !text.includes(convention.decimal)) return undefined;
  return `"${text.trim()}" could be ${numericTextValue(parsed)} or ${parsed.integer}${parsed.fraction}: an amount has two decimals, so write it with two, or without the separator`;
}
