/**
 * P01-P07 (SPEC section 5): tactics must sit inside the agreed plan — active initiatives, the
 * Joint Plan overlap, sensible dates inside the period, the MDF share cap and the budget.
 */
import { addRows, check, checkCleanWith, editCell, findingsOf, settingsWith, theFinding } from "../../helpers/findings";
import { cleanPlan, d } from "../../helpers/tables";

describe("P01 tactic on an inactive initiative", () => {
  test("a tactic on an initiative marked No is a warning at its Initiative ID", () => {
    const f = theFinding(checkCleanWith("JmpInitiatives", 0, "Active", "No"), "P01");
    expect(f).toMatchObject({ code: "P01", severity: "warning", table: "JmpTactics", sheet: "Tactics", row: 2, column: "Initiative ID", cell: "C2" });
    expect(f.message).toContain("I-CLOUD");
    expect(f.message).toContain("T1");
  });

  test("an initiative whose Active is blank or any spelling of yes is active", () => {
    expect(findingsOf(checkCleanWith("JmpInitiatives", 0, "Active", null), "P01")).toEqual([]);
    expect(findingsOf(checkCleanWith("JmpInitiatives", 1, "Active", true), "P01")).toEqual([]);
  });
});

describe("P02 tactic outside the Joint Plan", () => {
  test("a tactic on a pair the Joint Plan lacks is a warning at its Initiative ID, naming the pair", () => {
    const f = theFinding(checkCleanWith("JmpTactics", 3, "Initiative ID", "I-CLOUD"), "P02");
    expect(f).toMatchObject({ code: "P02", severity: "warning", table: "JmpTactics", row: 5, column: "Initiative ID", cell: "C5" });
    expect(f.message).toContain("P002");
    expect(f.message).toContain("I-CLOUD");
    expect(f.message).toContain("T4");
  });

  test("a Joint Plan row written in another case covers the tactic", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpTactics", 3, "Initiative ID", "I-CLOUD");
    addRows(parts, "JmpJointPlan", { "Partner ID": " p002", "Initiative ID": "i-cloud " });
    expect(check(parts).findings).toEqual([]);
  });
});

describe("P03 End before Start", () => {
  test("a tactic ending before it starts is an error at its End, naming both dates", () => {
    const f = theFinding(checkCleanWith("JmpTactics", 2, "End", d("2026-03-31")), "P03");
    expect(f).toMatchObject({ code: "P03", severity: "error", table: "JmpTactics", row: 4, column: "End", cell: "G4" });
    expect(f.message).toContain("2026-03-31");
    expect(f.message).toContain("2026-04-01");
  });

  test("a plan period ending before it starts is reported at the Period end value", () => {
    const a = check(cleanPlan(), settingsWith({ "Period end": d("2025-12-31") }));
    const f = theFinding(a, "P03");
    expect(f).toMatchObject({ severity: "error", table: "JmpSettings", row: 5, column: "Value", cell: "B5" });
    expect(f.message).toContain("2025-12-31");
    expect(f.message).toContain("2026-01-01");
  });

  test("a one-day tactic ends the day it starts, and a one-day period is fine", () => {
    expect(findingsOf(checkCleanWith("JmpTactics", 0, "End", d("2026-03-01")), "P03")).toEqual([]);
    expect(findingsOf(check(cleanPlan(), settingsWith({ "Period end": d("2026-01-01") })), "P03")).toEqual([]);
  });
});

describe("P04 tactic dates outside the plan period", () => {
  test("a tactic starting before the period is a warning at its Start, naming the date", () => {
    const f = theFinding(checkCleanWith("JmpTactics", 0, "Start", d("2025-12-15")), "P04");
    expect(f).toMatchObject({ code: "P04", severity: "warning", table: "JmpTactics", row: 2, column: "Start", cell: "F2" });
    expect(f.message).toContain("2025-12-15");
  });

  test("a tactic ending after the period is a warning at its End, naming the date", () => {
    const f = theFinding(checkCleanWith("JmpTactics", 3, "End", d("2027-01-05")), "P04");
    expect(f).toMatchObject({ severity: "warning", row: 5, column: "End", cell: "G5" });
    expect(f.message).toContain("2027-01-05");
  });

  test("a tactic running exactly from the first to the last day of the period is inside it", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpTactics", 3, "Start", d("2026-01-01"));
    editCell(parts, "JmpTactics", 3, "End", d("2026-12-31"));
    expect(check(parts).findings).toEqual([]);
  });
});

