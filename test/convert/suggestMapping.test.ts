/**
 * Suggesting how an ad-hoc sheet maps onto the template: headers people type, values that
 * give a column away, one sheet column per template column, and the table the sheet fits.
 */
import { normalizeLabel } from "../../src/workbook/convert/labels";
import { suggestMapping, suggestTables } from "../../src/workbook/convert";
import type { MappingSuggestion } from "../../src/workbook/convert";
import type { SheetValues } from "../../src/workbook/port";
import { q3Sheet, Q3_HEADERS } from "./adHocSheets";

/** Template header -> the sheet header suggested for it ("" for none, "(new IDs)" for generated). */
function chosen(suggestion: MappingSuggestion, sheet: SheetValues): Record<string, string> {
  return Object.fromEntries(
    suggestion.columns.map((c) => [c.column.header, c.source.kind === "column" ? String(sheet.headers[c.source.index]) : c.source.kind === "generate" ? "(new IDs)" : ""]),
  );
}

function sheetOf(headers: unknown[], rows: unknown[][] = []): SheetValues {
  return { headers, rows, headerRow: 1 };
}

describe("header labels", () => {
  test.each([
    ["Partner #", "partner number"],
    ["partner_no.", "partner number"],
    ["PartnerName", "partner name"],
    ["  MDF ($) ", "mdf amount"],
    ["Co-op %", "co op percent"],
    ["Début", "debut"],
  ])("%j reads as %j", (header, words) => {
    expect(normalizeLabel(header)).toBe(words);
  });
});

describe("suggesting a mapping onto Tactics", () => {
  test("the Q3 sheet's own headers find their template columns", () => {
    const sheet = q3Sheet();
    const suggestion = suggestMapping(sheet, "JmpTactics");
    expect(chosen(suggestion, sheet)).toEqual({
      "Tactic ID": "(new IDs)",
      "Partner ID": "Partner Name",
      "Initiative ID": "Solution Area",
      "Tactic type": "Type",
      Description: "Activity",
      Start: "Start Date",
      End: "End Date",
      "Total cost": "Total Cost",
      "MDF requested": "MDF $",
      Status: "Approval",
      "Expected pipeline": "",
      "Expected revenue": "",
    });
  });

  test("confidence follows how the match was made", () => {
    const sheet = sheetOf(["Total cost", "Co-op", "Partner Name", "Cost to date"], [
      [1, 2, "A", 3],
      [4, 5, "B", 6],
    ]);
    const byHeader = Object.fromEntries(suggestMapping(sheet, "JmpTactics").columns.map((c) => [c.column.header, c]));
    expect(byHeader["Total cost"]).toMatchObject({ confidence: 1, reason: "header" });
    expect(byHeader["MDF requested"]).toMatchObject({ confidence: 0.9, reason: "synonym" });
    // Tactics has no partner name column: the names fill Partner ID and are looked up later.
    expect(byHeader["Partner ID"]).toMatchObject({ confidence: 0.75, reason: "name" });
    expect(byHeader["Expected pipeline"]).toMatchObject({ source: { kind: "blank" }, confidence: 0, reason: "none" });
  });

  test.each([
    [["Partner Code"], "Partner ID"],
    [["Reseller"], "Partner ID"],
    [["Campaign"], "Description"],
    [["Program"], "Description"],
    [["Budget"], "Total cost"],
    [["Funds requested"], "MDF requested"],
    [["From"], "Start"],
    [["To"], "End"],
    [["Tactic"], "Tactic type"],
    [["Status"], "Status"],
    [["Total Cost (USD)"], "Total cost"],
  ])("%j maps to %s", (headers, expected) => {
    const suggestion = suggestMapping(sheetOf(headers), "JmpTactics");
    const mapped = suggestion.columns.filter((c) => c.source.kind === "column").map((c) => c.column.header);
    expect(mapped).toEqual([expected]);
  });

  test("a column of tactic types is the tactic type whatever its header; the activity names stay the description", () => {
    const sheet = sheetOf(["Activity", "Program"], [
      ["Webinar", "Spring webinar series"],
      ["Trade show", "Cloud expo booth"],
      ["Event", "Partner summit"],
    ]);
    expect(chosen(suggestMapping(sheet, "JmpTactics"), sheet)).toMatchObject({ "Tactic type": "Activity", Description: "Program" });
    expect(suggestMapping(sheet, "JmpTactics").columns.find((c) => c.column.header === "Tactic type")?.reason).toBe("values");
  });

  test("each template column takes one sheet column, the one it fits best", () => {
    const sheet = sheetOf(["Budget", "Total Cost"], [[100, 50]]);
    const suggestion = chosen(suggestMapping(sheet, "JmpTactics"), sheet);
    expect(suggestion["Total cost"]).toBe("Total Cost");
    expect(Object.values(suggestion)).not.toContain("Budget");
  });

  test("text under a money header weakens the match below a suggestion", () => {
    const sheet = sheetOf(["Cost"], [["see notes"], ["tbd"], ["ask Maya"]]);
    expect(suggestMapping(sheet, "JmpTactics").columns.every((c) => c.source.kind !== "column")).toBe(true);
  });

  test("headers that name nothing in the template are left for the user", () => {
    const sheet = sheetOf(["Colour", "", 42, null], [["red", "", 1, null]]);
    expect(suggestMapping(sheet, "JmpTactics").columns.filter((c) => c.source.kind === "column")).toEqual([]);
  });
});

describe("guessing the table", () => {
  test("a sheet of activities with costs and MDF fits Tactics best", () => {
    const [best, second] = suggestTables(q3Sheet());
    expect(best.table).toBe("JmpTactics");
    expect(best.fit).toBeGreaterThan(second.fit);
    expect(suggestTables(q3Sheet()).map((s) => s.table)).not.toContain("JmpSettings");
  });

  test("a partner list fits Partners", () => {
    const sheet = sheetOf(["Partner #", "Company", "Tier", "Territory", "MDF Budget", "CAM"], [["P1", "Northwind", "Gold", "EMEA", 1000, "Maya"]]);
    const [best] = suggestTables(sheet);
    expect(best.table).toBe("JmpPartners");
    expect(chosen(best, sheet)).toMatchObject({ "Partner ID": "Partner #", Partner: "Company", "MDF budget": "MDF Budget", "Channel manager": "CAM" });
  });

  test("a claims log fits Claims", () => {
    const sheet = sheetOf(["Claim #", "Activity ID", "Claim Amount", "Submitted", "Status", "POP"], [["C1", "T1", 500, new Date(Date.UTC(2026, 1, 1)), "Paid", "link"]]);
    const [best] = suggestTables(sheet);
    expect(best.table).toBe("JmpClaims");
    expect(chosen(best, sheet)).toMatchObject({ "Claim ID": "Claim #", "Tactic ID": "Activity ID", "Amount claimed": "Claim Amount", "Submitted on": "Submitted", Status: "Status" });
  });

  test("the Q3 headers alone, without values, still point at Tactics", () => {
    expect(suggestTables(sheetOf([...Q3_HEADERS]))[0].table).toBe("JmpTactics");
  });
});
