/**
 * Facts a plan may not know (SPEC section 9): a blank Partners[MDF budget] is no budget set (Budget
 * null, P06 and F05 not checked, never a budget of 0), and a blank Claims[Submitted on] is a date
 * not known (C04 not checked). Neither is V01.
 */
import { reportJson } from "../../../src/engine/reportJson";
import { dashboardLayout } from "../../../src/workbook/layout";
import { FUNCTION_SPECS } from "../../../src/functions/functionSpecs";
import { check, checkCleanWith, codes, editCell, findingsOf } from "../../helpers/findings";
import { cleanPlan, d } from "../../helpers/tables";

describe("Partners[MDF budget] blank: no budget set", () => {
  // P001's approved tactics request 14,000 and it has 14,000 authorized: above a budget of 100.
  const overBudget = () => editCell(cleanPlan(), "JmpPartners", 0, "MDF budget", 100);

  test("a budget set below the requests and allocations is P06 and F05, as before", () => {
    expect(codes(check(overBudget())).sort()).toEqual(["F05", "P06"]);
  });

  test("blank, the budget is not required and neither P06 nor F05 is checked", () => {
    for (const blank of [null, "", "   "]) expect(checkCleanWith("JmpPartners", 0, "MDF budget", blank).findings).toEqual([]);
  });

  test("blank, the partner's Budget is null, not 0; the total sums the budgets that are set", () => {
    const a = checkCleanWith("JmpPartners", 0, "MDF budget", null);
    expect(a.partners.map((p) => p.figures.budget)).toEqual([null, 2_000_000]);
    expect(a.totals.budget).toBe(2_000_000);
    expect(a.partners[0].figures.requested).toBe(1_400_000);
  });

  test("with no budget set anywhere the total Budget is null too", () => {
    const parts = editCell(editCell(cleanPlan(), "JmpPartners", 0, "MDF budget", null), "JmpPartners", 1, "MDF budget", undefined);
    expect(check(parts).totals.budget).toBeNull();
  });

  test("a budget of 0 is a budget: 0, and any approved request above it is P06", () => {
    const a = checkCleanWith("JmpPartners", 0, "MDF budget", 0);
    expect(a.partners[0].figures.budget).toBe(0);
    expect(codes(a).sort()).toEqual(["F05", "P06"]);
  });

  test("blank flows as null to the JSON report, blank to the Dashboard and #N/A with a reason to JMP.BUDGET", () => {
    const a = checkCleanWith("JmpPartners", 0, "MDF budget", null);
    const json = reportJson(a);
    expect(json.partners[0].budget).toBeNull();
    expect(json.partners[1].budget).toBe(20_000);
    expect(json.totals.budget).toBe(20_000);
    const partners = dashboardLayout(a).blocks.find((b) => b.key === "partners");
    const budgetAt = partners?.header.indexOf("Budget") ?? -1;
    expect(partners?.rows.map((r) => r[budgetAt])).toEqual([null, 20_000]);
    const spec = FUNCTION_SPECS.BUDGET;
    expect(spec.measure({ figures: a.partners[0].figures, errorCount: () => 0, goal: () => undefined })).toBeNull();
    expect(spec.undefinedReason).toBe("no MDF budget set");
  });

  test("a budget that cannot be read is still reported, and counts as not set", () => {
    const a = checkCleanWith("JmpPartners", 0, "MDF budget", "lots");
    expect(codes(a)).toEqual(["V02"]);
    expect(a.partners[0].figures.budget).toBeNull();
  });
});

describe("Claims[Submitted on] blank: date not known", () => {
  test("a claim submitted before its tactic ended is C04, as before", () => {
    expect(codes(checkCleanWith("JmpClaims", 0, "Submitted on", d("2026-03-01")))).toEqual(["C04"]);
  });

  test("blank, the date is not required and C04 is not checked; the claim still counts", () => {
    const a = checkCleanWith("JmpClaims", 0, "Submitted on", null);
    expect(a.findings).toEqual([]);
    expect(a.plan.claims[0].submittedOn).toBeUndefined();
    expect(a.partners[0].figures.spend).toBe(850_000);
  });

  test("a date that cannot be read is V03 and C04 is not checked", () => {
    const a = checkCleanWith("JmpClaims", 0, "Submitted on", "soon");
    expect(codes(a)).toEqual(["V03"]);
    expect(findingsOf(a, "C04")).toEqual([]);
  });
});
