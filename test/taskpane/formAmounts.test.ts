/**
 * The row form's amounts are the row's currency's (its partner's): shown in it, and typed in
 * another currency they are written as text naming that currency, which the engine then reads
 * in it (README, "Partners in other currencies"), never as a bare number it would read in the
 * row's currency. Numbers and dates are written and read in the plan's number convention.
 */
import fc from "fast-check";
import { analyze } from "../../src/engine";
import { conventionNamed, DEFAULT_CONVENTION, NUMBER_CONVENTIONS } from "../../src/model/numberFormat";
import { requireTableSpec } from "../../src/model/schema";
import type { TableName } from "../../src/model/schema";
import { amountText, parsedValue, shownValue } from "../../src/taskpane/edit/editValues";
import { holdsAmount } from "../../src/engine/read/moneyCells";
import { amountRules } from "../../src/taskpane/edit/rowAmounts";
import type { RowAmounts } from "../../src/taskpane/edit/rowAmounts";
import { workbook } from "../helpers/tables";
import { eurPlan } from "../engine/currencies/currencyPlan";

const DE = conventionNamed("de-DE") ?? DEFAULT_CONVENTION;
const columnOf = (table: TableName, key: string) => {
  const found = requireTableSpec(table).columns.find((c) => c.key === key);
  if (!found) throw new Error(`no ${key} in ${table}`);
  return found;
};
const CLAIMED = columnOf("JmpClaims", "amountClaimed");
const REQUESTED = columnOf("JmpTactics", "mdfRequested");
/** A claim row of a partner in euros, in a dollar plan reading text as de-DE. */
const EUR_ROW: RowAmounts = { currency: "EUR", plan: "USD", convention: DE };
const USD_ROW: RowAmounts = { currency: "USD", plan: "USD", convention: DEFAULT_CONVENTION };

