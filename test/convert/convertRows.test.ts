/**
 * Converting an ad-hoc sheet's rows with a confirmed mapping: values copied as they are, blank
 * and totals rows left out, names turned into the IDs the plan knows, new IDs that continue the
 * table's numbering, and the sheet itself untouched.
 */
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { convertRows, existingIds, mappingOf, referenceLookups, suggestMapping } from "../../src/workbook/convert";
import type { Mapping } from "../../src/workbook/convert";
import { generateIds } from "../../src/workbook/convert/generateIds";
import type { SheetValues } from "../../src/workbook/port";
import { q3Sheet } from "./adHocSheets";

function withBlankAndTotals(): SheetValues {
  const sheet = q3Sheet();
  return { ...sheet, rows: [...sheet.rows, [null, "", null, "  ", null, null, null, null, null, "only a note"], ["Total", null, null, null, null, null, 62000, 31000, null, null]] };
}

describe("converting rows", () => {
  const plan = samplePlanTables();
  const options = { references: referenceLookups(plan), existingIds: existingIds(plan, "JmpTactics") };

  test("copies values by the mapping, keyed by template header, with the sheet row each came from", () => {
    const sheet = withBlankAndTotals();
    const before = JSON.stringify(sheet);
    const result = convertRows(sheet, mappingOf(suggestMapping(sheet, "JmpTactics")), options);

    expect(result.rows).toHaveLength(3);
    expect(result.sheetRows).toEqual([2, 3, 4]);
    expect(result.blankRows).toBe(1);
    expect(result.totalRows).toBe(1);
    expect(result.rows[0]).toEqual({
      "Tactic ID": "T-26081",
      "Partner ID": "P-103",
      "Initiative ID": "INI-SECURITY",
      "Tactic type": "Event",
      Description: "Autumn security roadshow",
      Start: new Date(Date.UTC(2026, 8, 10)),
      End: new Date(Date.UTC(2026, 8, 12)),
      "Total cost": 24000,
      "MDF requested": 12000,
      Status: "Approved",
    });
    // Text stays text for the engine to read (and report): "30,000" is not turned into a number here.
    expect(result.rows[2]["Total cost"]).toBe("30,000");
    expect(JSON.stringify(sheet)).toBe(before);
  });

  test("names become the IDs the plan knows; IDs and unknown names are kept as they are", () => {
    const result = convertRows(q3Sheet(), mappingOf(suggestMapping(q3Sheet(), "JmpTactics")), options);
    expect(result.rows.map((r) => [r["Partner ID"], r["Initiative ID"]])).toEqual([
      ["P-103", "INI-SECURITY"],
      ["P-102", "INI-CLOUD"],
      ["Unknown Partner Ltd", "INI-CLOUD"],
    ]);
    // Northwind, Fabrikam, Zero Trust and Cloud Migration Accelerator were names; INI-CLOUD was an ID.
    expect(result.namesResolved).toBe(4);
  });

  test("without the plan's tables, values are copied unchanged and IDs start at 001", () => {
    const result = convertRows(q3Sheet(), mappingOf(suggestMapping(q3Sheet(), "JmpTactics")));
    expect(result.rows.map((r) => r["Partner ID"])).toEqual(["Northwind Systems", "fabrikam solutions", "Unknown Partner Ltd"]);
    expect(result.rows.map((r) => r["Tactic ID"])).toEqual(["T-001", "T-002", "T-003"]);
    expect(result.namesResolved).toBe(0);
  });

  test("a blank source leaves the column out; a changed mapping is followed", () => {
    const sheet = q3Sheet();
    const suggested = mappingOf(suggestMapping(sheet, "JmpTactics"));
    const mapping: Mapping = { ...suggested, sources: { ...suggested.sources, Description: { kind: "column", index: 9 }, "Tactic ID": { kind: "blank" } } };
    const [first] = convertRows(sheet, mapping).rows;
    expect(first.Description).toBe("=confirmed by phone");
    expect("Tactic ID" in first).toBe(false);
  });

  test("a row whose mapped cells are all blank is skipped even when unmapped cells hold text", () => {
    const sheet: SheetValues = { headers: ["Activity", "Comment"], rows: [[null, "see below"], ["Webinar", null]], headerRow: 5 };
    const mapping: Mapping = { table: "JmpTactics", sources: { Description: { kind: "column", index: 0 } } };
    const result = convertRows(sheet, mapping);
    expect(result.rows).toEqual([{ Description: "Webinar" }]);
    expect(result.sheetRows).toEqual([7]);
    expect(result.blankRows).toBe(1);
  });
});

describe("generating IDs", () => {
  test("continue the most common numbered prefix, keeping its width and skipping taken IDs", () => {
    expect(generateIds(["T-0098", "T-0099", "X-5", "t-0101"], 3, "T-")).toEqual(["T-0100", "T-0102", "T-0103"]);
    expect(generateIds(["AL-009", "AL-010"], 2, "AL-")).toEqual(["AL-011", "AL-012"]);
  });

  test("with no numbered IDs, start from the default prefix; numbers as IDs count too", () => {
    expect(generateIds([], 2, "T-")).toEqual(["T-001", "T-002"]);
    expect(generateIds([null, "", "misc"], 1, "CL-")).toEqual(["CL-001"]);
    expect(generateIds([7, 8], 1, "T-")).toEqual(["9"]);
  });
});
