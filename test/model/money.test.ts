/**
 * Money as integer cents: conversion from cell numbers and from decimal text rounds half away
 * from zero (Excel's ROUND), and formatting follows the currency.
 */
import {
  centsToUnits,
  currency,
  belowTheCent,
  decimalToCents,
  decimalToMinor,
  excelMoneyFormat,
  formatMoney,
  isCurrencyCode,
  moneyFormat,
  numberDigits,
  roundHalfAwayFromZero,
  unitsToCents,
} from "../../src/model/money";

describe("unitsToCents", () => {
  test.each([
    [0, 0],
    [1, 100],
    [1.5, 150],
    [1234.56, 123_456],
    // Stored as 1.00499999999999989...: the cents the user sees in Excel are 1.01.
    [1.005, 101],
    [-1.005, -101],
    [2.675, 268],
    [-2.675, -268],
    [1.015, 102],
    [8.345, 835],
    [10.075, 1008],
    [0.125, 13],
    [-0.125, -13],
    [0.124, 12],
    [0.005, 1],
    [-0.005, -1],
    [0.1 + 0.2, 30],
    [123_456_789.125, 12_345_678_913],
    [9_007_199_254_740.99, 900_719_925_474_099],
  ])("%p units are %p cents", (units, cents) => {
    expect(unitsToCents(units)).toBe(cents);
  });

  test("amounts that round to nothing are plain zero, never -0", () => {
    for (const units of [-0, -0.001, -0.004, 0.004, 1e-9, -1e-9]) expect(Object.is(unitsToCents(units), 0)).toBe(true);
  });

  test("every result is an integer", () => {
    for (let i = 0; i < 2000; i++) {
      const units = (i * 7919) / 1000 - 800;
      expect(Number.isInteger(unitsToCents(units))).toBe(true);
    }
  });
});

describe("decimalToCents", () => {
  test.each([
    [false, "1200", "505", 120_051],
    [false, "1200", "504", 120_050],
    [false, "1", "005", 101],
    [true, "2", "675", -268],
    [false, "0", "0049", 0],
    [false, "", "5", 50],
    [false, "7", "", 700],
    [false, "1", "0050000001", 101],
    [false, "1", "00499999999", 100],
    [true, "0", "004", 0],
    [true, "", "", 0],
  ])("negative %p, digits %p.%p -> %p cents", (negative, integer, fraction, cents) => {
    expect(Object.is(decimalToCents(negative, integer, fraction), cents)).toBe(true);
  });

  test("is exact where floating point is not", () => {
    // As a number, 9,007,199,254,740.985 is stored as ...740.984375 and would round down.
    expect(decimalToCents(false, "9007199254740", "985")).toBe(900_719_925_474_099);
  });

  test("amounts beyond exact integers are refused", () => {
    expect(decimalToCents(false, "9007199254740", "991")).toBe(900_719_925_474_099);
    expect(decimalToCents(false, "9007199254740", "992")).toBeUndefined();
    expect(decimalToCents(false, "99999999999999999999", "")).toBeUndefined();
  });
});

describe("decimalToMinor and numberDigits: an amount in its own currency's smallest unit, rounded once", () => {
  test.each([
    // [negative, integer, fraction, exponent, minor units]
    [false, "1", "2345", 3, 1235],
    [false, "1", "2344", 3, 1234],
    [true, "1", "2345", 3, -1235],
    [false, "1234", "56", 0, 1235],
    [false, "1234", "495", 0, 1234],
    [false, "0", "5", 0, 1],
    [true, "0", "5", 0, -1],
    [false, "1200", "505", 2, 120051],
  ])("%p %s.%s at exponent %i is %i", (negative, integer, fraction, exponent, minor) => {
    expect(decimalToMinor(negative, integer, fraction, exponent)).toBe(minor);
  });

  test("the digits a number shows at 15 significant digits, binary noise left out", () => {
    expect(numberDigits(1.2345)).toEqual({ negative: false, integer: "1", fraction: "2345" });
    expect(numberDigits(0.1 + 0.2)).toEqual({ negative: false, integer: "0", fraction: "3" });
    expect(numberDigits(-0.0015)).toEqual({ negative: true, integer: "0", fraction: "0015" });
    expect(numberDigits(1e-7)).toEqual({ negative: false, integer: "0", fraction: "0000001" });
    expect(numberDigits(120000)).toEqual({ negative: false, integer: "120000", fraction: "" });
    expect([belowTheCent("235"), belowTheCent("230"), belowTheCent("5")]).toEqual([true, false, false]);
  });
});

