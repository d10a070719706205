/**
 * Whether a tactic is short of funding, and whether its funding is left unclaimed, is decided in
 * its partner's currency, as the rules decide it: the Funding view's list, the funds at risk and
 * the Aligned and Unclaimed after window figures agree with F03's silence when euros match
 * (rates of currencyPlan.ts: EUR 1.08 from 2026-01-01, 1.10 from 2026-07-01; T2 asks 4,000 EUR
 * from 2026-11-01, at 1.10: 4,400 USD).
 */
import { analyze } from "../../../src/engine";
import type { Analysis } from "../../../src/engine";
import { fundingGaps } from "../../../src/taskpane/views/fundingGaps";
import { fundsAtRisk } from "../../../src/taskpane/views/fundsAtRisk";
import type { RowData } from "../../helpers/tables";
import { d, workbook } from "../../helpers/tables";
import { eurPlan } from "./currencyPlan";

function analysed(allocations: Record<string, Partial<RowData>>, claims: Record<string, Partial<RowData>> = {}): Analysis {
  const plan = eurPlan();
  plan.JmpAllocations = plan.JmpAllocations!.map((a) => ({ ...a, ...allocations[a["Allocation ID"] as string] }));
  plan.JmpClaims = plan.JmpClaims!.map((c) => ({ ...c, ...claims[c["Claim ID"] as string] }));
  return analyze(workbook(plan));
}

const northwind = (a: Analysis) => a.partners.find((p) => p.key === "P001")!.figures;
const gapOf = (a: Analysis, tactic: string) => fundingGaps(a).find((g) => g.tacticId === tactic);

test("a tactic funded its request in euros is not short, though the two convert to different dollars", () => {
  // A2: 4,000 EUR authorized on 2026-06-30 (1.08) is 4,320 USD, the request 4,400 USD.
  const analysis = analysed({ A2: { "Authorized on": d("2026-06-30") } });
  expect(analysis.findings.filter((f) => f.code === "F03")).toEqual([]);
  expect(gapOf(analysis, "T2")).toBeUndefined();
  const t2 = analysis.index.tactics.get("T2")!;
  expect([t2.funded, t2.shortfall, t2.own]).toEqual([432_000, 0, { currency: "EUR", requested: 400_000, funded: 400_000, liveClaimed: 0 }]);
  // Aligned never passes the funding: Coverage says the dollars are 80 short, Alignment is whole.
  expect(northwind(analysis).aligned).toBe(1_080_000 + 432_000);
});

test("a tactic short in euros is listed with its shortfall valued at its request's rate", () => {
  // 3,000 EUR on 2026-06-30 (1.08) is 3,240 USD: 1,000 EUR short, 1,100 USD at the request's 1.10.
  const analysis = analysed({ A2: { Amount: 3000, "Authorized on": d("2026-06-30") } });
  expect(analysis.findings.filter((f) => f.code === "F03").map((f) => f.message)).toEqual(["Approved tactic T2 is funded €3,000.00 of €4,000.00 requested"]);
  expect(gapOf(analysis, "T2")).toMatchObject({ requested: 440_000, funded: 324_000, gap: 110_000, own: { currency: "EUR", requested: 400_000, funded: 300_000 } });
  // Aligned: the request less the shortfall, within the funding: min(3,240, 4,400 - 1,100).
  expect(northwind(analysis).aligned).toBe(1_080_000 + 324_000);
});

test("a tactic short in euros is short, though its funding converts to more dollars than its request", () => {
  // T1 asks 10,000 EUR from 2026-03-01 (1.08: 10,800 USD); 9,999 EUR authorized on 2026-08-01 (1.10) is 10,998.90 USD.
  // 1 EUR short, 1.08 USD at the request's rate; Aligned = min(10,998.90, 10,800 - 1.08) = 10,798.92, not the request.
  const analysis = analysed({ A1: { Amount: 9999, "Authorized on": d("2026-08-01") } });
  expect(gapOf(analysis, "T1")).toMatchObject({ requested: 1_080_000, funded: 1_099_890, gap: 108, own: { requested: 1_000_000, funded: 999_900 } });
  expect(northwind(analysis).aligned).toBe(1_079_892 + 440_000);
  // And funded 4,000 EUR at the earlier rate while asking at the later one: not short in euros, no gap.
  const exact = analysed({ A2: { "Authorized on": d("2026-02-01") } });
  expect(gapOf(exact, "T2")).toBeUndefined();
});