describe("P05 MDF requested above Total cost x Max MDF share", () => {
  test("a request one cent above half the cost is an error at MDF requested, naming the amounts", () => {
    const f = theFinding(checkCleanWith("JmpTactics", 0, "MDF requested", 10000.01), "P05");
    expect(f).toMatchObject({ code: "P05", severity: "error", table: "JmpTactics", row: 2, column: "MDF requested", cell: "I2" });
    expect(f.message).toContain("$10,000.01");
    expect(f.message).toContain("50 %");
    expect(f.message).toContain("$20,000.00");
  });

  test("a partner's own share replaces the setting, both ways", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpPartners", 1, "Max MDF share", 0.4);
    const f = theFinding(check(parts), "P05");
    expect(f).toMatchObject({ row: 4, cell: "I4" });
    expect(f.message).toContain("40 %");
    const higher = cleanPlan();
    editCell(higher, "JmpPartners", 0, "Max MDF share", "60%");
    editCell(higher, "JmpTactics", 0, "MDF requested", 12000);
    expect(findingsOf(check(higher), "P05")).toEqual([]);
  });

  test("the Max MDF share setting applies to partners without their own", () => {
    // At 45 % the three half-funded tactics break the cap; T4 asks for 40 % of its cost.
    const found = findingsOf(check(cleanPlan(), settingsWith({ "Max MDF share": 0.45 })), "P05");
    expect(found.map((x) => x.cell)).toEqual(["I2", "I3", "I4"]);
    expect(found[0].message).toContain("45 %");
  });

  test("a request of exactly the share of the cost is allowed", () => {
    expect(findingsOf(checkCleanWith("JmpTactics", 3, "MDF requested", 2500), "P05")).toEqual([]);
    expect(check(cleanPlan()).findings).toEqual([]);
  });
});

describe("P06 approved MDF requested above the partner's MDF budget", () => {
  test("approved requests above the budget are an error at the partner's MDF budget", () => {
    const f = theFinding(checkCleanWith("JmpPartners", 1, "MDF budget", 2999.99), "P06");
    expect(f).toMatchObject({ code: "P06", severity: "error", table: "JmpPartners", sheet: "Partners", row: 3, column: "MDF budget", cell: "E3" });
    expect(f.message).toContain("$3,000.00");
    expect(f.message).toContain("$2,999.99");
    expect(f.message).toContain("P002");
  });

  test("requests exactly at the budget are allowed, and a draft tactic's request does not count", () => {
    // P002: T3 Approved 3,000 and T4 Draft 2,000 against a budget of 3,000.
    expect(checkCleanWith("JmpPartners", 1, "MDF budget", 3000).findings).toEqual([]);
  });
});

describe("P07 approved tactic of an inactive partner", () => {
  test("an approved tactic of a partner marked No is a warning at its Status; the draft one is not", () => {
    const a = checkCleanWith("JmpPartners", 1, "Active", "No");
    const f = theFinding(a, "P07");
    expect(f).toMatchObject({ code: "P07", severity: "warning", table: "JmpTactics", row: 4, column: "Status", cell: "J4" });
    expect(f.message).toContain("T3");
    expect(f.message).toContain("P002");
  });

  test("an inactive partner with only draft tactics raises nothing", () => {
    const parts = cleanPlan();
    addRows(parts, "JmpPartners", { "Partner ID": "P003", Partner: "Litware", "MDF budget": 0, Active: "No" });
    addRows(parts, "JmpJointPlan", { "Partner ID": "P003", "Initiative ID": "I-SEC" });
    addRows(parts, "JmpTactics", { "Tactic ID": "T5", "Partner ID": "P003", "Initiative ID": "I-SEC", "Tactic type": "Training", Start: d("2026-05-01"), End: d("2026-05-02"), "Total cost": 1000, "MDF requested": 500, Status: "Submitted" });
    expect(check(parts).findings).toEqual([]);
  });
});