describe("roundHalfAwayFromZero and centsToUnits", () => {
  test("halves go away from zero on both sides", () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, -2.4].map(roundHalfAwayFromZero)).toEqual([1, 2, 3, -1, -2, -3, 2, -2]);
  });

  test("cents become units with the same two decimals", () => {
    expect([120_051, 5, -268, 0].map(centsToUnits)).toEqual([1200.51, 0.05, -2.68, 0]);
  });
});

describe("currency", () => {
  test("codes are upper-cased and trimmed; minor units follow ISO 4217", () => {
    expect(currency(" usd ")).toEqual({ code: "USD", exponent: 2 });
    expect(currency("JPY")).toEqual({ code: "JPY", exponent: 0 });
    expect(currency("kwd")).toEqual({ code: "KWD", exponent: 3 });
  });

  test("only three letters make a currency code", () => {
    expect(["USD", " eur ", "US", "USDX", "U$D", "123"].map(isCurrencyCode)).toEqual([true, true, false, false, false, false]);
  });

  test("a code such as a built-in property name is an ordinary code", () => {
    expect(currency("constructor".slice(0, 3)).exponent).toBe(2);
  });
});

describe("formatMoney", () => {
  test.each([
    [123_456, "USD", "$1,234.56"],
    [-268, "USD", "-$2.68"],
    [0, "USD", "$0.00"],
    [5, "EUR", "€0.05"],
    [100_000_000, "GBP", "£1,000,000.00"],
    [123_456, "JPY", "¥1,235"],
  ])("%p cents in %s is %p", (cents, code, shown) => {
    expect(formatMoney(cents, currency(code))).toBe(shown);
  });

  test("an amount that rounded to zero shows without a minus sign", () => {
    expect(formatMoney(unitsToCents(-0.001), currency("USD"))).toBe("$0.00");
  });

  test("follows the locale", () => {
    expect(formatMoney(123_456, currency("EUR"), "de-DE")).toBe("1.234,56\u00a0€");
  });

  test("a code Intl does not know still shows the amount and the code", () => {
    expect(formatMoney(12_345, { code: "ZZ", exponent: 2 })).toBe("123.45 ZZ");
  });

  test("moneyFormat, for many amounts in one currency, shows each as formatMoney does", () => {
    const cases = [
      { cur: currency("USD"), locale: "en-US" },
      { cur: currency("EUR"), locale: "de-DE" },
      { cur: currency("JPY"), locale: "en-US" },
      { cur: { code: "ZZ", exponent: 2 }, locale: "en-US" },
    ];
    for (const { cur, locale } of cases) {
      const format = moneyFormat(cur, locale);
      for (const cents of [0, 5, -268, 123_456, 100_000_000, unitsToCents(-0.001)]) expect(format(cents)).toBe(formatMoney(cents, cur, locale));
    }
  });
});

describe("excelMoneyFormat", () => {
  test("symbol currencies and code currencies", () => {
    expect(excelMoneyFormat(currency("USD"))).toBe('"$"#,##0.00;-"$"#,##0.00');
    expect(excelMoneyFormat(currency("JPY"))).toBe('"¥"#,##0;-"¥"#,##0');
    expect(excelMoneyFormat(currency("CHF"))).toBe('#,##0.00 "CHF"');
  });
});
