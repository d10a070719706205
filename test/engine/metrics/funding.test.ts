/**
 * Authorized, Funded(t), Aligned, Coverage and Alignment on small plans, computed by hand.
 */
import { analyze, pairFigures } from "../../../src/engine";
import type { RowData } from "../../helpers/tables";
import { approvedTactic, onePartnerPlan } from "./onePartner";

const allocation = (id: string, partner: string, tactic: string | undefined, amount: unknown): RowData => ({
  "Allocation ID": id,
  "Partner ID": partner,
  "Tactic ID": tactic,
  Amount: amount,
});

describe("funding figures", () => {
  test("the 1:1 ideal: every approved tactic funded exactly, no other money", () => {
    const f = analyze(
      onePartnerPlan({
        JmpTactics: [approvedTactic("T1"), approvedTactic("T2", { "MDF requested": 2500.5 })],
        JmpAllocations: [allocation("A1", "P1", "T1", 1000), allocation("A2", "P1", "T2", 2000.5), allocation("A3", "P1", "T2", 500)],
      }),
    ).partners[0].figures;
    expect([f.requested, f.authorized, f.aligned, f.coverage, f.alignment]).toEqual([350_050, 350_050, 350_050, 1, 1]);
  });

  test("Aligned takes min(Funded, MDF requested) per tactic, never netting one against another", () => {
    // T1 over-funded by 500, T2 under-funded by 500: the excess on T1 does not cover T2.
    const f = analyze(
      onePartnerPlan({
        JmpTactics: [approvedTactic("T1"), approvedTactic("T2")],
        JmpAllocations: [allocation("A1", "P1", "T1", 1500), allocation("A2", "P1", "T2", 500)],
      }),
    ).partners[0].figures;
    expect([f.requested, f.authorized, f.aligned, f.coverage, f.alignment]).toEqual([200_000, 200_000, 150_000, 3 / 4, 3 / 4]);
  });

  test("money on tactics that are not approved is Authorized but not Aligned", () => {
    const f = analyze(
      onePartnerPlan({
        JmpTactics: [approvedTactic("T1"), approvedTactic("T2", { Status: "Cancelled" }), approvedTactic("T3", { Status: "Draft" })],
        JmpAllocations: [allocation("A1", "P1", "T1", 1000), allocation("A2", "P1", "T2", 1000), allocation("A3", "P1", "T3", 1000)],
      }),
    ).partners[0].figures;
    expect([f.requested, f.authorized, f.aligned, f.coverage, f.alignment]).toEqual([100_000, 300_000, 100_000, 1, 1 / 3]);
  });

  test("an allocation from another partner does not fund the tactic; it is that partner's Authorized", () => {
    const a = analyze(
      onePartnerPlan({
        JmpTactics: [approvedTactic("T1")],
        JmpAllocations: [allocation("A1", "P2", "T1", 1000)],
      }),
    );
    const [p1, p2] = a.partners.map((p) => p.figures);
    expect([p1.requested, p1.authorized, p1.aligned, p1.coverage]).toEqual([100_000, 0, 0, 0]);
    expect([p2.requested, p2.authorized, p2.aligned, p2.alignment]).toEqual([0, 100_000, 0, 0]);
    // Through the tactic it still lands in I1 and in the Event type, for P2.
    expect(pairFigures(a, "P2", "I1").authorized).toBe(100_000);
    expect(a.tacticTypes.map((t) => [t.type, t.figures.authorized])).toEqual([["Event", 100_000]]);
  });

  test("Authorized for an initiative counts allocations whose tactic is in it; lump sums in none", () => {
    const a = analyze(
      onePartnerPlan({
        JmpTactics: [approvedTactic("T1"), approvedTactic("T2", { "Initiative ID": "I2" })],
        JmpAllocations: [allocation("A1", "P1", "T1", 700), allocation("A2", "P1", "T2", 300), allocation("A3", "P1", undefined, 250.75)],
      }),
    );
    expect(a.partners[0].figures.authorized).toBe(125_075);
    expect(a.initiatives.map((i) => [i.id, i.figures.authorized])).toEqual([
      ["I1", 70_000],
      ["I2", 30_000],
    ]);
    expect([pairFigures(a, "P1", "I1").authorized, pairFigures(a, "P1", "I2").authorized]).toEqual([70_000, 30_000]);
  });

  test("an allocation to an unknown tactic is Authorized for its partner, in no initiative or type", () => {
    const a = analyze(onePartnerPlan({ JmpAllocations: [allocation("A1", "P1", "T-GONE", 400)] }));
    expect(a.partners[0].figures.authorized).toBe(40_000);
    expect(a.initiatives.map((i) => i.figures.authorized)).toEqual([0, 0]);
    expect(a.tacticTypes).toEqual([]);
  });

  test("an approved tactic with no MDF requested is covered by nothing and aligns nothing", () => {
    const f = analyze(
      onePartnerPlan({
        JmpTactics: [approvedTactic("T1", { "MDF requested": 0 })],
        JmpAllocations: [allocation("A1", "P1", "T1", 100)],
      }),
    ).partners[0].figures;
    expect([f.requested, f.aligned, f.coverage, f.alignment]).toEqual([0, 0, null, 0]);
  });

  test("Budget is the partner's MDF budget, summed in the totals, absent for initiatives", () => {
    const a = analyze(onePartnerPlan({}));
    expect(a.partners.map((p) => p.figures.budget)).toEqual([1_000_000, 500_000]);
    expect(a.totals.budget).toBe(1_500_000);
    expect(a.initiatives.map((i) => i.figures.budget)).toEqual([null, null]);
  });
});
