/**
 * R01-R05 (SPEC section 5): IDs that point into another table must find their row, and rows tied
 * to a tactic must agree with its partner and initiative. IDs compare trimmed and
 * case-insensitively, like Excel's lookups.
 */
import { check, checkCleanWith, editCell, findingsOf, theFinding } from "../../helpers/findings";
import { cleanPlan } from "../../helpers/tables";

describe("R01 unknown Partner ID", () => {
  test("a tactic's unknown partner is reported at its Partner ID cell, naming the ID", () => {
    const f = theFinding(checkCleanWith("JmpTactics", 1, "Partner ID", "P999"), "R01");
    expect(f).toMatchObject({ code: "R01", severity: "error", table: "JmpTactics", sheet: "Tactics", row: 3, column: "Partner ID", cell: "B3" });
    expect(f.message).toContain("P999");
  });

  test.each([
    ["JmpJointPlan", "A4", 2],
    ["JmpAllocations", "B3", 1],
    ["JmpOutcomes", "B5", 3],
  ] as const)("an unknown partner in %s is reported at %s", (name, cell, index) => {
    const f = theFinding(checkCleanWith(name, index, "Partner ID", "Northwind"), "R01");
    expect(f).toMatchObject({ severity: "error", table: name, column: "Partner ID", cell });
    expect(f.message).toContain("Northwind");
  });

  test("partner IDs in another case, with spaces, or typed as numbers still match", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpPartners", 1, "Partner ID", 1002);
    for (const row of [...(parts.JmpJointPlan ?? []), ...(parts.JmpTactics ?? []), ...(parts.JmpAllocations ?? []), ...(parts.JmpOutcomes ?? [])]) {
      if (row["Partner ID"] === "P002") row["Partner ID"] = " 1002";
      else if (row["Partner ID"] === "P001") row["Partner ID"] = "p001 ";
    }
    expect(check(parts).findings).toEqual([]);
  });

  test("an error value in a Partner ID cell stays an error, even when a padded cell made its text an ID", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpPartners", 0, "Partner ID", " #N/A");
    editCell(parts, "JmpTactics", 0, "Partner ID", " #N/A ");
    editCell(parts, "JmpTactics", 1, "Partner ID", "#N/A");
    const analysis = check(parts);
    const errors = findingsOf(analysis, "V07");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ table: "JmpTactics", row: 3, column: "Partner ID" });
    // The padded cell names partner "#N/A": it is no unknown partner.
    expect(findingsOf(analysis, "R01").filter((f) => f.table === "JmpTactics" && f.row === 2)).toEqual([]);
  });
});

describe("R02 unknown Initiative ID", () => {
  test("a tactic's unknown initiative is reported at its Initiative ID cell, naming the ID", () => {
    const f = theFinding(checkCleanWith("JmpTactics", 3, "Initiative ID", "I-AI"), "R02");
    expect(f).toMatchObject({ code: "R02", severity: "error", table: "JmpTactics", row: 5, column: "Initiative ID", cell: "C5" });
    expect(f.message).toContain("I-AI");
  });

  test("unknown initiatives in the Joint Plan and in Outcomes are reported at their cells", () => {
    expect(theFinding(checkCleanWith("JmpJointPlan", 1, "Initiative ID", "I-AI"), "R02")).toMatchObject({ table: "JmpJointPlan", row: 3, cell: "B3" });
    const outcome = theFinding(checkCleanWith("JmpOutcomes", 1, "Initiative ID", "I-AI"), "R02");
    expect(outcome).toMatchObject({ table: "JmpOutcomes", row: 3, column: "Initiative ID", cell: "C3" });
    expect(outcome.message).toContain("I-AI");
  });

  test("initiative IDs in another case still match", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpTactics", 0, "Initiative ID", "i-cloud");
    editCell(parts, "JmpJointPlan", 2, "Initiative ID", " I-Sec");
    editCell(parts, "JmpOutcomes", 3, "Initiative ID", "i-sec");
    expect(check(parts).findings).toEqual([]);
  });
});

