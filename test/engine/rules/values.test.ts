/**
 * V01-V09 (SPEC section 5): each value finding is raised at the cell that holds the value, names
 * the value, and stays silent for values a user would consider fine.
 */
import { check, checkCleanWith, editCell, findingsOf, settingsWith, theFinding } from "../../helpers/findings";
import { cleanPlan } from "../../helpers/tables";

describe("V01 required value missing", () => {
  test("a blank required amount is reported at its cell", () => {
    const f = theFinding(checkCleanWith("JmpTactics", 1, "Total cost", null), "V01");
    expect(f).toMatchObject({ code: "V01", severity: "error", table: "JmpTactics", sheet: "Tactics", row: 3, column: "Total cost", cell: "H3" });
    expect(f.message).toContain("Total cost is required");
  });

  test("a required name holding only spaces counts as blank", () => {
    const f = theFinding(checkCleanWith("JmpPartners", 1, "Partner", "   "), "V01");
    expect(f).toMatchObject({ severity: "error", table: "JmpPartners", row: 3, column: "Partner", cell: "B3" });
  });

  test("a required setting without its row is reported on the Settings table, naming the setting", () => {
    const f = theFinding(check(cleanPlan(), settingsWith({ "Period start": undefined })), "V01");
    expect(f).toMatchObject({ severity: "error", table: "JmpSettings", row: 1, column: "Value", cell: "B1" });
    expect(f.message).toContain('"Period start"');
  });

  test("blank optional cells are not reported", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpOutcomes", 0, "Outcome ID", null);
    editCell(parts, "JmpOutcomes", 1, "Outcome ID", "  ");
    editCell(parts, "JmpTactics", 0, "Description", "");
    editCell(parts, "JmpPartners", 0, "Max MDF share", " ");
    expect(check(parts).findings).toEqual([]);
  });
});

describe("V02 not a number", () => {
  test("text in a money column is reported with the text", () => {
    const f = theFinding(checkCleanWith("JmpTactics", 0, "Total cost", "twenty grand"), "V02");
    expect(f).toMatchObject({ code: "V02", severity: "error", table: "JmpTactics", row: 2, column: "Total cost", cell: "H2" });
    expect(f.message).toContain('"twenty grand"');
  });

  test("a boolean and a percent are not amounts", () => {
    const flag = theFinding(checkCleanWith("JmpClaims", 1, "Amount claimed", true), "V02");
    expect(flag).toMatchObject({ table: "JmpClaims", row: 3, cell: "C3" });
    expect(flag.message).toContain("true");
    expect(theFinding(checkCleanWith("JmpTactics", 0, "Total cost", "50%"), "V02").message).toContain('"50%"');
  });

  test("a fraction in a count column is reported with the number", () => {
    const f = theFinding(checkCleanWith("JmpJointPlan", 2, "Forecast opportunities", 2.5), "V02");
    expect(f).toMatchObject({ severity: "error", table: "JmpJointPlan", row: 4, column: "Forecast opportunities", cell: "F4" });
    expect(f.message).toContain("2.5");
  });

  test("numbers, whole counts and numeric text are not V02", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpJointPlan", 0, "Forecast opportunities", 3);
    editCell(parts, "JmpJointPlan", 1, "Forecast opportunities", "4");
    editCell(parts, "JmpTactics", 0, "Expected revenue", "$1,200.50");
    expect(findingsOf(check(parts), "V02")).toEqual([]);
  });
});

