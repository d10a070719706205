/**
 * C01-C07 (SPEC section 5) and C08 (section 9): claims must be against funded, approved tactics, within their
 * funding, after the tactic ran, paid with a date, and filed on time.
 */
import { analyze } from "../../../src/engine";
import { dayFromText } from "../../../src/model/dates";
import { addRows, check, checkCleanWith, codes, editCell, findingsOf, removeRows, settingsWith, theFinding } from "../../helpers/findings";
import { cleanPlan, d, workbook } from "../../helpers/tables";

describe("C01 claim on a tactic with no funding", () => {
  test("a claim on an unfunded tactic is an error at its Tactic ID, naming claim and tactic", () => {
    const parts = removeRows(cleanPlan(), "JmpAllocations", "Allocation ID", "A2");
    addRows(parts, "JmpClaims", { "Claim ID": "C3", "Tactic ID": "T2", "Amount claimed": 100, "Submitted on": d("2026-11-05"), Status: "Submitted" });
    const f = theFinding(check(parts), "C01");
    expect(f).toMatchObject({ code: "C01", severity: "error", table: "JmpClaims", sheet: "Claims", row: 4, column: "Tactic ID", cell: "B4" });
    expect(f.message).toContain("C3");
    expect(f.message).toContain("T2");
  });

  test("funding from another partner than the tactic's does not count as funding", () => {
    expect(theFinding(checkCleanWith("JmpAllocations", 2, "Partner ID", "P001"), "C01")).toMatchObject({ row: 3, cell: "B3" });
  });

  test("claims on funded tactics are not C01", () => {
    const parts = addRows(cleanPlan(), "JmpClaims", { "Claim ID": "C3", "Tactic ID": "T2", "Amount claimed": 100, "Submitted on": d("2026-11-05"), Status: "Submitted" });
    expect(check(parts).findings).toEqual([]);
  });
});

describe("C02 counted claims above the tactic's funding", () => {
  const extraClaim = (id: string, status: string, amount: number) => ({ "Claim ID": id, "Tactic ID": "T3", "Amount claimed": amount, "Submitted on": d("2026-04-20"), Status: status });

  test("the counted claim that takes a tactic past its funding is an error, naming total and funding", () => {
    const parts = addRows(cleanPlan(), "JmpClaims", extraClaim("C3", "Approved", 0.01));
    const f = theFinding(check(parts), "C02");
    expect(f).toMatchObject({ code: "C02", severity: "error", table: "JmpClaims", row: 4, column: "Amount claimed", cell: "C4" });
    expect(f.message).toContain("T3");
    expect(f.message).toContain("$3,000.01");
    expect(f.message).toContain("$3,000.00");
  });

  test("a tactic is reported once however many claims pass its funding", () => {
    const parts = addRows(cleanPlan(), "JmpClaims", extraClaim("C3", "Paid", 10), extraClaim("C4", "Approved", 20));
    editCell(parts, "JmpClaims", 2, "Paid on", d("2026-05-01"));
    expect(findingsOf(check(parts), "C02").map((f) => f.cell)).toEqual(["C4"]);
  });

  test("claims exactly equal to the funding, and claims not counted, are not C02", () => {
    const parts = addRows(cleanPlan(), "JmpClaims", extraClaim("C3", "Draft", 500), extraClaim("C4", "Submitted", 500), extraClaim("C5", "Rejected", 500));
    // The Submitted claim is pending, not counted: only C08 warns of it.
    expect(codes(check(parts))).toEqual(["C08"]);
    expect(findingsOf(checkCleanWith("JmpClaims", 1, "Amount approved", 3000), "C02")).toEqual([]);
  });
});

describe("C03 Amount approved above Amount claimed", () => {
  test("approving more than was claimed is an error at Amount approved, naming both amounts", () => {
    const f = theFinding(checkCleanWith("JmpClaims", 0, "Amount approved", 9000.01), "C03");
    expect(f).toMatchObject({ code: "C03", severity: "error", table: "JmpClaims", row: 2, column: "Amount approved", cell: "D2" });
    expect(f.message).toContain("$9,000.01");
    expect(f.message).toContain("$9,000.00");
    expect(f.message).toContain("C1");
  });

  test("approving exactly what was claimed is fine", () => {
    expect(checkCleanWith("JmpClaims", 0, "Amount approved", 9000).findings).toEqual([]);
  });
});

