/**
 * The plan's own tactic types (SPEC section 9): Tactics[Tactic type] is checked against the
 * Tactic Types table, a workbook without it keeps the ten defaults, a type listed twice is V08,
 * and a new tactic of an inactive type is P08.
 */
import { analyze } from "../../../src/engine";
import { TACTIC_TYPES } from "../../../src/model/schema";
import { check, codes, editCell, findingsOf, theFinding } from "../../helpers/findings";
import type { Parts } from "../../helpers/findings";
import { cleanPlan, table, workbook } from "../../helpers/tables";
import type { RowData } from "../../helpers/tables";

/** Rows of the Tactic Types table. */
function types(...rows: (string | RowData)[]): RowData[] {
  return rows.map((r) => (typeof r === "string" ? { "Tactic type": r, Active: "Yes" } : r));
}

/** The clean plan (types Event and Webinar) with its tactics' types and a list of the plan's. */
function planWith(list: RowData[], tacticTypes: readonly string[] = ["Event", "Webinar", "Webinar", "Event"]): Parts {
  const parts: Parts = { ...cleanPlan(), JmpTacticTypes: list };
  tacticTypes.forEach((type, i) => editCell(parts, "JmpTactics", i, "Tactic type", type));
  return parts;
}

describe("Tactics[Tactic type] against the plan's list", () => {
  test("a type of the plan's own list is read, in the list's spelling, whatever the cell's case and spaces", () => {
    const a = check(planWith(types("Paid Social", "Event", "Webinar"), ["  paid   SOCIAL ", "Event", "Webinar", "Event"]));
    expect(a.findings).toEqual([]);
    expect(a.plan.tactics[0].tacticType).toBe("Paid Social");
  });

  test("a type the list does not have is V05 at the cell, naming the plan's types", () => {
    const a = check(planWith(types("Paid Social", "Webinar"), ["Event", "Paid Social", "Webinar", "Webinar"]));
    const f = theFinding(a, "V05");
    expect(f).toMatchObject({ table: "JmpTactics", row: 2, column: "Tactic type", cell: "D2", severity: "error" });
    expect(f.message).toContain("Event");
    expect(f.message).toContain("Paid Social, Webinar");
    expect(a.plan.tactics[0].tacticType).toBeUndefined();
  });

  test("a default type the plan dropped from its list is V05 like any other", () => {
    expect(codes(check(planWith(types("Webinar"), ["Webinar", "Webinar", "Webinar", "Trade show"])))).toEqual(["V05"]);
  });

  test("a workbook without the table (template version 1) keeps the ten defaults, with no finding", () => {
    const v1 = workbook(cleanPlan()).filter((t) => t.name !== "JmpTacticTypes");
    const a = analyze(v1);
    expect(a.findings).toEqual([]);
    expect(a.plan.tacticTypes.map((t) => t.name)).toEqual([...TACTIC_TYPES]);
    expect(a.plan.tacticTypes.every((t) => t.active && t.row === null)).toBe(true);
    expect(codes(analyze(v1.map((t) => (t.name === "JmpTactics" ? { ...t, rows: t.rows.map((r, i) => (i === 0 ? ["T1", "P001", "I-CLOUD", "Paid Social", ...r.slice(4)] : r)) } : t))))).toEqual(["V05"]);
  });

  test("an empty list, or one of blank rows, keeps the defaults", () => {
    expect(check({ ...cleanPlan(), JmpTacticTypes: [] }).plan.tacticTypes).toHaveLength(TACTIC_TYPES.length);
    expect(check({ ...cleanPlan(), JmpTacticTypes: [{ Description: "no name" }] }).findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["V01 A2"]);
  });

  test("only a workbook with no JMP table at all is told the Tactic Types table is missing", () => {
    expect(findingsOf(analyze([]), "S01").map((f) => f.table)).toContain("JmpTacticTypes");
    expect(findingsOf(analyze([table("JmpPartners", [])]), "S01").map((f) => f.table)).not.toContain("JmpTacticTypes");
  });
});