describe("V03 not a date", () => {
  test("text that is no date is reported with the text", () => {
    const f = theFinding(checkCleanWith("JmpTactics", 2, "Start", "next week"), "V03");
    expect(f).toMatchObject({ code: "V03", severity: "error", table: "JmpTactics", row: 4, column: "Start", cell: "F4" });
    expect(f.message).toContain('"next week"');
  });

  test("an impossible calendar date, a zero serial and a boolean are not dates", () => {
    const impossible = theFinding(checkCleanWith("JmpClaims", 0, "Submitted on", "2026-02-30"), "V03");
    expect(impossible).toMatchObject({ table: "JmpClaims", row: 2, cell: "E2" });
    expect(impossible.message).toContain('"2026-02-30"');
    expect(theFinding(checkCleanWith("JmpOutcomes", 3, "Date", 0), "V03")).toMatchObject({ table: "JmpOutcomes", row: 5, column: "Date", cell: "G5" });
    expect(theFinding(checkCleanWith("JmpAllocations", 0, "Authorized on", true), "V03").message).toContain("true");
  });

  test("a date setting that is no date points at its Value cell", () => {
    const f = theFinding(check(cleanPlan(), settingsWith({ "As of": "soon" })), "V03");
    expect(f).toMatchObject({ severity: "error", table: "JmpSettings", row: 9, column: "Value", cell: "B9" });
    expect(f.message).toContain('As of "soon"');
  });

  test("serials, Date objects and date text in the usual forms are dates", () => {
    for (const value of [46082, 46082.75, new Date(Date.UTC(2026, 2, 1)), "2026-03-01", "2026-03-01T09:30:00Z", "1 Mar 2026", "Mar 1, 2026", "3/1/2026", "46082"]) {
      expect(findingsOf(checkCleanWith("JmpTactics", 0, "Start", value), "V03")).toEqual([]);
    }
  });
});

describe("V04 negative or zero where the column forbids it", () => {
  test("a zero allocation is reported: an authorization must be positive", () => {
    const f = theFinding(checkCleanWith("JmpAllocations", 2, "Amount", 0), "V04");
    expect(f).toMatchObject({ code: "V04", severity: "error", table: "JmpAllocations", row: 4, column: "Amount", cell: "D4" });
    expect(f.message).toContain("Amount 0 must be greater than zero");
  });

  test("a negative budget, claim, count, outcome and claim window are reported with the value", () => {
    const budget = theFinding(checkCleanWith("JmpPartners", 1, "MDF budget", -5), "V04");
    expect(budget).toMatchObject({ table: "JmpPartners", row: 3, column: "MDF budget", cell: "E3" });
    expect(budget.message).toContain("-5");
    expect(theFinding(checkCleanWith("JmpClaims", 1, "Amount claimed", -100), "V04")).toMatchObject({ row: 3, cell: "C3" });
    expect(theFinding(checkCleanWith("JmpJointPlan", 0, "Forecast opportunities", -1), "V04")).toMatchObject({ row: 2, cell: "F2" });
    expect(theFinding(checkCleanWith("JmpOutcomes", 1, "Value", -4), "V04").message).toContain("Value -4");
    const window = theFinding(check(cleanPlan(), settingsWith({ "Claim window (days)": -3 })), "V04");
    expect(window).toMatchObject({ table: "JmpSettings", row: 8, cell: "B8" });
    expect(window.message).toContain("-3");
  });

  test("zero where zero is allowed and the smallest positive amount are not V04", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpTactics", 0, "Expected revenue", 0);
    editCell(parts, "JmpClaims", 1, "Amount approved", 0);
    editCell(parts, "JmpOutcomes", 1, "Value", 0);
    editCell(parts, "JmpAllocations", 2, "Amount", 0.01);
    expect(findingsOf(check(parts), "V04")).toEqual([]);
  });
});

describe("an outcome's Value, read by its Metric", () => {
  test("a count must be whole; numeric text is used with V09; an amount keeps its cents", () => {
    const fraction = check(editCell(cleanPlan(), "JmpOutcomes", 1, "Value", 2.5));
    expect(theFinding(fraction, "V02")).toMatchObject({ table: "JmpOutcomes", row: 3, column: "Value" });
    expect(fraction.totals.opportunities).toBe(0);

    const text = check(editCell(cleanPlan(), "JmpOutcomes", 1, "Value", "7"));
    expect(theFinding(text, "V09")).toMatchObject({ table: "JmpOutcomes", row: 3, column: "Value" });
    expect(text.totals.opportunities).toBe(7);

    const cents = check(editCell(cleanPlan(), "JmpOutcomes", 3, "Value", 12000.25));
    expect(cents.findings).toEqual([]);
    expect(cents.totals.revenue).toBe(7_200_025);
  });
});

