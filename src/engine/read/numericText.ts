/**
 * Numbers typed as text, read the way an Excel user means them: `"1,200.50"`, `"$1,200"`,
 * `"(300)"`, `"USD 75"`, `"50%"`, `"-12.5"` — and, under another number convention (the plan's
 * `Number format` setting), `"4.934,18 €"` (de-DE) or `"4 934,18 €"` (fr-FR). Digits are kept as
 * text so money converts to cents without floating-point loss.
 */
import { CURRENCY_SYMBOL_PATTERN } from "../../model/currencyCodes";
import { DEFAULT_CONVENTION } from "../../model/numberFormat";
import type { NumberConvention } from "../../model/numberFormat";

/** A decimal read from text. */
export interface NumericText {
  readonly negative: boolean;
  /** Integer digits, no separators (may be ""). */
  readonly integer: string;
  /** Fraction digits (may be ""). */
  readonly fraction: string;
  /** True when the text ended in `%`. */
  readonly percent: boolean;
  /** The currency symbol or three-capital code written with the number ("€", "EUR"), "" when none. */
  readonly currencyMark: string;
}

const CURRENCY_SYMBOL_PREFIX = new RegExp(`^(?:${CURRENCY_SYMBOL_PATTERN})`);
const CURRENCY_SYMBOL_SUFFIX = new RegExp(`(?:${CURRENCY_SYMBOL_PATTERN})$`);
// ISO codes are written in capitals; any three letters would read "Net 30" or "Mar 31" as 30 or 31.
const CURRENCY_CODE_PREFIX = /^([A-Z]{3})\s*/;
const CURRENCY_CODE_SUFFIX = /\s*([A-Z]{3})$/;
const SCIENTIFIC = /^\d+(?:\.\d*)?[eE][-+]?\d+$/;

/** The digit patterns of one convention: grouped thousands, and plain digits. */
interface DigitPatterns {
  readonly grouped: RegExp | null;
  readonly groupChars: RegExp | null;
  readonly plain: RegExp;
}

const PATTERNS = new Map<NumberConvention, DigitPatterns>();

function escaped(chars: string): string {
  return chars.replace(/[\\\]^-]/g, "\\$&");
}

function patternsOf(convention: NumberConvention): DigitPatterns {
  let made = PATTERNS.get(convention);
  if (made === undefined) {
    const decimal = escaped(convention.decimal);
    // Spaces are taken out before the digits are matched; a convention grouping with spaces
    // (fr-FR) then has plain digits left.
    const group = escaped(convention.group.replace(/[\s\u00a0\u202f]/g, ""));
    made = {
      grouped: group === "" ? null : new RegExp(`^(\\d{1,3}(?:[${group}]\\d{3})+)(?:[${decimal}](\\d*))?$`),
      groupChars: group === "" ? null : new RegExp(`[${group}]`, "g"),
      plain: new RegExp(`^(\\d*)(?:[${decimal}](\\d*))?$`),
    };
    PATTERNS.set(convention, made);
  }
  return made;
}

/** Reads numeric text under a number convention (en-US unless given); undefined when the text is not a number. */
export function parseNumericText(text: string, convention: NumberConvention = DEFAULT_CONVENTION): NumericText | undefined {
  let s = text.trim();
  if (s === "") return undefined;
  let negative = false;
  let signed = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = signed = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-") || s.startsWith("+")) {
    negative = negative !== s.startsWith("-");
    signed = true;
    s = s.slice(1).trim();
  }
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  let currencyMark = "";
  const symbol = CURRENCY_SYMBOL_PREFIX.exec(s) ?? CURRENCY_SYMBOL_SUFFIX.exec(s);
  if (symbol) {
    currencyMark = symbol[0];
    s = s.replace(symbol[0], "").trim();
  }
  const code = CURRENCY_CODE_PREFIX.exec(s) ?? CURRENCY_CODE_SUFFIX.exec(s);
  if (code) {
    currencyMark ||= code[1];
    s = s.replace(code[0], "").trim();
  }
  // Excel's accounting format puts the symbol outside the brackets: "$ (500.00)", "(500.00) €".
  if (currencyMark !== "" && !signed && s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  // A minus after the symbol: "$-12".
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  s = s.replace(/[\s\u00a0\u202f]/g, "");
  const { grouped, groupChars, plain } = patternsOf(convention);
  const groupedMatch = grouped?.exec(s);
  if (groupedMatch) return { negative, integer: groupedMatch[1].replace(groupChars!, ""), fraction: groupedMatch[2] ?? "", percent, currencyMark };
  const plainMatch = plain.exec(s);
  if (plainMatch && (plainMatch[1] !== "" || (plainMatch[2] ?? "") !== "")) {
    return { negative, integer: plainMatch[1], fraction: plainMatch[2] ?? "", percent, currencyMark };
  }
  if (convention.decimal === "." && SCIENTIFIC.test(s)) {
    const value = Number(s);
    if (Number.isFinite(value)) {
      const [integer, fraction = ""] = value.toFixed(10).split(".");
      return { negative, integer, fraction: fraction.replace(/0+$/, ""), percent, currencyMark };
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
