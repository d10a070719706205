/**
 * Funding, claims and budgets of a partner in another currency are compared in that currency,
 * as the partner typed them: converted into the plan currency on different dates, amounts that
 * match in euros would not match in dollars once a rate changes (rates of currencyPlan.ts: EUR
 * 1.08 from 2026-01-01, 1.10 from 2026-07-01).
 */
import { analyze } from "../../../src/engine";
import { reportJson } from "../../../src/engine/reportJson";
import type { RowData } from "../../helpers/tables";
import { d, workbook } from "../../helpers/tables";
import { eurPlan, lumpSum } from "./currencyPlan";

/** The EUR plan with tactic T2's allocation (4,000 EUR requested, starting 2026-11-01 at 1.10) and claims replaced. */
function t2Plan(allocation: Partial<RowData>, claims: RowData[] = []) {
  const plan = eurPlan();
  plan.JmpAllocations = plan.JmpAllocations!.map((a) => (a["Allocation ID"] === "A2" ? { ...a, ...allocation } : a));
  plan.JmpClaims = [...plan.JmpClaims!, ...claims];
  return plan;
}

const moneyFindings = (plan: ReturnType<typeof eurPlan>) =>
  analyze(workbook(plan))
    .findings.filter((f) => /^(P05|P06|F0[235]|C0[238])$/.test(f.code))
    .map((f) => ({ code: f.code, cell: f.cell, message: f.message, amount: f.amount, limit: f.limit, currency: f.currency }));

test("a tactic funded what it requested in euros is fully funded, though the two convert at different rates", () => {
  // 4,000 EUR authorized on 2026-06-30 (1.08) is 4,320 USD; requested 4,000 EUR at its Start (1.10) is 4,400 USD.
  const plan = t2Plan({ "Authorized on": d("2026-06-30") });
  const analysis = analyze(workbook(plan));
  expect(analysis.partners[0].figures.authorized).toBe(1_080_000 + 432_000);
  expect(moneyFindings(plan)).toEqual([]);
});

test("claims within the funding in euros are within it, whatever the rates of their dates", () => {
  // Funded 4,000 EUR on 2026-06-30 (4,320 USD); a claim approved for 4,000 EUR submitted on 2026-11-05 (4,400 USD).
  const claim = { "Claim ID": "C3", "Tactic ID": "T2", "Amount claimed": 4000, "Amount approved": 4000, "Submitted on": d("2026-11-05"), Status: "Approved" };
  expect(moneyFindings(t2Plan({ "Authorized on": d("2026-06-30") }, [claim]))).toEqual([]);
  // 4,000.01 EUR claimed and approved is above the funding: C02, in euros.
  const over = { ...claim, "Amount claimed": 4000.01, "Amount approved": 4000.01 };
  expect(moneyFindings(t2Plan({ "Authorized on": d("2026-06-30") }, [over]))).toEqual([
    { code: "C02", cell: "D4", message: "Counted claims on tactic T2 reach €4,000.01, above its funding €4,000.00", amount: 400_001, limit: 400_000, currency: "EUR" },
  ]);
});

test("a tactic funded above its request in euros is F02, its figures given in euros and named so", () => {
  const plan = t2Plan({ Amount: 4500 });
  expect(moneyFindings(plan)).toEqual([
    { code: "F02", cell: "I3", message: "Tactic T2 is funded €4,500.00, above its MDF requested €4,000.00", amount: 450_000, limit: 400_000, currency: "EUR" },
  ]);
  const f02 = reportJson(analyze(workbook(plan))).issues.find((f) => f.code === "F02");
  expect([f02?.amount, f02?.limit, f02?.currency]).toEqual([4500, 4000, "EUR"]);
});

test("authorized above the MDF budget in euros is F05, though in dollars the budget's later rate would cover it", () => {
  // 50,500 EUR more on 2026-02-01 (1.08): 54,540 USD, below the 50,000 EUR budget at the latest rate (55,000 USD).
  const plan = eurPlan();
  plan.JmpAllocations = [{ "Allocation ID": "A9", "Partner ID": "P001", Amount: 50_500, "Authorized on": d("2026-02-01") }];
  const f05 = moneyFindings(plan).filter((f) => f.code === "F05");
  expect(f05).toEqual([{ code: "F05", cell: "E2", message: "Authorized €50,500.00 is above the MDF budget €50,000.00 of P001", amount: 5_050_000, limit: 5_000_000, currency: "EUR" }]);
});

test("an amount typed in another currency on the row is compared in the partner's", () => {
  // "USD 4,320" on 2026-06-30 is 4,000 EUR at 1.08: T2 is funded exactly what it requested (4,400 USD at its Start's
  // rate, so compared in dollars it would read as under-funded), and V12 warns of the currency.
  const plan = t2Plan({ Amount: "USD 4,320", "Authorized on": d("2026-06-30") });
  expect(moneyFindings(plan)).toEqual([]);
  expect(analyze(workbook(plan)).findings.map((f) => f.code)).toContain("V12");
});

test("a plan whose partners all work in the plan currency names no currency in its money findings", () => {
  const plan = eurPlan();
  plan.JmpPartners = plan.JmpPartners!.map((p) => ({ ...p, Currency: "" }));
  plan.JmpAllocations = plan.JmpAllocations!.map((a) => (a["Allocation ID"] === "A2" ? { ...a, Amount: 4500 } : a));
  const [f02] = moneyFindings(plan);
  expect(f02).toEqual({ code: "F02", cell: "I3", message: "Tactic T2 is funded $4,500.00, above its MDF requested $4,000.00", amount: 450_000, limit: 400_000, currency: undefined });
  expect(reportJson(analyze(workbook(plan))).issues.find((f) => f.code === "F02")?.currency).toBe("USD");
});

test("amounts the conversion could not count (no rate, or none yet on the row's date) are compared with nothing", () => {
  // A partner currency with no rate at all: V10 at the partner, its amounts count as absent, and no F02 either.
  const noRate = t2Plan({ Amount: 4500 });
  noRate.JmpPartners = noRate.JmpPartners!.map((p) => (p["Partner ID"] === "P001" ? { ...p, Currency: "GBP" } : p));
  expect(moneyFindings(noRate).filter((f) => f.code === "F02")).toEqual([]);
  // An allocation dated before the first EUR rate counts as absent: T2 is then unfunded (F03), as the plan currency says.
  const early = moneyFindings(t2Plan({ "Authorized on": d("2025-06-01") }));
  expect(early.map((f) => [f.code, f.message])).toEqual([["F03", "Approved tactic T2 has no funding"]]);
});

test("a lump sum of a partner in euros is F04 in euros, like its other money findings", () => {
  // 1,000.01 EUR on 2026-08-01 (1.10) is 1,100.01 USD in the figures; the finding speaks the partner's currency.
  const plan = eurPlan([...eurPlan().JmpAllocations!, lumpSum("A9", 1000.01, d("2026-08-01"))]);
  const f04 = analyze(workbook(plan)).findings.filter((f) => f.code === "F04");
  expect(f04.map((f) => [f.message, f.amount, f.currency])).toEqual([["Allocation A9 of €1,000.01 is a lump sum tied to no tactic", 100_001, "EUR"]]);
});
