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

test("a tactic short in euros but not in dollars is still short", () => {
  // 3,999 EUR on 2026-10-01 (1.10) is 4,398.90 USD; the request 4,000 EUR from 2026-11-01 is 4,400 USD: 1 EUR short, 1.10 USD.
  const analysis = analysed({ A2: { Amount: 3999 } });
  expect(gapOf(analysis, "T2")).toMatchObject({ gap: 110, own: { requested: 400_000, funded: 399_900 } });
  expect(northwind(analysis).aligned).toBe(1_080_000 + 439_890);
  // And funded 4,000 EUR at the earlier rate while asking at the later one: not short in euros, no gap.
  const exact = analysed({ A2: { "Authorized on": d("2026-02-01") } });
  expect(gapOf(exact, "T2")).toBeUndefined();
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