describe("V05 not an allowed value", () => {
  test("a status outside the list is reported with the value and the allowed ones", () => {
    const f = theFinding(checkCleanWith("JmpTactics", 3, "Status", "Pending"), "V05");
    expect(f).toMatchObject({ code: "V05", severity: "error", table: "JmpTactics", row: 5, column: "Status", cell: "J5" });
    expect(f.message).toContain('"Pending"');
    expect(f.message).toContain("Draft, Submitted, Approved, Rejected, Cancelled, Completed");
  });

  test("a Yes/No cell holding something else, and a currency that is no ISO code", () => {
    const active = theFinding(checkCleanWith("JmpInitiatives", 1, "Active", "Maybe"), "V05");
    expect(active).toMatchObject({ table: "JmpInitiatives", row: 3, column: "Active", cell: "G3" });
    expect(active.message).toContain('"Maybe"');
    const cur = theFinding(check(cleanPlan(), settingsWith({ Currency: "Dollars" })), "V05");
    expect(cur).toMatchObject({ table: "JmpSettings", row: 6, column: "Value", cell: "B6" });
    expect(cur.message).toContain('"Dollars"');
  });

  test("allowed values in any case and spacing, and Yes/No in its usual spellings, are accepted", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpTactics", 0, "Status", "completed");
    editCell(parts, "JmpTactics", 1, "Tactic type", "  digital   CAMPAIGN ");
    editCell(parts, "JmpClaims", 0, "Status", "PAID");
    editCell(parts, "JmpOutcomes", 0, "Metric", "revenue");
    editCell(parts, "JmpPartners", 0, "Active", true);
    editCell(parts, "JmpPartners", 1, "Active", "y");
    editCell(parts, "JmpInitiatives", 0, "Active", "YES");
    editCell(parts, "JmpInitiatives", 1, "Active", null);
    expect(check(parts).findings).toEqual([]);
  });
});

describe("V06 percent outside 0-100 %", () => {
  test("150 typed as percent points is reported with the value", () => {
    const f = theFinding(checkCleanWith("JmpPartners", 0, "Max MDF share", 150), "V06");
    expect(f).toMatchObject({ code: "V06", severity: "error", table: "JmpPartners", row: 2, column: "Max MDF share", cell: "F2" });
    expect(f.message).toContain("150");
  });

  test("a negative share and percent text above 100 % are reported", () => {
    expect(theFinding(checkCleanWith("JmpPartners", 1, "Max MDF share", -0.2), "V06")).toMatchObject({ row: 3, cell: "F3" });
    expect(theFinding(checkCleanWith("JmpPartners", 1, "Max MDF share", "120%"), "V06").message).toContain('"120%"');
    expect(theFinding(check(cleanPlan(), settingsWith({ "Max MDF share": 101 })), "V06")).toMatchObject({ table: "JmpSettings", row: 7, cell: "B7" });
  });

  test("the ends of the range are allowed", () => {
    for (const value of [0, 1, 100, "100%", "0%", 0.6, 60]) {
      expect(findingsOf(checkCleanWith("JmpPartners", 0, "Max MDF share", value), "V06")).toEqual([]);
    }
  });
});

describe("V07 Excel error value in a cell", () => {
  test("an ExcelJS error object is reported with the error", () => {
    const f = theFinding(checkCleanWith("JmpTactics", 0, "Total cost", { error: "#N/A" }), "V07");
    expect(f).toMatchObject({ code: "V07", severity: "error", table: "JmpTactics", row: 2, column: "Total cost", cell: "H2" });
    expect(f.message).toContain("#N/A");
  });

  test("the error text Office.js delivers is the same finding, in every column type", () => {
    const cases = [
      { table: "JmpTactics", index: 0, header: "Total cost", cell: "H2" },
      { table: "JmpTactics", index: 1, header: "Description", cell: "E3" },
      { table: "JmpTactics", index: 2, header: "Start", cell: "F4" },
      { table: "JmpTactics", index: 3, header: "Status", cell: "J5" },
      { table: "JmpPartners", index: 0, header: "Active", cell: "H2" },
      { table: "JmpPartners", index: 1, header: "Max MDF share", cell: "F3" },
      { table: "JmpClaims", index: 1, header: "Claim ID", cell: "A3" },
    ] as const;
    for (const c of cases) {
      const f = theFinding(checkCleanWith(c.table, c.index, c.header, "#N/A"), "V07");
      expect(f).toMatchObject({ table: c.table, column: c.header, cell: c.cell });
      expect(f.message).toContain("#N/A");
    }
  });

  test("other error values are named as they are", () => {
    expect(theFinding(checkCleanWith("JmpTactics", 0, "Description", { error: "#DIV/0!" }), "V07").message).toContain("#DIV/0!");
    expect(theFinding(checkCleanWith("JmpAllocations", 0, "Amount", "#ref!"), "V07").message).toContain("#REF!");
  });

  test("text that merely starts with # is not an error value", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpTactics", 0, "Description", "#1 partner event");
    editCell(parts, "JmpOutcomes", 0, "Reference", "#N/A pending");
    expect(check(parts).findings).toEqual([]);
  });
});

