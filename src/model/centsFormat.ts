/**
 * Formats whole cents as `Intl.NumberFormat` would, without calling Intl for each amount: a
 * plan's findings quote tens of thousands of amounts, and Intl's formatting cost more than
 * building the rest of their messages. The symbols and their places are read once from Intl
 * (`formatToParts`), and the formatter checks itself against Intl before it is used; a locale
 * or currency it cannot reproduce (grouping other than by thousands, other than two fraction
 * digits) is left to Intl.
 */

/** Where an amount's digits go: what comes before and after them, for positive and negative amounts. */
interface Layout {
  readonly prefix: string;
  readonly suffix: string;
  readonly negativePrefix: string;
  readonly negativeSuffix: string;
  readonly group: string;
  readonly decimal: string;
}

/** Beyond this many cents, `cents / 100` may not round back to the same cents: left to Intl. */
const MAX_FAST_CENTS = 1e15;

/** Amounts the formatter must show exactly as Intl does before it is trusted. */
const SELF_CHECK = [0, 5, -5, 99, 100, 123_456, -268, 100_000_000, -123_456_789_012, 999_999_999_999_99];

/** A formatter of cents for one Intl format that shows two fraction digits. */
export class CentsFormat {
  private constructor(
    private readonly intl: Intl.NumberFormat,
    private readonly layout: Layout | null,
  ) {}

  /** The fast formatter for `intl`, or one that defers to Intl when its layout cannot be reproduced. */
  static of(intl: Intl.NumberFormat): CentsFormat {
    const layout = layoutOf(intl);
    const format = new CentsFormat(intl, layout);
    if (layout && SELF_CHECK.some((cents) => format.format(cents) !== intl.format(cents / 100))) return new CentsFormat(intl, null);
    return format;
  }

  /** True when amounts are laid out here; false when every one is left to Intl. */
  get isOwnLayout(): boolean {
    return this.layout !== null;
  }

  /** `intl.format(cents / 100)`. */
  format(cents: number): string {
    const layout = this.layout;
    if (!layout || !Number.isSafeInteger(cents) || Math.abs(cents) >= MAX_FAST_CENTS || Object.is(cents, -0)) return this.intl.format(cents / 100);
    const negative = cents < 0;
    const size = negative ? -cents : cents;
    const units = Math.floor(size / 100);
    const fraction = size - units * 100;
    const digits = `${grouped(units, layout.group)}${layout.decimal}${fraction < 10 ? "0" : ""}${fraction}`;
    return negative ? `${layout.negativePrefix}${digits}${layout.negativeSuffix}` : `${layout.prefix}${digits}${layout.suffix}`;
  }
}

/** Whole units with a separator every three digits from the right. */
function grouped(units: number, group: string): string {
  const text = String(units);
  if (text.length <= 3) return text;
  let out = text.slice(0, ((text.length - 1) % 3) + 1);
  for (let i = out.length; i < text.length; i += 3) out += group + text.slice(i, i + 3);
  return out;
}

/** The text around the digits of a sample amount, or null when its digits are not laid out as `grouped` does. */
function layoutOf(intl: Intl.NumberFormat): Layout | null {
  const { minimumFractionDigits, maximumFractionDigits } = intl.resolvedOptions();
  if (minimumFractionDigits !== 2 || maximumFractionDigits !== 2) return null;
  const positive = around(intl.formatToParts(1_234_567.5));
  const negative = around(intl.formatToParts(-1_234_567.5));
  if (!positive || !negative || positive.group !== negative.group || positive.decimal !== negative.decimal) return null;
  return {
    prefix: positive.before,
    suffix: positive.after,
    negativePrefix: negative.before,
    negativeSuffix: negative.after,
    group: positive.group,
    decimal: positive.decimal,
  };
}

/** Splits formatted parts into the text before the digits, the separators, and the text after. */
function around(parts: readonly Intl.NumberFormatPart[]): { before: string; after: string; group: string; decimal: string } | null {
  const isDigits = (p: Intl.NumberFormatPart): boolean => p.type === "integer" || p.type === "group" || p.type === "decimal" || p.type === "fraction";
  const first = parts.findIndex(isDigits);
  let last = first;
  while (last + 1 < parts.length && isDigits(parts[last + 1])) last++;
  if (first < 0 || parts.slice(last + 1).some(isDigits)) return null;
  const digits = parts.slice(first, last + 1);
  const integers = digits.filter((p) => p.type === "integer").map((p) => p.value);
  // 1,234,567.50 must read as groups of 1, 3 and 3 digits and two fraction digits.
  if (integers.join("|") !== "1|234|567" || digits.filter((p) => p.type === "fraction").map((p) => p.value).join("") !== "50") return null;
  const group = digits.find((p) => p.type === "group")?.value;
  const decimal = digits.find((p) => p.type === "decimal")?.value;
  if (group === undefined || decimal === undefined) return null;
  const text = (ps: readonly Intl.NumberFormatPart[]): string => ps.map((p) => p.value).join("");
  return { before: text(parts.slice(0, first)), after: text(parts.slice(last + 1)), group, decimal };
}
