/**
 * The ISO 4217 currency codes (the active list, funds and precious-metal codes included), and
 * the symbols people type in front of or after an amount. A code outside this list is not a
 * currency (finding V05), however much it looks like one.
 */

const ISO_4217 = new Set(
  (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
    "CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL " +
    "GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD " +
    "KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR " +
    "NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN " +
    "SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG " +
    "XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG ZWL"
  ).split(" "),
);

/** True when `code` (any case, trimmed) is an ISO 4217 currency code. */
export function isIsoCurrency(code: string): boolean {
  return ISO_4217.has(code.trim().toUpperCase());
}

/**
 * The currencies a symbol may stand for, the most likely first. A symbol shared by several
 * currencies ($, ¥) means the row's own currency when that is one of them, else the plan's,
 * else the first listed (`currencyOfSymbol`).
 */
const SYMBOLS: Readonly<Record<string, readonly string[]>> = {
  $: ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"],
  // The dollars written apart, as their own users and our money formats ("C$1,234.50") write them.
  US$: ["USD"],
  C$: ["CAD"],
  CA$: ["CAD"],
  A$: ["AUD"],
  AU$: ["AUD"],
  NZ$: ["NZD"],
  S$: ["SGD"],
  HK$: ["HKD"],
  R$: ["BRL"],
  "€": ["EUR"],
  "£": ["GBP"],
  "¥": ["JPY", "CNY"],
  "₹": ["INR"],
};

/**
 * A regular-expression alternation of the symbols `SYMBOLS` knows, longest first (so "US$" is
 * one symbol, not "US" before "$"), for the numeric-text reader's patterns.
 */
export const CURRENCY_SYMBOL_PATTERN = Object.keys(SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map((symbol) => symbol.replace(/[$]/g, "\\$&"))
  .join("|");

/**
 * The ISO code a currency mark written in a cell stands for: a code is itself (upper-cased); a
 * symbol is the first of its currencies that is `preferred` (the row's currency, then the
 * plan's), else its usual one. Undefined for a mark that is neither.
 */
export function currencyOfMark(mark: string, ...preferred: readonly string[]): string | undefined {
  const candidates = SYMBOLS[mark];
  if (candidates === undefined) return /^[A-Za-z]{3}$/.test(mark) ? mark.toUpperCase() : undefined;
  return preferred.find((code) => candidates.includes(code)) ?? candidates[0];
}