describe("V08 duplicate ID", () => {
  test("an ID repeated in another case is reported on the later row, naming the first", () => {
    const f = theFinding(checkCleanWith("JmpClaims", 1, "Claim ID", " c1 "), "V08");
    expect(f).toMatchObject({ code: "V08", severity: "error", table: "JmpClaims", row: 3, column: "Claim ID", cell: "A3" });
    expect(f.message).toContain("c1");
    expect(f.message).toContain("row 2");
  });

  test("a Partners row repeating an earlier Partner ID is reported and left out of the plan and its figures", () => {
    const parts = cleanPlan();
    parts.JmpPartners?.push({ "Partner ID": " p001", Partner: "Copied row", "MDF budget": 999999, Active: "Yes" });
    const analysis = check(parts);
    const f = theFinding(analysis, "V08");
    expect(f).toMatchObject({ table: "JmpPartners", column: "Partner ID" });
    expect(f.message).toContain("row 2");
    expect(analysis.plan.partners.map((p) => p.name)).not.toContain("Copied row");
    expect(analysis.partners.filter((p) => p.key === "P001")).toHaveLength(1);
    expect(analysis.totals.budget).toBe(check(cleanPlan()).totals.budget);
  });

  test("a Joint Plan pair given twice is reported at the Initiative ID of the later row", () => {
    const parts = cleanPlan();
    parts.JmpJointPlan?.push({ "Partner ID": "p002", "Initiative ID": "i-sec ", "Forecast revenue": 1 });
    const f = theFinding(check(parts), "V08");
    expect(f).toMatchObject({ severity: "error", table: "JmpJointPlan", row: 5, column: "Initiative ID", cell: "B5" });
    expect(f.message).toContain("p002 / i-sec");
    expect(f.message).toContain("row 4");
  });

  test("blank Outcome IDs, and the same text used as an ID in different tables, are not duplicates", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpOutcomes", 0, "Outcome ID", null);
    editCell(parts, "JmpOutcomes", 1, "Outcome ID", null);
    editCell(parts, "JmpClaims", 0, "Claim ID", "T1");
    editCell(parts, "JmpAllocations", 0, "Allocation ID", "T1");
    expect(check(parts).findings).toEqual([]);
  });
});

describe("V09 number stored as text", () => {
  test("a grouped amount typed as text is a warning at its cell, naming the text", () => {
    const a = checkCleanWith("JmpTactics", 0, "Total cost", "20,000.50");
    const f = theFinding(a, "V09");
    expect(f).toMatchObject({ code: "V09", severity: "warning", table: "JmpTactics", row: 2, column: "Total cost", cell: "H2" });
    expect(f.message).toContain('"20,000.50"');
    expect(a.plan.tactics[0].totalCost).toBe(2_000_050);
  });

  test("a percent and a date typed as text are warnings too, and the values are used", () => {
    const share = checkCleanWith("JmpPartners", 1, "Max MDF share", "50%");
    expect(theFinding(share, "V09")).toMatchObject({ severity: "warning", table: "JmpPartners", row: 3, cell: "F3" });
    expect(share.plan.partners[1].maxMdfShare?.basisPoints).toBe(5000);
    const date = checkCleanWith("JmpClaims", 1, "Submitted on", "2026-04-15");
    expect(theFinding(date, "V09")).toMatchObject({ severity: "warning", table: "JmpClaims", row: 3, column: "Submitted on", cell: "E3" });
    expect(theFinding(date, "V09").message).toContain('"2026-04-15"');
  });

  test("numbers as numbers, digits in text columns and numeric-looking IDs are not V09", () => {
    const parts = cleanPlan();
    editCell(parts, "JmpTactics", 0, "Description", "1200");
    editCell(parts, "JmpOutcomes", 0, "Reference", "00451");
    editCell(parts, "JmpClaims", 0, "Claim ID", "001");
    editCell(parts, "JmpTactics", 1, "Total cost", 8000.0);
    expect(check(parts).findings).toEqual([]);
  });
});
