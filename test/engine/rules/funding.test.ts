/**
 * F01-F05 (SPEC section 5): MDF authorized should back approved tactics one to one and stay
 * within each partner's budget.
 */
import { addRows, check, checkCleanWith, codes, editCell, findingsOf, removeRows, theFinding } from "../../helpers/findings";
import { cleanPlan } from "../../helpers/tables";

describe("F01 allocation to a tactic that is not approved", () => {
  test("funds allocated to a draft tactic are an error at the allocation's Tactic ID, naming tactic and status", () => {
    const parts = addRows(cleanPlan(), "JmpAllocations", { "Allocation ID": "A4", "Partner ID": "P002", "Tactic ID": "T4", Amount: 2000 });
    const f = theFinding(check(parts), "F01");
    expect(f).toMatchObject({ code: "F01", severity: "error", table: "JmpAllocations", sheet: "Allocations", row: 5, column: "Tactic ID", cell: "C5" });
    expect(f.message).toContain("T4");
    expect(f.message).toContain("Draft");
  });

  test.each(["Submitted", "Rejected", "Cancelled"])("a %s tactic with funds is F01 too", (status) => {
    const a = checkCleanWith("JmpTactics", 1, "Status", status);
    expect(theFinding(a, "F01")).toMatchObject({ row: 3, cell: "C3" });
    expect(theFinding(a, "F01").message).toContain(status);
  });

  test("allocations to Approved and Completed tactics, and to unknown tactics, are not F01", () => {
    expect(findingsOf(checkCleanWith("JmpTactics", 1, "Status", "completed"), "F01")).toEqual([]);
    expect(codes(checkCleanWith("JmpAllocations", 0, "Tactic ID", "T9"))).not.toContain("F01");
  });
});

describe("F02 tactic funded above its MDF requested", () => {
  test("one cent of funding too much is an error at the tactic's MDF requested, naming both amounts", () => {
    const parts = addRows(cleanPlan(), "JmpAllocations", { "Allocation ID": "A4", "Partner ID": "P001", "Tactic ID": "T1", Amount: 0.01 });
    const f = theFinding(check(parts), "F02");
    expect(f).toMatchObject({ code: "F02", severity: "error", table: "JmpTactics", sheet: "Tactics", row: 2, column: "MDF requested", cell: "I2" });
    expect(f.message).toContain("$10,000.01");
    expect(f.message).toContain("$10,000.00");
    expect(f.message).toContain("T1");
  });

  test("allocations that add up to exactly the request are neither F02 nor F03", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpAllocations", 0, "Amount", 6000.4);
    addRows(parts, "JmpAllocations", { "Allocation ID": "A4", "Partner ID": "P001", "Tactic ID": "T1", Amount: "3,999.60" });
    expect(codes(check(parts))).toEqual(["V09"]);
  });
});

describe("F03 approved tactic unfunded or under-funded", () => {
  test("an under-funded approved tactic is a warning at MDF requested, naming funded and requested", () => {
    const f = theFinding(checkCleanWith("JmpAllocations", 1, "Amount", 3999.99), "F03");
    expect(f).toMatchObject({ code: "F03", severity: "warning", table: "JmpTactics", row: 3, column: "MDF requested", cell: "I3" });
    expect(f.message).toContain("$3,999.99");
    expect(f.message).toContain("$4,000.00");
  });

  test("an approved tactic with no allocation is a warning saying it has no funding", () => {
    const f = theFinding(check(removeRows(cleanPlan(), "JmpAllocations", "Allocation ID", "A2")), "F03");
    expect(f).toMatchObject({ row: 3, cell: "I3" });
    expect(f.message).toContain("T2 has no funding");
  });

  test("fully funded approved tactics and unfunded drafts are not F03", () => {
    expect(findingsOf(check(cleanPlan()), "F03")).toEqual([]);
    expect(findingsOf(checkCleanWith("JmpTactics", 3, "MDF requested", 2500), "F03")).toEqual([]);
  });
});

describe("F04 lump-sum allocation tied to no tactic", () => {
  test("an allocation without a Tactic ID is a warning at that empty cell, naming the allocation and amount", () => {
    const parts = addRows(cleanPlan(), "JmpAllocations", { "Allocation ID": "A4", "Partner ID": "P002", Amount: 500 });
    const f = theFinding(check(parts), "F04");
    expect(f).toMatchObject({ code: "F04", severity: "warning", table: "JmpAllocations", row: 5, column: "Tactic ID", cell: "C5" });
    expect(f.message).toContain("A4");
    expect(f.message).toContain("$500.00");
  });

  test("allocations tied to a tactic are not lump sums", () => {
    expect(findingsOf(check(cleanPlan()), "F04")).toEqual([]);
  });
});

describe("F05 Authorized above the partner's MDF budget", () => {
  test("authorizations one cent above the budget are an error at the partner's MDF budget", () => {
    const parts = addRows(cleanPlan(), "JmpAllocations", { "Allocation ID": "A4", "Partner ID": "P002", Amount: 17000.01 });
    const f = theFinding(check(parts), "F05");
    expect(f).toMatchObject({ code: "F05", severity: "error", table: "JmpPartners", sheet: "Partners", row: 3, column: "MDF budget", cell: "E3" });
    expect(f.message).toContain("$20,000.01");
    expect(f.message).toContain("$20,000.00");
    expect(f.message).toContain("P002");
  });

  test("authorizations exactly at the budget are allowed", () => {
    const parts = addRows(cleanPlan(), "JmpAllocations", { "Allocation ID": "A4", "Partner ID": "p002", Amount: 17000 });
    expect(codes(check(parts))).toEqual(["F04"]);
  });

  test("an allocation to an unknown partner counts against no partner's budget", () => {
    const parts = addRows(cleanPlan(), "JmpAllocations", { "Allocation ID": "A4", "Partner ID": "P404", Amount: 90000 });
    expect(findingsOf(check(parts), "F05")).toEqual([]);
  });
});