describe("C04 claim submitted before the tactic's End", () => {
  test("a claim filed the day before the tactic ends is a warning at Submitted on, naming both dates", () => {
    const f = theFinding(checkCleanWith("JmpClaims", 0, "Submitted on", d("2026-03-01")), "C04");
    expect(f).toMatchObject({ code: "C04", severity: "warning", table: "JmpClaims", row: 2, column: "Submitted on", cell: "E2" });
    expect(f.message).toContain("2026-03-01");
    expect(f.message).toContain("2026-03-02");
  });

  test("a claim filed on the tactic's last day is fine", () => {
    expect(checkCleanWith("JmpClaims", 0, "Submitted on", d("2026-03-02")).findings).toEqual([]);
  });
});

describe("C05 Paid claim without Paid on", () => {
  test("a Paid claim with a blank Paid on is an error at that cell, naming the claim", () => {
    const f = theFinding(checkCleanWith("JmpClaims", 0, "Paid on", null), "C05");
    expect(f).toMatchObject({ code: "C05", severity: "error", table: "JmpClaims", row: 2, column: "Paid on", cell: "G2" });
    expect(f.message).toContain("C1");
    expect(f.message).toContain("Paid");
  });

  test("an Approved claim needs no Paid on, and a Paid one with its date is fine", () => {
    expect(findingsOf(check(cleanPlan()), "C05")).toEqual([]);
    expect(findingsOf(checkCleanWith("JmpClaims", 1, "Status", "Approved"), "C05")).toEqual([]);
  });
});

describe("C06 overdue claim", () => {
  // T2 ends 2026-11-01; with the 45-day window its claim is due by 2026-12-16.
  test("an approved tactic past End + window with no claim is a warning at its End, naming the date", () => {
    const f = theFinding(check(cleanPlan(), settingsWith({ "As of": d("2026-12-17") })), "C06");
    expect(f).toMatchObject({ code: "C06", severity: "warning", table: "JmpTactics", sheet: "Tactics", row: 3, column: "End", cell: "G3" });
    expect(f.message).toContain("T2");
    expect(f.message).toContain("2026-11-01");
    expect(f.message).toContain("45 days");
  });

  test("End + window exactly equal to As of is not overdue yet", () => {
    expect(check(cleanPlan(), settingsWith({ "As of": d("2026-12-16") })).findings).toEqual([]);
  });

  test("the claim window setting and the As of option (for a blank setting) are used", () => {
    expect(theFinding(check(cleanPlan(), settingsWith({ "Claim window (days)": 10 })), "C06")).toMatchObject({ cell: "G3" });
    const noAsOf = settingsWith({ "As of": undefined });
    expect(findingsOf(analyze(workbook(cleanPlan(), noAsOf), { asOf: dayFromText("2026-12-17") }), "C06")).toHaveLength(1);
    expect(findingsOf(analyze(workbook(cleanPlan(), noAsOf), { asOf: dayFromText("2026-12-16") }), "C06")).toHaveLength(0);
  });

  test("draft and rejected claims leave the tactic overdue, reported once; a submitted claim ends it", () => {
    const late = settingsWith({ "As of": d("2027-01-31") });
    const claim = (id: string, status: string) => ({ "Claim ID": id, "Tactic ID": "T2", "Amount claimed": 100, "Submitted on": d("2026-11-05"), Status: status });
    expect(findingsOf(check(addRows(cleanPlan(), "JmpClaims", claim("C3", "Draft"), claim("C4", "Rejected")), late), "C06").map((f) => f.cell)).toEqual(["G3"]);
    expect(codes(check(addRows(cleanPlan(), "JmpClaims", claim("C3", "Submitted")), late))).toEqual([]);
  });
});

