/**
 * Partners in other currencies, with conversions computed by hand: a row's amounts are in its
 * partner's currency at the rate in force on its date (the latest without one), rounded once per
 * amount, half away from zero; sums are never rounded.
 */
import { analyze } from "../../../src/engine";
import { d, PLAN_SETTINGS, workbook } from "../../helpers/tables";
import { eurPlan, lumpSum } from "./currencyPlan";

const authorized = (plan: ReturnType<typeof eurPlan>, partner = "P001") => analyze(workbook(plan)).partners.find((p) => p.id === partner)!.figures.authorized;
const codes = (plan: ReturnType<typeof eurPlan>) => analyze(workbook(plan)).findings.map((f) => `${f.code} ${f.cell}`);

test("a rate change inside the period: each row converts at the rate in force on its date", () => {
  // 1,000.00 EUR on 2026-02-01 at 1.08 = 1,080.00 USD; 2,000.00 EUR on 2026-10-01 at 1.10 = 2,200.00 USD.
  const plan = eurPlan([lumpSum("A1", 1000, d("2026-02-01")), lumpSum("A2", 2000, d("2026-10-01"))]);
  expect(authorized(plan)).toBe(108000 + 220000);
});

test("a row dated on the change date takes the new rate; the day before, the old one", () => {
  expect(authorized(eurPlan([lumpSum("A1", 1000, d("2026-07-01"))]))).toBe(110000);
  expect(authorized(eurPlan([lumpSum("A1", 1000, d("2026-06-30"))]))).toBe(108000);
});

test("a row without a date, and the MDF budget, take the latest rate", () => {
  const analysis = analyze(workbook(eurPlan([lumpSum("A1", 1000, undefined)])));
  const p1 = analysis.partners.find((p) => p.id === "P001")!.figures;
  expect(p1.authorized).toBe(110000);
  // MDF budget 50,000 EUR at 1.10.
  expect(p1.budget).toBe(5500000);
});

test("half a cent rounds away from zero on each row, and the sum adds the rounded rows", () => {
  // 0.05 EUR at 1.10 = 5.5 US cents -> 6 on each row: 12 for the two, where converting the 0.10 total would give 11.
  const plan = eurPlan([lumpSum("A1", 0.05, d("2026-08-01")), lumpSum("A2", 0.05, d("2026-08-01"))]);
  expect(authorized(plan)).toBe(12);
  // 0.25 EUR at 1.10 = 27.5 cents -> 28; 0.15 EUR at 1.10 = 16.5 -> 17.
  expect(authorized(eurPlan([lumpSum("A1", 0.25, d("2026-08-01")), lumpSum("A2", 0.15, d("2026-08-01"))]))).toBe(28 + 17);
});

test("a row dated before every rate of its currency is V10 at its date and counts as absent", () => {
  const plan = eurPlan([lumpSum("A1", 1000, d("2025-12-31")), lumpSum("A2", 1000, d("2026-01-01"))]);
  expect(authorized(plan)).toBe(108000);
  const analysis = analyze(workbook(plan));
  const v10 = analysis.findings.filter((f) => f.code === "V10");
  expect(v10.map((f) => [f.cell, f.severity, f.partner])).toEqual([["E2", "error", "P001"]]);
  expect(v10[0].message).toBe("No EUR rate is in force on 2025-12-31 (the first is from 2026-01-01); the row's amounts are not counted");
});

test("a partner currency with no rate at all is V10 once, at the partner's Currency cell; its amounts count as absent", () => {
  const plan = eurPlan([lumpSum("A1", 1000, d("2026-02-01")), lumpSum("A2", 500, d("2026-02-01"), "P002")]);
  plan.JmpPartners = plan.JmpPartners!.map((p) => (p["Partner ID"] === "P001" ? { ...p, Currency: "GBP" } : p));
  const analysis = analyze(workbook(plan));
  expect(analysis.findings.filter((f) => f.code === "V10").map((f) => [f.table, f.cell, f.message])).toEqual([
    ["JmpPartners", "I2", "The Rates table has no rate for GBP: the amounts of P001's rows are not counted"],
  ]);
  expect(analysis.partners.map((p) => p.figures.authorized)).toEqual([0, 50000]);
  expect(analysis.partners[0].figures.budget).toBeNull();
});

test("a cell naming its currency is read in it: a foreign amount on a plan-currency row converts", () => {
  // P002 works in USD; "EUR 1,000.50" on 2026-02-01 at 1.08 = 1,080.54 USD.
  expect(authorized(eurPlan([lumpSum("A1", "EUR 1,000.50", d("2026-02-01"), "P002")]), "P002")).toBe(108054);
  // A symbol: € is EUR.
  expect(authorized(eurPlan([lumpSum("A1", "€1,000.50", d("2026-02-01"), "P002")]), "P002")).toBe(108054);
});

