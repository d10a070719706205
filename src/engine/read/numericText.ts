/**
 * Numbers typed as text, read the way an Excel user means them: `"1,200.50"`, `"$1,200"`,
 * `"(300)"`, `"USD 75"`, `"50%"`, `"-12.5"`. Digits are kept as text so money converts to cents
 * without floating-point loss.
 */

/** A decimal read from text. */
export interface NumericText {
  readonly negative: boolean;
  /** Integer digits, no separators (may be ""). */
  readonly integer: string;
  /** Fraction digits (may be ""). */
  readonly fraction: string;
  /** True when the text ended in `%`. */
  readonly percent: boolean;
}

const CURRENCY_SYMBOLS = /^[$€£¥₹]|[$€£¥₹]$/;
// ISO codes are written in capitals; any three letters would read "Net 30" or "Mar 31" as 30 or 31.
const CURRENCY_CODE_PREFIX = /^[A-Z]{3}\s*/;
const CURRENCY_CODE_SUFFIX = /\s*[A-Z]{3}$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;
const PLAIN = /^(\d*)(?:\.(\d*))?$/;
const SCIENTIFIC = /^\d+(?:\.\d*)?[eE][-+]?\d+$/;

/** Reads numeric text; undefined when the text is not a number. */
export function parseNumericText(text: string): NumericText | undefined {
  let s = text.trim();
  if (s === "") return undefined;
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-") || s.startsWith("+")) {
    negative = negative !== s.startsWith("-");
    s = s.slice(1).trim();
  }
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(CURRENCY_SYMBOLS, "").trim();
  s = s.replace(CURRENCY_CODE_PREFIX, "").replace(CURRENCY_CODE_SUFFIX, "").trim();
  // A minus after the symbol: "$-12".
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  s = s.replace(/[\s\u00a0]/g, "");
  const grouped = GROUPED.exec(s);
  if (grouped) return { negative, integer: grouped[1].replace(/,/g, ""), fraction: grouped[2] ?? "", percent };
  const plain = PLAIN.exec(s);
  if (plain && (plain[1] !== "" || (plain[2] ?? "") !== "")) {
    return { negative, integer: plain[1], fraction: plain[2] ?? "", percent };
  }
  if (SCIENTIFIC.test(s)) {
    const value = Number(s);
    if (Number.isFinite(value)) {
      const [integer, fraction = ""] = value.toFixed(10).split(".");
      return { negative, integer, fraction: fraction.replace(/0+$/, ""), percent };
    }
  }
  return undefined;
}

/** The value of numeric text as a JavaScript number (percent applied). */
export function numericTextValue(n: NumericText): number {
  const magnitude = Number(`${n.integer || "0"}.${n.fraction || "0"}`);
  const value = n.negative ? -magnitude : magnitude;
  return n.percent ? value / 100 : value;
}