describe("C07 claim on a tactic that is not approved", () => {
  test("a claim on a draft tactic is an error at its Tactic ID, naming claim, tactic and status", () => {
    const parts = addRows(cleanPlan(), "JmpAllocations", { "Allocation ID": "A4", "Partner ID": "P002", "Tactic ID": "T4", Amount: 2000 });
    addRows(parts, "JmpClaims", { "Claim ID": "C3", "Tactic ID": "T4", "Amount claimed": 100, "Submitted on": d("2026-12-05"), Status: "Submitted" });
    const f = theFinding(check(parts), "C07");
    expect(f).toMatchObject({ code: "C07", severity: "error", table: "JmpClaims", row: 4, column: "Tactic ID", cell: "B4" });
    expect(f.message).toContain("C3");
    expect(f.message).toContain("T4");
    expect(f.message).toContain("Draft");
  });

  test("claims on Approved and Completed tactics are not C07", () => {
    expect(findingsOf(check(cleanPlan()), "C07")).toEqual([]);
    expect(findingsOf(checkCleanWith("JmpTactics", 2, "Status", "Completed"), "C07")).toEqual([]);
  });
});

describe("C02 points at the amount that counted", () => {
  test("with an Amount approved given, the finding is at that cell", () => {
    const parts = addRows(cleanPlan(), "JmpClaims", { "Claim ID": "C3", "Tactic ID": "T3", "Amount claimed": 10, "Amount approved": 10, "Submitted on": d("2026-04-20"), Status: "Approved" });
    expect(theFinding(check(parts), "C02")).toMatchObject({ column: "Amount approved", cell: "D4" });
  });
});

describe("C08 counted and Submitted claims above the tactic's funding", () => {
  // T3 is funded 3,000.00 and already holds C2, Approved for 3,000.00: any pending cent crosses it.
  const submitted = (id: string, amount: number, tactic = "T3") => ({ "Claim ID": id, "Tactic ID": tactic, "Amount claimed": amount, "Submitted on": d("2026-04-20"), Status: "Submitted" });

  test("a Submitted claim one cent over the funding is a warning at its Amount claimed, naming total and funding", () => {
    const f = theFinding(check(addRows(cleanPlan(), "JmpClaims", submitted("C3", 0.01))), "C08");
    expect(f).toMatchObject({ code: "C08", severity: "warning", table: "JmpClaims", row: 4, column: "Amount claimed", cell: "C4", partner: "P002" });
    expect(f.message).toContain("C3");
    expect(f.message).toContain("T3");
    expect(f.message).toContain("$3,000.01");
    expect(f.message).toContain("$3,000.00");
  });

  test("counted plus Submitted exactly at the funding is no finding", () => {
    const atFunding = addRows(cleanPlan(), "JmpClaims", submitted("C3", 1000));
    editCell(atFunding, "JmpClaims", 1, "Amount claimed", 2000);
    expect(check(atFunding).findings).toEqual([]);
    editCell(atFunding, "JmpClaims", 2, "Amount claimed", 1000.01);
    expect(findingsOf(check(atFunding), "C08").map((f) => f.cell)).toEqual(["C4"]);
  });

  test("reported once per tactic, at the claim that crosses, in row order", () => {
    const parts = addRows(cleanPlan(), "JmpClaims", submitted("C3", 10), submitted("C4", 20));
    expect(findingsOf(check(parts), "C08").map((f) => f.cell)).toEqual(["C4"]);
    // A Submitted claim above the counted one makes the counted one the crossing claim.
    const early = cleanPlan();
    early.JmpClaims![0] = submitted("C0", 100);
    expect(findingsOf(check(early), "C08").map((f) => f.cell)).toEqual(["C3"]);
  });

  test("Draft and Rejected claims do not count toward it", () => {
    const draft = { ...submitted("C3", 500), Status: "Draft" };
    const rejected = { ...submitted("C4", 500), Status: "Rejected" };
    expect(check(addRows(cleanPlan(), "JmpClaims", draft, rejected)).findings).toEqual([]);
  });

  test("where counted claims alone pass the funding, C02 is reported and C08 is not", () => {
    const parts = addRows(cleanPlan(), "JmpClaims", { ...submitted("C3", 5), Status: "Approved" }, submitted("C4", 5));
    expect(codes(check(parts))).toEqual(["C02"]);
  });
});