test("a shortfall in the partner's currency worth under half a cent is still listed, at a cent", () => {
  // A partner in IDR at 0.00006 USD: 4,000,000 IDR asked, 3,999,950 funded: 50 IDR short is 0.003 USD.
  const plan = eurPlan();
  plan.JmpPartners = plan.JmpPartners!.map((p) => (p["Partner ID"] === "P001" ? { ...p, Currency: "IDR" } : p));
  plan.JmpRates = [{ Currency: "IDR", Rate: 0.00006, "Valid from": d("2026-01-01") }];
  plan.JmpTactics = plan.JmpTactics!.map((t) => (t["Tactic ID"] === "T2" ? { ...t, "MDF requested": 4_000_000, "Total cost": 8_000_000 } : t));
  plan.JmpAllocations = plan.JmpAllocations!.map((a) => (a["Allocation ID"] === "A2" ? { ...a, Amount: 3_999_950 } : a));
  const analysis = analyze(workbook(plan));
  expect(analysis.findings.filter((f) => f.code === "F03" && f.cell?.startsWith("I")).map((f) => f.currency)).toEqual(["IDR"]);
  expect(gapOf(analysis, "T2")).toMatchObject({ gap: 1, own: { currency: "IDR", requested: 400_000_000, funded: 399_995_000 } });
});

test("a shortfall valued at half a cent rounds away from zero, exactly, however large the amounts", () => {
  // 3,696,226.50 EUR asked at 1.10 (4,065,849.15 USD), 1,742,966.05 EUR funded: 1,953,260.45 EUR short is
  // 2,148,586.495 USD, which rounds to 2,148,586.50 (in floating point the product passes 2^53 and gives .49).
  const plan = eurPlan();
  plan.JmpTactics = plan.JmpTactics!.map((t) => (t["Tactic ID"] === "T2" ? { ...t, "MDF requested": 3_696_226.5, "Total cost": 8_000_000 } : t));
  plan.JmpAllocations = plan.JmpAllocations!.map((a) => (a["Allocation ID"] === "A2" ? { ...a, Amount: 1_742_966.05 } : a));
  expect(gapOf(analyze(workbook(plan)), "T2")).toMatchObject({ requested: 406_584_915, gap: 214_858_650 });
});

test("funding claimed in full in euros leaves nothing at risk, though the claim converts to fewer dollars", () => {
  // T1 (10,000 EUR, ended 2026-03-02, window closed 2026-04-16): funded on 2026-08-01 at 1.10 (11,000 USD), claimed in
  // full on 2026-03-20 at 1.08 (10,800 USD). Compared in dollars, 200 USD would be at risk.
  const analysis = analysed({ A1: { "Authorized on": d("2026-08-01") } }, { C1: { "Amount claimed": 10_000, "Amount approved": 10_000 } });
  expect(northwind(analysis).unclaimedAfterWindow).toBe(0);
  expect(fundsAtRisk(analysis).map((r) => r.tacticId)).not.toContain("T1");
});

test("funding left unclaimed in euros is at risk, valued at the funding's rate", () => {
  // Funded 10,000 EUR on 2026-08-01 (11,000 USD), 9,000 EUR claimed: 1,000 EUR left, 1,100 USD at the funding's 1.10.
  const analysis = analysed({ A1: { "Authorized on": d("2026-08-01") } });
  const t1 = fundsAtRisk(analysis).find((r) => r.tacticId === "T1");
  expect(t1).toMatchObject({ funded: 1_100_000, unclaimed: 110_000, own: { currency: "EUR", funded: 1_000_000, liveClaimed: 900_000 } });
  expect(northwind(analysis).unclaimedAfterWindow).toBe(110_000);
});

test("a partner in the plan currency keeps the plan-currency comparison", () => {
  const plan = eurPlan();
  plan.JmpPartners = plan.JmpPartners!.map((p) => ({ ...p, Currency: "" }));
  plan.JmpAllocations = plan.JmpAllocations!.map((a) => (a["Allocation ID"] === "A2" ? { ...a, Amount: 3000 } : a));
  const analysis = analyze(workbook(plan));
  expect(gapOf(analysis, "T2")).toMatchObject({ requested: 400_000, funded: 300_000, gap: 100_000, own: undefined });
  expect(analysis.index.tactics.get("T2")!.own).toBeUndefined();
});
