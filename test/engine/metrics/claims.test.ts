/**
 * Spend, Paid, Utilization and Progress from claims: a counted claim has Status Approved or
 * Paid; its value is Amount approved, or Amount claimed when that is blank (SPEC section 3).
 */
import { analyze } from "../../../src/engine";
import { approvedTactic, claim, onePartnerPlan } from "./onePartner";

const withClaims = (claims: ReturnType<typeof claim>[]) =>
  analyze(
    onePartnerPlan({
      JmpTactics: [approvedTactic("T1"), approvedTactic("T2")],
      JmpAllocations: [
        { "Allocation ID": "A1", "Partner ID": "P1", "Tactic ID": "T1", Amount: 1000 },
        { "Allocation ID": "A2", "Partner ID": "P1", "Tactic ID": "T2", Amount: 1000 },
      ],
      JmpClaims: claims,
    }),
  ).partners[0].figures;

describe("claims in Spend and Paid", () => {
  test.each([
    ["Draft", 0, 0],
    ["Submitted", 0, 0],
    ["Rejected", 0, 0],
    ["Approved", 40_000, 0],
    ["Paid", 40_000, 40_000],
  ])("a %s claim of 400 adds %d cents to Spend and %d to Paid", (status, spend, paid) => {
    const f = withClaims([claim("C1", "T1", status, 500, 400)]);
    expect([f.spend, f.paid]).toEqual([spend, paid]);
  });

  test("a blank Amount approved means the Amount claimed", () => {
    const f = withClaims([claim("C1", "T1", "Approved", 321.45), claim("C2", "T2", "Paid", 100, 99.99)]);
    expect([f.spend, f.paid]).toEqual([32_145 + 9_999, 9_999]);
  });

  test("an Amount approved of zero is a counted claim worth nothing", () => {
    const f = withClaims([claim("C1", "T1", "Approved", 500, 0)]);
    expect([f.spend, f.progress, f.claimedTactics]).toEqual([0, 1 / 2, 1]);
  });

  test("several counted claims on one tactic add up but make one claimed tactic", () => {
    const f = withClaims([claim("C1", "T1", "Approved", 100), claim("C2", "T1", "Paid", 200.1), claim("C3", "T1", "Paid", 0.01)]);
    expect([f.spend, f.paid, f.claimedTactics, f.progress]).toEqual([30_011, 20_011, 1, 1 / 2]);
  });

  test("Utilization is Spend over Authorized", () => {
    const f = withClaims([claim("C1", "T1", "Approved", 500), claim("C2", "T2", "Approved", 250)]);
    expect([f.authorized, f.spend, f.utilization]).toEqual([200_000, 75_000, 75_000 / 200_000]);
  });

  test("a claim on a tactic of an unknown partner counts nowhere", () => {
    const a = analyze(
      onePartnerPlan({
        JmpTactics: [approvedTactic("T1", { "Partner ID": "NOPE" })],
        JmpClaims: [claim("C1", "T1", "Paid", 500)],
      }),
    );
    expect([a.totals.spend, a.partners[0].figures.spend, a.tacticTypes]).toEqual([0, 0, []]);
  });

  test("a claim on an unknown tactic counts nowhere", () => {
    const a = analyze(onePartnerPlan({ JmpClaims: [claim("C1", "T-MISSING", "Paid", 500)] }));
    expect(a.totals.spend).toBe(0);
  });

  test("a claim whose amounts cannot be read is worth nothing", () => {
    const f = withClaims([claim("C1", "T1", "Approved", "#N/A"), claim("C2", "T2", "Approved", "lots")]);
    expect([f.spend, f.claimedTactics]).toEqual([0, 2]);
  });
});

describe("claims in Progress", () => {
  test("approved tactics with a counted claim over approved tactics", () => {
    const a = analyze(
      onePartnerPlan({
        JmpTactics: [
          approvedTactic("T1"),
          approvedTactic("T2", { Status: "Completed" }),
          approvedTactic("T3"),
          // Not approved: in neither the numerator nor the denominator, even with a counted claim.
          approvedTactic("T4", { Status: "Submitted" }),
        ],
        JmpClaims: [claim("C1", "T1", "Paid", 10), claim("C2", "T3", "Submitted", 10), claim("C4", "T4", "Approved", 10)],
      }),
    );
    expect([a.totals.approvedTactics, a.totals.claimedTactics, a.totals.progress]).toEqual([3, 1, 1 / 3]);
    // The claim on the submitted tactic is still spend: the money was approved.
    expect(a.totals.spend).toBe(2_000);
  });

  test("no approved tactic: Progress is undefined", () => {
    const a = analyze(onePartnerPlan({ JmpTactics: [approvedTactic("T1", { Status: "Draft" })] }));
    expect(a.totals.progress).toBeNull();
  });
});