test("a dollar written apart names its own currency: C$ is Canadian, US$ the US dollar", () => {
  // P001 works in EUR. "C$ 100" names CAD, which has no rate: V10 at the cell, counted as absent
  // (C$ is how the plan's own money formats show Canadian dollars); "US$ 100" is 100 USD, the plan's.
  const plan = eurPlan([lumpSum("A1", "C$ 100", d("2026-02-01")), lumpSum("A2", "US$ 100", d("2026-02-01"))]);
  expect(authorized(plan)).toBe(10000);
  expect(codes(plan).filter((c) => /^V(02|10|12)/.test(c))).toEqual(["V10 D2", "V12 D3"]);
  plan.JmpRates = [...plan.JmpRates!, { Currency: "CAD", Rate: 0.73, "Valid from": d("2026-01-01") }];
  expect(authorized(plan)).toBe(10000 + 7300);
});

test("an amount in the plan currency on a foreign partner's row is used as the plan currency, with a V12 warning", () => {
  const plan = eurPlan([lumpSum("A1", "USD 100", d("2026-02-01")), lumpSum("A2", "$50", d("2026-02-01"))]);
  expect(authorized(plan)).toBe(15000);
  const v12 = analyze(workbook(plan)).findings.filter((f) => f.code === "V12");
  expect(v12.map((f) => [f.cell, f.severity])).toEqual([
    ["D2", "warning"],
    ["D3", "warning"],
  ]);
});

test("a currency with no rate named in a cell is V10 at the cell; a code that is not ISO 4217 is V05", () => {
  const plan = eurPlan([lumpSum("A1", "GBP 100", d("2026-02-01")), lumpSum("A2", "ABC 100", d("2026-02-01")), lumpSum("A3", 100, d("2026-02-01"))]);
  expect(authorized(plan)).toBe(10800);
  expect(codes(plan).filter((c) => /^V(05|10)/.test(c))).toEqual(["V10 D2", "V05 D3"]);
});

test("a partner Currency that is not an ISO 4217 code is V05 and the partner counts in the plan currency", () => {
  const plan = eurPlan([lumpSum("A1", 1000, d("2026-02-01"))]);
  plan.JmpPartners = plan.JmpPartners!.map((p) => (p["Partner ID"] === "P001" ? { ...p, Currency: "EURO" } : p));
  expect(authorized(plan)).toBe(100000);
  expect(codes(plan)).toContain("V05 I2");
});

test("every amount of a foreign partner's rows converts: tactics, claims (through their tactic), outcomes, forecasts", () => {
  const analysis = analyze(workbook(eurPlan()));
  const p1 = analysis.partners.find((p) => p.id === "P001")!.figures;
  // Requested: T1 10,000 (2026-03-01, 1.08) + T2 4,000 (2026-11-01, 1.10) = 10,800 + 4,400.
  expect(p1.requested).toBe(1520000);
  // Spend: C1 approved 8,500 EUR submitted 2026-03-20 at 1.08 = 9,180.
  expect(p1.spend).toBe(918000);
  // Revenue: O1 60,000 EUR on 2026-06-01 at 1.08 = 64,800.
  expect(p1.revenue).toBe(6480000);
  // Forecast (Joint Plan, no date: the latest rate): 140,000 EUR at 1.10.
  expect(p1.forecast).toBe(15400000);
  // P002 is untouched.
  const plain = analyze(workbook(eurPlan().JmpPartners ? { ...eurPlan(), JmpPartners: eurPlan().JmpPartners!.map((p) => ({ ...p, Currency: undefined })) } : {}));
  expect(analysis.partners[1].figures).toEqual(plain.partners[1].figures);
  expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
});

test("the partner view gives each partner's figures in its own currency, exactly as typed", () => {
  const plan = eurPlan([lumpSum("A1", 1000.01, d("2026-02-01")), lumpSum("A2", 2000, d("2026-10-01")), lumpSum("A3", "USD 108", d("2026-02-01"))]);
  const own = analyze(workbook(plan), { currencyView: "partner" });
  // 3,000.01 EUR, and USD 108 at 1.08 = 100 EUR.
  expect(own.partners[0].figures.authorized).toBe(300001 + 10000);
  expect(own.partners[0].figures.budget).toBe(5000000);
});

test("a plan Currency of three letters that is not an ISO 4217 code is V05 at the setting, and the plan counts in USD", () => {
  const analysis = analyze(workbook(eurPlan(), { ...PLAN_SETTINGS, Currency: "ABC" }));
  expect(analysis.plan.settings.currency.code).toBe("USD");
  expect(analysis.findings.filter((f) => f.table === "JmpSettings").map((f) => [f.code, f.message])).toEqual([["V05", 'Currency "ABC" is not an ISO 4217 code; USD is used']]);
});