describe("a row's amounts in the form", () => {
  /** The same row in a plan reading text as en-US. */
  const EUR_ROW_US: RowAmounts = { ...EUR_ROW, convention: DEFAULT_CONVENTION };

  test("show in the row's currency, and a cell naming another currency in that one", () => {
    expect(shownValue(4934.18, CLAIMED, EUR_ROW_US)).toBe("€4,934.18");
    expect(shownValue("USD 4,000.00", CLAIMED, EUR_ROW_US)).toBe("USD 4,000.00");
    expect(shownValue("$75", CLAIMED, EUR_ROW_US)).toBe("USD 75.00");
    // Text that is no amount shows as it is.
    expect(shownValue("lots", CLAIMED, EUR_ROW_US)).toBe("lots");
  });

  test("are written and read in the plan's number convention (de-DE: 4.934,18 €)", () => {
    expect(shownValue(4934.18, CLAIMED, EUR_ROW)).toBe("4.934,18\u00a0€");
    expect(shownValue("USD 4000,00", CLAIMED, EUR_ROW)).toBe("USD 4.000,00");
    expect(shownValue("4.934,18 €", CLAIMED, EUR_ROW)).toBe("4.934,18\u00a0€");
    expect(shownValue("$75", CLAIMED, EUR_ROW)).toBe("USD 75,00");
    // What a German user types means what it means in Excel there, never the en-US reading.
    expect(parsedValue("1.234", CLAIMED, EUR_ROW)).toEqual({ ok: true, value: 1234 });
    expect(parsedValue("4.000,50 €", CLAIMED, EUR_ROW)).toEqual({ ok: true, value: 4000.5 });
    expect(parsedValue("4,000.00", CLAIMED, EUR_ROW)).toEqual({ ok: false, reason: 'Amount claimed takes a number written as de-DE writes it (1.234,50); "4,000.00" is written the en-US way' });
  });

  test("an amount with three decimals after one to three digits is refused, as a pack's is: to the tenth of a cent, or a thousands group of the other writing", () => {
    const refused = (text: string, row: RowAmounts) => parsedValue(text, REQUESTED, row);
    expect(refused("5.694", USD_ROW)).toEqual({ ok: false, reason: '"5.694" could be 5.694 or 5694: an amount in USD has two decimals, so write it with two, or without the separator' });
    expect(refused("11,500", EUR_ROW)).toEqual({ ok: false, reason: '"11,500" could be 11.5 or 11500: an amount in EUR has two decimals, so write it with two, or without the separator' });
    // Without an amount's currency rules (a plain money cell) too.
    expect(parsedValue("5.694", REQUESTED)).toEqual({ ok: false, reason: '"5.694" could be 5.694 or 5694: an amount has two decimals, so write it with two, or without the separator' });
    // Two decimals, a grouped thousand, or four digits before the mark are no doubt.
    expect([refused("5.69", USD_ROW), refused("5,694", USD_ROW), refused("1,234.567", USD_ROW), refused("11.500", EUR_ROW), refused("0.125", USD_ROW)]).toEqual([
      { ok: true, value: 5.69 },
      { ok: true, value: 5694 },
      { ok: true, value: 1234.57 },
      { ok: true, value: 11500 },
      // No thousands group starts with 0: a fraction, rounded to the cent.
      { ok: true, value: 0.13 },
    ]);
  });

  test("in a currency with three decimals (KWD) three decimals are an ordinary amount, written to the fils", () => {
    const KWD_ROW: RowAmounts = { currency: "KWD", plan: "USD", convention: DEFAULT_CONVENTION };
    expect(parsedValue("5.694", REQUESTED, KWD_ROW)).toEqual({ ok: true, value: 5.694 });
    expect(parsedValue("KWD 5.694", REQUESTED, KWD_ROW)).toEqual({ ok: true, value: 5.694 });
    expect(parsedValue("11,500", REQUESTED, { ...KWD_ROW, convention: DE })).toEqual({ ok: true, value: 11.5 });
    // Past the fils: rounded once, half away from zero (1.2345 KWD is 1.235, not 1.23 by way of the cent).
    expect(parsedValue("1.2345", REQUESTED, KWD_ROW)).toEqual({ ok: true, value: 1.235 });
    // The currency the amount is in decides, not the row's: dollars on a dinar row, dinars on a dollar row.
    expect(parsedValue("$5.694", REQUESTED, KWD_ROW)).toMatchObject({ ok: false, reason: expect.stringContaining("an amount in USD has two decimals") });
    expect(parsedValue("KWD 5.694", REQUESTED, USD_ROW)).toEqual({ ok: true, value: "KWD 5.694" });
  });

  test("in a currency without a minor unit (JPY) \"5.694\" is refused too: 5,694 yen or 5.694 yen is not guessed", () => {
    const JPY_ROW: RowAmounts = { currency: "JPY", plan: "USD", convention: DEFAULT_CONVENTION };
    expect(parsedValue("5.694", REQUESTED, JPY_ROW)).toEqual({ ok: false, reason: '"5.694" could be 5.694 or 5694: an amount in JPY has no decimals, so write it without the separator' });
    expect(parsedValue("¥5.694", REQUESTED, USD_ROW)).toMatchObject({ ok: false, reason: expect.stringContaining("an amount in JPY has no decimals") });
    expect([parsedValue("5694", REQUESTED, JPY_ROW), parsedValue("5,694", REQUESTED, JPY_ROW)]).toEqual([
      { ok: true, value: 5694 },
      { ok: true, value: 5694 },
    ]);
  });

  test("a currency whose symbol would not read back shows with its code", () => {
    // Intl writes a yen amount without its cents: it would not read back as the same amount.
    // CA$, Intl's Canadian dollar, reads back as CAD (a dollar written apart names its own currency).
    expect(amountText(1250, "CAD", { ...USD_ROW, currency: "CAD" })).toBe("CA$12.50");
    expect(amountText(493418, "JPY", { ...USD_ROW, currency: "JPY" })).toBe("JPY 4,934.18");
    expect(amountText(493418, "GBP", { ...USD_ROW, currency: "GBP" })).toBe("£4,934.18");
    expect(amountText(493418, "JPY", { ...EUR_ROW, currency: "JPY" })).toBe("JPY 4.934,18");
  });

  test("typed in the row's currency they are numbers; in another, text naming it as the plan reads text", () => {
    expect(parsedValue("4.000,00", CLAIMED, EUR_ROW)).toEqual({ ok: true, value: 4000 });
    expect(parsedValue("€4.000,50", CLAIMED, EUR_ROW)).toEqual({ ok: true, value: 4000.5 });
    expect(parsedValue("EUR 4.000", CLAIMED, EUR_ROW)).toEqual({ ok: true, value: 4000 });
    expect(parsedValue("USD 4.000,00", CLAIMED, EUR_ROW)).toEqual({ ok: true, value: "USD 4000,00" });
    expect(parsedValue("$4.000", CLAIMED, EUR_ROW)).toEqual({ ok: true, value: "USD 4000" });
    expect(parsedValue("GBP 10,5", CLAIMED, EUR_ROW)).toEqual({ ok: true, value: "GBP 10,5" });
    expect(parsedValue("4,000.00", CLAIMED, EUR_ROW_US)).toEqual({ ok: true, value: 4000 });
    expect(parsedValue("USD 4,000.00", CLAIMED, EUR_ROW_US)).toEqual({ ok: true, value: "USD 4000.00" });
    expect(parsedValue("EUR 23,250.00", REQUESTED, USD_ROW)).toEqual({ ok: true, value: "EUR 23250.00" });
    expect(parsedValue("USD 23,250.00", REQUESTED, USD_ROW)).toEqual({ ok: true, value: 23250 });
  });

  test("what cannot be an amount is refused", () => {
    expect(parsedValue("ABC 10", CLAIMED, EUR_ROW)).toEqual({ ok: false, reason: "ABC is not an ISO 4217 currency code" });
    expect(parsedValue("50%", CLAIMED, EUR_ROW)).toEqual({ ok: false, reason: "Amount claimed takes a number" });
  });

  test("what the form shows of a number it reads back as the same number, in any row currency", () => {
    const codes = ["USD", "EUR", "GBP", "JPY", "KWD", "CAD", "CHF", "INR", "AUD", "MXN", "SEK"];
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(...codes), fc.constantFrom(...codes), (cents, row, plan) => {
        const amounts: RowAmounts = { currency: row, plan, convention: DE };
        const shown = shownValue(cents / 100, CLAIMED, amounts);
        expect(parsedValue(shown, CLAIMED, amounts)).toEqual({ ok: true, value: cents / 100 });
      }),
    );
  });

  test("in every number convention, what the form shows of an amount, a count, a percent or a number it reads back the same", () => {
    const codes = ["USD", "EUR", "GBP", "JPY", "KWD", "CHF", "SEK"];
    const count = columnOf("JmpJointPlan", "forecastOpportunities");
    const share = columnOf("JmpPartners", "maxMdfShare");
    const target = columnOf("JmpInitiatives", "target");
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), fc.constantFrom(...codes), fc.constantFrom(...NUMBER_CONVENTIONS), fc.integer({ min: 0, max: 1000 }), (cents, row, convention, tenths) => {
        const amounts: RowAmounts = { currency: row, plan: "USD", convention };
        expect(parsedValue(shownValue(cents / 100, CLAIMED, amounts), CLAIMED, amounts)).toEqual({ ok: true, value: cents / 100 });
        const whole = Math.abs(Math.trunc(cents / 100));
        expect(parsedValue(shownValue(whole, count, undefined, convention), count, undefined, convention)).toEqual({ ok: true, value: whole });
        // A percent reads back as the same percent (98.4 % is 0.984 up to the last bit of a double).
        const percent = shownValue(tenths / 1000, share, undefined, convention);
        const back = parsedValue(percent, share, undefined, convention);
        expect(back.ok && shownValue(back.value, share, undefined, convention)).toBe(percent);
        expect(parsedValue(shownValue(cents / 100, target, undefined, convention), target, undefined, convention)).toEqual({ ok: true, value: cents / 100 });
      }),
    );
  });
});

