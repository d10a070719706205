/**
 * Numbers in the row form written the way the plan reads typed text (its `Number format`
 * setting): a German plan's form shows "4.934,18 €" and "12,5 %" and reads what is typed there
 * as de-DE, as the engine reads a cell typed as text in that plan. Under en-US (the default)
 * this is how the rest of the pane writes numbers.
 */
import type { NumberConvention } from "../../model/numberFormat";

/** How the form writes the numbers of one convention. */
export interface FormNumbers {
  /** Two decimals, grouped ("4.000,00"): an amount after its currency code. */
  readonly amountDigits: Intl.NumberFormat;
  /** A whole number, grouped. */
  readonly count: Intl.NumberFormat;
  /** A fraction as a percent, at most one decimal. */
  readonly percent: Intl.NumberFormat;
  /** A plain number, every digit kept, with the convention's decimal mark. */
  plain(value: number): string;
}

const MADE = new Map<NumberConvention, FormNumbers>();
const DECIMAL_NUMBER = /^-?\d+(\.\d+)?$/;
/** Every digit of a double without an exponent (1e-7 as 0.0000001), which every convention reads. */
const FIXED_DIGITS = { maximumSignificantDigits: 21, useGrouping: false } as const;

/** The form's number writers for `convention` (made once per convention). */
export function formNumbers(convention: NumberConvention): FormNumbers {
  let made = MADE.get(convention);
  if (made === undefined) {
    const locale = convention.name;
    const fixed = new Intl.NumberFormat(locale, FIXED_DIGITS);
    made = {
      amountDigits: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      count: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
      percent: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }),
      plain: (value) => {
        const text = String(value);
        if (convention.decimal === ".") return text;
        return DECIMAL_NUMBER.test(text) ? text.replace(".", convention.decimal) : fixed.format(value);
      },
    };
    MADE.set(convention, made);
  }
  return made;
}
