/**
 * Amounts in messages must read exactly as Intl would show them: the fast formatter is checked
 * against Intl on random amounts, across the currencies and locales a plan may use.
 */
import fc from "fast-check";
import { CentsFormat } from "../../src/model/centsFormat";

const intl = (locale: string, code: string, digits = 2): Intl.NumberFormat =>
  new Intl.NumberFormat(locale, { style: "currency", currency: code, minimumFractionDigits: digits, maximumFractionDigits: digits });

const FORMATS: readonly (readonly [string, string])[] = [
  ["en-US", "USD"],
  ["en-US", "EUR"],
  ["en-US", "GBP"],
  ["en-US", "CHF"],
  ["en-US", "INR"],
  ["de-DE", "EUR"],
  ["fr-FR", "EUR"],
  ["de-CH", "CHF"],
  ["en-IN", "INR"],
  ["ja-JP", "USD"],
  ["ar-EG", "EGP"],
];

describe("CentsFormat", () => {
  test.each(FORMATS)("shows any amount as Intl does (%s, %s)", (locale, code) => {
    const reference = intl(locale, code);
    const fast = CentsFormat.of(reference);
    const cents = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -1000, max: 1000 }), fc.maxSafeInteger(), fc.constant(-0));
    fc.assert(fc.property(cents, (c) => fast.format(c) === reference.format(c / 100)), { numRuns: 2_000 });
  });

  test("formats the usual amounts itself", () => {
    const fast = CentsFormat.of(intl("en-US", "USD"));
    expect(fast.isOwnLayout).toBe(true);
    expect(CentsFormat.of(intl("de-DE", "EUR")).isOwnLayout).toBe(true);
    expect(fast.format(123_456)).toBe("$1,234.56");
    expect(fast.format(-268)).toBe("-$2.68");
    expect(fast.format(5)).toBe("$0.05");
    expect(fast.format(100_000_000_000)).toBe("$1,000,000,000.00");
  });

  test("leaves what it cannot reproduce to Intl: Indian grouping, no fraction digits", () => {
    expect(CentsFormat.of(intl("en-IN", "INR")).isOwnLayout).toBe(false);
    expect(CentsFormat.of(intl("en-IN", "INR")).format(1_234_567_89)).toBe(intl("en-IN", "INR").format(1_234_567.89));
    expect(CentsFormat.of(intl("en-US", "JPY", 0)).format(123_456)).toBe("¥1,235");
  });
});