describe("other cells in the form", () => {
  const start = columnOf("JmpTactics", "start");
  const count = columnOf("JmpJointPlan", "forecastOpportunities");

  test("dates are read as the plan reads them: day first in a de-DE or en-GB plan, month first in en-US", () => {
    expect(parsedValue("03/04/2026", start, undefined, DE)).toEqual({ ok: true, value: new Date(Date.UTC(2026, 3, 3)) });
    expect(parsedValue("03/04/2026", start, undefined, conventionNamed("en-GB"))).toEqual({ ok: true, value: new Date(Date.UTC(2026, 3, 3)) });
    expect(parsedValue("03/04/2026", start)).toEqual({ ok: true, value: new Date(Date.UTC(2026, 2, 4)) });
    expect(shownValue(new Date(Date.UTC(2026, 3, 3)), start, undefined, DE)).toBe("2026-04-03");
  });

  test("a number Intl would write with an exponent is written in digits, which the plan reads back", () => {
    const target = columnOf("JmpInitiatives", "target");
    for (const value of [1e-7, 1e21, -2.5e-8]) expect(parsedValue(shownValue(value, target, undefined, DE), target, undefined, DE)).toEqual({ ok: true, value });
  });

  test("counts and percents are written in the plan's convention", () => {
    expect(shownValue(1234, count, undefined, DE)).toBe("1.234");
    expect(parsedValue("1.234", count, undefined, DE)).toEqual({ ok: true, value: 1234 });
    expect(shownValue(0.125, columnOf("JmpPartners", "maxMdfShare"), undefined, DE)).toBe("12,5\u00a0%");
    expect(shownValue(1234, count)).toBe("1,234");
  });
});

