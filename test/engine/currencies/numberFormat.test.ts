/**
 * The Number format setting: text amounts and text dates read the way the plan's locale writes
 * them ("4.934,18 €" and "31.03.2026" under de-DE).
 */
import { analyze } from "../../../src/engine";
import { parseNumericText } from "../../../src/engine/read/numericText";
import { dayFromText, isoFromDay } from "../../../src/model/dates";
import { conventionNamed } from "../../../src/model/numberFormat";
import { PLAN_SETTINGS, workbook } from "../../helpers/tables";
import { eurPlan, lumpSum } from "./currencyPlan";

const de = conventionNamed("de-DE")!;
const fr = conventionNamed("fr-FR")!;

test("numeric text under de-DE and fr-FR", () => {
  expect(parseNumericText("4.934,18 €", de)).toEqual({ negative: false, integer: "4934", fraction: "18", percent: false, currencyMark: "€" });
  expect(parseNumericText("-1.234.567,5", de)).toMatchObject({ negative: true, integer: "1234567", fraction: "5" });
  expect(parseNumericText("12,5 %", de)).toMatchObject({ integer: "12", fraction: "5", percent: true });
  expect(parseNumericText("4 934,18 €", fr)).toMatchObject({ integer: "4934", fraction: "18", currencyMark: "€" });
  expect(parseNumericText("4\u202f934,18\u00a0€", fr)).toMatchObject({ integer: "4934", fraction: "18", currencyMark: "€" });
  expect(parseNumericText("EUR 1.000", de)).toMatchObject({ integer: "1000", fraction: "", currencyMark: "EUR" });
  // The en-US way of writing is not a number under de-DE: the marks would swap meaning.
  expect(parseNumericText("1,200.50", de)).toBeUndefined();
  expect(parseNumericText("1.200,50")).toBeUndefined();
});

test("numeric dates are read day first under de-DE and fr-FR, month first under en-US", () => {
  expect(isoFromDay(dayFromText("31.03.2026", de.dayFirst)!)).toBe("2026-03-31");
  expect(isoFromDay(dayFromText("01/02/2026", fr.dayFirst)!)).toBe("2026-02-01");
  expect(isoFromDay(dayFromText("01/02/2026")!)).toBe("2026-01-02");
  expect(isoFromDay(dayFromText("01-02-2026", true)!)).toBe("2026-02-01");
});

test("a de-DE plan reads a German partner's text amounts and dates, settings included", () => {
  const settings = { ...PLAN_SETTINGS, "Number format": "de-DE", "Period start": "01.01.2026", "Period end": "31.12.2026" };
  const analysis = analyze(workbook(eurPlan([lumpSum("A1", "4.934,18 €", "31.03.2026")]), settings));
  expect(analysis.plan.settings.numberFormat).toBe("de-DE");
  expect(isoFromDay(analysis.plan.settings.periodStart!)).toBe("2026-01-01");
  // 4,934.18 EUR on 2026-03-31 at 1.08 = 5,328.9144 USD -> 5,328.91.
  expect(analysis.partners[0].figures.authorized).toBe(532891);
  expect(analysis.findings.filter((f) => f.severity === "error" && f.table !== "JmpClaims")).toEqual([]);
  // The text cells are still reported as numbers and dates stored as text (the row's findings left to right).
  expect(analysis.findings.filter((f) => f.table === "JmpAllocations").map((f) => f.code)).toEqual(["F04", "V09", "V09"]);
  // Each says what it was read as: the plan's convention applied, the amount to the cent.
  expect(analysis.findings.filter((f) => f.code === "V09" && f.table === "JmpAllocations").map((f) => f.message)).toEqual([
    'Amount "4.934,18 €" is a number stored as text; it is read as €4934.18',
    'Authorized on "31.03.2026" is a date stored as text; it is read as 2026-03-31',
  ]);
});

test("an unknown Number format is V05 and en-US is used", () => {
  const settings = { ...PLAN_SETTINGS, "Number format": "xx-YY" };
  const analysis = analyze(workbook(eurPlan([lumpSum("A1", "1,000.00", "3/31/2026")]), settings));
  expect(analysis.findings.filter((f) => f.code === "V05").map((f) => f.message)).toEqual([expect.stringContaining('Number format "xx-YY" is not one of en-US')]);
  expect(analysis.plan.settings.numberFormat).toBe("en-US");
  expect(analysis.partners[0].figures.authorized).toBe(108000);
});

test("V09 shows a number read from text without zeros that change nothing, so neither writing takes it for a thousand", () => {
  const plan = eurPlan([lumpSum("A1", 1000, "2026-03-31")]);
  plan.JmpRates = [
    { Currency: "EUR", Rate: "1,000", "Valid from": "01.01.2026" },
    { Currency: "EUR", Rate: "0001,50", "Valid from": "01.07.2026" },
  ];
  const analysis = analyze(workbook(plan, { ...PLAN_SETTINGS, "Number format": "de-DE" }));
  expect(analysis.findings.filter((f) => f.code === "V09" && f.column === "Rate").map((f) => f.message)).toEqual([
    'Rate "1,000" is a number stored as text; it is read as 1',
    'Rate "0001,50" is a number stored as text; it is read as 1.5',
  ]);
  // 1,000 EUR at 1 = 1,000 USD.
  expect(analysis.partners[0].figures.authorized).toBe(100000);
});

test("an amount naming a currency says which in its V09, beside the reason it is not counted", () => {
  const analysis = analyze(workbook(eurPlan([lumpSum("A1", "XYZ 10", "2026-03-31"), lumpSum("A2", "CHF 100", "2026-03-31")]), PLAN_SETTINGS));
  const messages = analysis.findings.filter((f) => f.table === "JmpAllocations" && f.column === "Amount").map((f) => `${f.code} ${f.message}`);
  expect(messages).toEqual(
    expect.arrayContaining([
      'V09 Amount "XYZ 10" is a number stored as text; it is read as 10.00 XYZ',
      "V05 XYZ is not an ISO 4217 currency code; the amount is not counted",
      'V09 Amount "CHF 100" is a number stored as text; it is read as 100.00 CHF',
      "V10 The amount is in CHF, which has no rate in the Rates table; it is not counted",
    ]),
  );
  expect(analysis.partners[0].figures.authorized).toBe(0);
});

test("a currency code in lower case is not read (\"Net 30\" must stay text), and V02 says to write it in capitals", () => {
  const analysis = analyze(workbook(eurPlan([lumpSum("A1", "eur 10", "2026-03-31"), lumpSum("A2", "net 30", "2026-03-31")]), PLAN_SETTINGS));
  expect(analysis.findings.filter((f) => f.code === "V02" && f.table === "JmpAllocations").map((f) => f.message)).toEqual([
    'Amount "eur 10" is not a number; a currency code is written in capitals (EUR 10)',
    'Amount "net 30" is not a number',
  ]);
});
