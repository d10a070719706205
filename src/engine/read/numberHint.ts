/**
 * What a "not a number" finding (V02) adds when the text is one small step from an amount the
 * plan reads: a currency code written in lower case ("eur 10"), which the reader refuses on
 * purpose (any three letters would make "Net 30" or "Mar 31" amounts).
 */
import { isIsoCurrency } from "../../model/currencyCodes";
import type { NumberConvention } from "../../model/numberFormat";
import { parseNumericText } from "./numericText";

const LOWER_CODE = /^\s*([A-Za-z]{3})\b|\b([A-Za-z]{3})\s*$/;

/** The hint for text that is not a number, "" when there is none. */
export function numberHint(text: string, convention: NumberConvention): string {
  const match = LOWER_CODE.exec(text);
  const letters = match?.[1] ?? match?.[2];
  if (letters === undefined || letters === letters.toUpperCase()) return "";
  const code = letters.toUpperCase();
  if (!isIsoCurrency(code) || parseNumericText(text.replace(letters, code), convention) === undefined) return "";
  return `; a currency code is written in capitals (${text.trim().replace(letters, code)})`;
}