describe("the currency of a row", () => {
  // P001 works in EUR, P002 in the plan's dollars; T1 is P001's tactic, T3 P002's.
  const rules = amountRules(analyze(workbook(eurPlan())));
  const cells = (values: Record<string, unknown>) => (key: string) => values[key];

  test("is its partner's: a claim's through its tactic, the others by their Partner ID", () => {
    expect(rules.of("JmpClaims", cells({ tacticId: "t1" })).currency).toBe("EUR");
    expect(rules.of("JmpClaims", cells({ tacticId: "T3" })).currency).toBe("USD");
    expect(rules.of("JmpClaims", cells({ tacticId: "T-UNKNOWN" })).currency).toBe("USD");
    for (const table of ["JmpTactics", "JmpAllocations", "JmpJointPlan", "JmpOutcomes"] as const) {
      expect([table, rules.of(table, cells({ partnerId: " p001 " })).currency]).toEqual([table, "EUR"]);
      expect([table, rules.of(table, cells({ partnerId: "P002" })).currency]).toEqual([table, "USD"]);
    }
  });

  test("a Partners row's is its own Currency as typed, the plan's when that is blank or no code", () => {
    expect(rules.of("JmpPartners", cells({ currency: "gbp" })).currency).toBe("GBP");
    expect(rules.of("JmpPartners", cells({ currency: "EURO" })).currency).toBe("USD");
    expect(rules.of("JmpPartners", cells({})).currency).toBe("USD");
  });

  test("an outcome's Value is an amount for Revenue and Pipeline only", () => {
    const value = columnOf("JmpOutcomes", "value");
    expect(holdsAmount("JmpOutcomes", value, cells({ metric: " revenue " }))).toBe(true);
    expect(holdsAmount("JmpOutcomes", value, cells({ metric: "Pipeline" }))).toBe(true);
    expect(holdsAmount("JmpOutcomes", value, cells({ metric: "Opportunities" }))).toBe(false);
    expect(holdsAmount("JmpInitiatives", columnOf("JmpInitiatives", "target"), cells({}))).toBe(false);
  });
});

test("the writing a refused number should take is shown with the plan's own marks", () => {
  expect(parsedValue("1.234,50", CLAIMED, { ...EUR_ROW, convention: conventionNamed("de-CH")! })).toEqual({ ok: false, reason: `Amount claimed takes a number written as de-CH writes it (1'234.50); "1.234,50" is written the de-DE way` });
});