describe("the Tactic Types table's own cells", () => {
  test("a type listed twice (any case and spacing) is V08 at the later row, which is not read", () => {
    const a = check(planWith(types("Event", "Webinar", " event ")));
    const f = theFinding(a, "V08");
    expect(f).toMatchObject({ table: "JmpTacticTypes", sheet: "Tactic Types", row: 4, column: "Tactic type", cell: "A4" });
    expect(f.message).toContain("row 2");
    expect(a.plan.tacticTypes.map((t) => t.name)).toEqual(["Event", "Webinar"]);
  });

  test("Active reads Yes/No with Yes for blank, and other text is V05", () => {
    const a = check(planWith(types({ "Tactic type": "Event" }, { "Tactic type": "Webinar", Active: "maybe" }, { "Tactic type": "Fax", Active: "No", Description: "Retired" })));
    expect(a.plan.tacticTypes).toEqual([
      { name: "Event", description: "", active: true, row: 2 },
      { name: "Webinar", description: "", active: true, row: 3 },
      { name: "Fax", description: "Retired", active: false, row: 4 },
    ]);
    expect(findingsOf(a, "V05").map((f) => f.cell)).toEqual(["C3"]);
  });
});

describe("P08 new tactic of an inactive tactic type", () => {
  const retired = types("Event", { "Tactic type": "Webinar", Active: "No" });

  test("a Draft or Submitted tactic of an inactive type is a warning at its Tactic type cell", () => {
    const parts = planWith(retired, ["Event", "Event", "Event", "Webinar"]);
    const f = theFinding(check(parts), "P08");
    expect(f).toMatchObject({ code: "P08", severity: "warning", table: "JmpTactics", row: 5, column: "Tactic type", cell: "D5", partner: "P002" });
    expect(f.message).toContain("T4");
    expect(f.message).toContain("Webinar");
    editCell(parts, "JmpTactics", 3, "Status", "Submitted");
    expect(findingsOf(check(parts), "P08")).toHaveLength(1);
  });

  test("approved, completed, rejected and cancelled tactics keep an inactive type without a finding", () => {
    // T1 Completed, T2 and T3 Approved.
    const parts = planWith(retired, ["Webinar", "Webinar", "Webinar", "Event"]);
    expect(check(parts).findings).toEqual([]);
    editCell(parts, "JmpTactics", 3, "Tactic type", "Webinar");
    for (const status of ["Rejected", "Cancelled"]) expect(codes(check(editCell(parts, "JmpTactics", 3, "Status", status)))).not.toContain("P08");
  });
});

describe("figures by the plan's tactic types", () => {
  test("types are the plan's, in the list's order, and sum as the defaults did", () => {
    const a = check(planWith(types("Webinar", "Paid Social", "Event"), ["Paid Social", "Webinar", "Webinar", "Event"]));
    expect(a.findings).toEqual([]);
    expect(a.tacticTypes.map((t) => t.type)).toEqual(["Webinar", "Paid Social"]);
    const social = a.tacticTypes[1].figures;
    // T1 alone: requested 10,000, authorized A1 10,000, spend C1 8,500, revenue O1 60,000.
    expect(social).toMatchObject({ budget: null, forecast: null, requested: 1_000_000, authorized: 1_000_000, spend: 850_000, revenue: 6_000_000 });
  });

  test("a plan listing the most types a tactic can hold reads every one; more are V05", () => {
    const many = Array.from({ length: 129 }, (_, i) => `Type ${i + 1}`);
    const a = check(planWith(types(...many), ["Type 128", "Type 1", "Type 1", "Type 1"]));
    expect(a.plan.tacticTypes).toHaveLength(128);
    expect(a.plan.tactics[0].tacticType).toBe("Type 128");
    expect(findingsOf(a, "V05").map((f) => f.cell)).toEqual(["A130"]);
    expect(a.tacticTypes.map((t) => t.type)).toEqual(["Type 1", "Type 128"]);
  });
});