describe("R03 unknown Tactic ID", () => {
  test("a tactic ID starting with # is an ordinary ID wherever it is written", () => {
    const parts = cleanPlan();
    for (const row of [...(parts.JmpTactics ?? []), ...(parts.JmpAllocations ?? []), ...(parts.JmpClaims ?? []), ...(parts.JmpOutcomes ?? [])]) {
      if (row["Tactic ID"] === "T1") row["Tactic ID"] = "#T1";
    }
    const analysis = check(parts);
    expect(analysis.findings).toEqual([]);
    expect(analysis.index.tactics.get("#T1")?.funded).toBe(1_000_000);
  });

  test("a claim on an unknown tactic is reported at its Tactic ID cell, naming the ID", () => {
    const f = theFinding(checkCleanWith("JmpClaims", 1, "Tactic ID", "T33"), "R03");
    expect(f).toMatchObject({ code: "R03", severity: "error", table: "JmpClaims", sheet: "Claims", row: 3, column: "Tactic ID", cell: "B3" });
    expect(f.message).toContain("T33");
  });

  test("unknown tactics in Allocations and Outcomes are reported at their cells", () => {
    expect(theFinding(checkCleanWith("JmpAllocations", 2, "Tactic ID", "T33"), "R03")).toMatchObject({ table: "JmpAllocations", row: 4, cell: "C4" });
    const outcome = theFinding(checkCleanWith("JmpOutcomes", 2, "Tactic ID", "T33"), "R03");
    expect(outcome).toMatchObject({ table: "JmpOutcomes", row: 4, column: "Tactic ID", cell: "D4" });
    expect(outcome.message).toContain("T33");
  });

  test("tactic IDs in another case still match, and a lump sum has no tactic to look up", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpClaims", 0, "Tactic ID", "t1");
    editCell(parts, "JmpAllocations", 2, "Tactic ID", " t3 ");
    editCell(parts, "JmpOutcomes", 0, "Tactic ID", "T1 ");
    expect(check(parts).findings).toEqual([]);
    expect(findingsOf(checkCleanWith("JmpAllocations", 0, "Tactic ID", null), "R03")).toEqual([]);
  });

  test("a numbered ID in another width is another ID: T01 is not T1", () => {
    const f = theFinding(checkCleanWith("JmpClaims", 0, "Tactic ID", "T01"), "R03");
    expect(f.message).toContain("T01");
    expect(findingsOf(checkCleanWith("JmpClaims", 0, "Tactic ID", "T1"), "R03")).toEqual([]);
  });
});

describe("R04 Partner ID differs from the referenced tactic's partner", () => {
  test("an allocation from another partner is reported at its Partner ID, naming both partners", () => {
    const a = checkCleanWith("JmpAllocations", 1, "Partner ID", "P002");
    const f = theFinding(a, "R04");
    expect(f).toMatchObject({ code: "R04", severity: "error", table: "JmpAllocations", row: 3, column: "Partner ID", cell: "B3" });
    expect(f.message).toContain("P002");
    expect(f.message).toContain("T2");
    expect(f.message).toContain("P001");
    // The mismatched allocation does not fund the tactic.
    expect(a.index.tactics.get("T2")?.funded).toBe(0);
  });

  test("an outcome credited to another partner than its tactic's is reported", () => {
    const f = theFinding(checkCleanWith("JmpOutcomes", 2, "Partner ID", "P001"), "R04");
    expect(f).toMatchObject({ severity: "error", table: "JmpOutcomes", row: 4, column: "Partner ID", cell: "B4" });
    expect(f.message).toContain("P001");
    expect(f.message).toContain("P002");
  });

  test("the same partner written in another case is no mismatch", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpAllocations", 1, "Partner ID", "p001");
    editCell(parts, "JmpOutcomes", 2, "Partner ID", " p002");
    expect(check(parts).findings).toEqual([]);
  });
});

describe("R05 Initiative ID differs from the referenced tactic's initiative", () => {
  test("an outcome naming another initiative than its tactic's is reported, naming both", () => {
    const f = theFinding(checkCleanWith("JmpOutcomes", 0, "Initiative ID", "I-SEC"), "R05");
    expect(f).toMatchObject({ code: "R05", severity: "error", table: "JmpOutcomes", row: 2, column: "Initiative ID", cell: "C2" });
    expect(f.message).toContain("I-SEC");
    expect(f.message).toContain("I-CLOUD");
  });

  test("an outcome with its tactic's initiative, in any case, or none at all, is fine", () => {
    expect(checkCleanWith("JmpOutcomes", 0, "Initiative ID", "i-cloud").findings).toEqual([]);
    expect(checkCleanWith("JmpOutcomes", 2, "Initiative ID", "I-SEC").findings).toEqual([]);
  });
});
