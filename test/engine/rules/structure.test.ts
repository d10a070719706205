/**
 * S01-S03 (SPEC section 5) and the table layouts SPEC section 3 allows: any column order, extra
 * user columns, headers in another case or spacing, and tables placed anywhere on their sheet.
 */
import { analyze } from "../../../src/engine";
import type { RawTable } from "../../../src/model/rawTable";
import { requireTableSpec } from "../../../src/model/schema";
import type { TableName } from "../../../src/model/schema";
import { check, codes, findingsOf, rowOf, theFinding } from "../../helpers/findings";
import type { Parts } from "../../helpers/findings";
import { cleanPlan, workbook } from "../../helpers/tables";
import type { RowData } from "../../helpers/tables";

/** A sheet column: the header text the user wrote and the fixture header its cells come from. */
interface SheetColumn {
  readonly header: string;
  /** Fixture header the cells are taken from; none for a user column. */
  readonly from?: string;
  /** Cell value of a user column, the same on every row. */
  readonly fill?: unknown;
}

interface Placement {
  readonly headerRow: number;
  readonly firstColumn: number;
}

const TOP_LEFT: Placement = { headerRow: 1, firstColumn: 0 };

/** A table as a user may lay it out: columns in any order and wording, anywhere on the sheet. */
function laidOut(name: TableName, rows: readonly RowData[], columns: readonly SheetColumn[], at: Placement = TOP_LEFT): RawTable {
  return {
    name,
    sheet: requireTableSpec(name).sheet,
    headerRow: at.headerRow,
    firstColumn: at.firstColumn,
    headers: columns.map((c) => c.header),
    rows: rows.map((r) => columns.map((c) => (c.from === undefined ? c.fill : r[c.from]))),
  };
}

/** The template columns of a table, each read from its own fixture header. */
function templateColumns(name: TableName): SheetColumn[] {
  return requireTableSpec(name).columns.map((c) => ({ header: c.header, from: c.header }));
}

/** The workbook of a fixture with one table replaced. */
function workbookWith(parts: Parts, replacement: RawTable): RawTable[] {
  return workbook(parts).map((t) => (t.name === replacement.name ? replacement : t));
}

/** The clean plan with T1's total cost just too low for its MDF request: one P05 on T1. */
function planWithP05OnT1(): Parts {
  const parts = cleanPlan();
  rowOf(parts, "JmpTactics", 0)["Total cost"] = 19999.99;
  return parts;
}

describe("S01 missing table", () => {
  test("a workbook without the Claims table reports it once, with no row or cell", () => {
    const tables = workbook(cleanPlan()).filter((t) => t.name !== "JmpClaims");
    const f = theFinding(analyze(tables), "S01");
    expect(f).toMatchObject({ code: "S01", severity: "error", table: "JmpClaims", sheet: null, row: null, column: null, cell: null });
    expect(f.message).toContain("JmpClaims");
  });

  test("every missing table is reported, and an empty workbook reads as an empty plan", () => {
    const a = analyze([]);
    expect(findingsOf(a, "S01").map((f) => f.table)).toEqual([
      "JmpSettings", "JmpTacticTypes", "JmpInitiatives", "JmpPartners", "JmpJointPlan", "JmpTactics", "JmpAllocations", "JmpClaims", "JmpOutcomes", "JmpRates",
    ]);
    expect(a.plan.tactics).toEqual([]);
  });

  test("table names match case-insensitively and foreign tables are ignored", () => {
    const tables = workbook(cleanPlan()).map((t) => (t.name === "JmpClaims" ? { ...t, name: "jmpclaims" } : t));
    const a = analyze([...tables, { name: "Table1", sheet: "Notes", headerRow: 1, firstColumn: 0, headers: ["Anything"], rows: [["x"]] }]);
    expect(a.findings).toEqual([]);
    expect(a.plan.claims).toHaveLength(2);
  });
});

describe("S02 missing required column", () => {
  test("a Tactics table without MDF requested reports the column on the header row", () => {
    const columns = templateColumns("JmpTactics").filter((c) => c.header !== "MDF requested");
    const parts = cleanPlan();
    const a = analyze(workbookWith(parts, laidOut("JmpTactics", parts.JmpTactics ?? [], columns)));
    const f = theFinding(a, "S02");
    expect(f).toMatchObject({ code: "S02", severity: "error", table: "JmpTactics", sheet: "Tactics", row: 1, column: "MDF requested", cell: null });
    expect(f.message).toContain('"MDF requested"');
    // The missing column is one finding, not a V01 on every row.
    expect(findingsOf(a, "V01")).toEqual([]);
  });

  test("the header row of a table placed lower on its sheet is the row reported", () => {
    const columns = templateColumns("JmpClaims").filter((c) => c.header !== "Status");
    const parts = cleanPlan();
    const a = analyze(workbookWith(parts, laidOut("JmpClaims", parts.JmpClaims ?? [], columns, { headerRow: 4, firstColumn: 2 })));
    expect(theFinding(a, "S02")).toMatchObject({ table: "JmpClaims", row: 4, column: "Status", cell: null });
  });

  test("a missing optional column and a required header in other case and spacing are not reported", () => {
    const columns = templateColumns("JmpTactics")
      .filter((c) => c.header !== "Description" && c.header !== "Expected revenue")
      .map((c) => (c.header === "MDF requested" ? { ...c, header: "  mdf   REQUESTED " } : c));
    const parts = cleanPlan();
    const a = analyze(workbookWith(parts, laidOut("JmpTactics", parts.JmpTactics ?? [], columns)));
    expect(codes(a)).toEqual([]);
  });
});

describe("S03 duplicate column header", () => {
  test("a schema header given twice is reported at the second header cell, and the first is read", () => {
    const columns = [...templateColumns("JmpTactics"), { header: "status", fill: "Rejected" }];
    const parts = cleanPlan();
    const a = analyze(workbookWith(parts, laidOut("JmpTactics", parts.JmpTactics ?? [], columns)));
    const f = theFinding(a, "S03");
    expect(f).toMatchObject({ code: "S03", severity: "error", table: "JmpTactics", sheet: "Tactics", row: 1, column: "Status", cell: "M1" });
    expect(f.message).toContain('"Status"');
    expect(f.message).toContain("2 times");
    expect(a.plan.tactics.map((t) => t.status)).toEqual(["Completed", "Approved", "Approved", "Draft"]);
  });

  test("the duplicate's cell follows the table's position on the sheet", () => {
    const columns = [...templateColumns("JmpTactics"), { header: "TACTIC ID", fill: "T9" }];
    const parts = cleanPlan();
    const a = analyze(workbookWith(parts, laidOut("JmpTactics", parts.JmpTactics ?? [], columns, { headerRow: 4, firstColumn: 2 })));
    expect(theFinding(a, "S03")).toMatchObject({ table: "JmpTactics", row: 4, column: "Tactic ID", cell: "O4" });
  });

  test("user columns repeated among themselves, or named like a schema column plus more, are not duplicates", () => {
    const columns = [...templateColumns("JmpTactics"), { header: "Notes", fill: "a" }, { header: "Notes", fill: "b" }, { header: "Status note", fill: "late" }];
    const parts = cleanPlan();
    expect(analyze(workbookWith(parts, laidOut("JmpTactics", parts.JmpTactics ?? [], columns))).findings).toEqual([]);
  });
});

describe("clean data and the layouts users make", () => {
  test("the clean plan has no findings at all", () => {
    expect(check(cleanPlan()).findings).toEqual([]);
  });

  test("in template layout a finding points at the template cell", () => {
    expect(theFinding(check(planWithP05OnT1()), "P05")).toMatchObject({ table: "JmpTactics", row: 2, column: "MDF requested", cell: "I2" });
  });

  test("columns in reverse order are found by header and findings point at where they are", () => {
    const parts = planWithP05OnT1();
    const columns = templateColumns("JmpTactics").reverse();
    const a = analyze(workbookWith(parts, laidOut("JmpTactics", parts.JmpTactics ?? [], columns)));
    expect(codes(a)).toEqual(["P05"]);
    expect(theFinding(a, "P05")).toMatchObject({ row: 2, column: "MDF requested", cell: "D2" });
  });

  test("extra user columns are ignored whatever they hold, and shift the cells of the schema columns", () => {
    const parts = planWithP05OnT1();
    const columns = [{ header: "Notes", fill: "#N/A" }, ...templateColumns("JmpTactics"), { header: "Budget code", fill: "abc" }];
    const a = analyze(workbookWith(parts, laidOut("JmpTactics", parts.JmpTactics ?? [], columns)));
    expect(codes(a)).toEqual(["P05"]);
    expect(theFinding(a, "P05")).toMatchObject({ row: 2, column: "MDF requested", cell: "J2" });
  });

  test("headers in other case and spacing match, and findings name the template header", () => {
    const parts = planWithP05OnT1();
    const columns = templateColumns("JmpTactics").map((c) => ({ ...c, header: `  ${c.header.toUpperCase().replace(/ /g, "   ")} ` }));
    const a = analyze(workbookWith(parts, laidOut("JmpTactics", parts.JmpTactics ?? [], columns)));
    expect(codes(a)).toEqual(["P05"]);
    expect(theFinding(a, "P05")).toMatchObject({ column: "MDF requested", cell: "I2" });
  });

  test("a table starting at C4 shifts every cell address: column letters by two, rows by three", () => {
    const parts = planWithP05OnT1();
    rowOf(parts, "JmpTactics", 1)["Tactic type"] = "Podcast";
    const a = analyze(workbookWith(parts, laidOut("JmpTactics", parts.JmpTactics ?? [], templateColumns("JmpTactics"), { headerRow: 4, firstColumn: 2 })));
    expect(codes(a)).toEqual(["P05", "V05"]);
    expect(theFinding(a, "P05")).toMatchObject({ sheet: "Tactics", row: 5, column: "MDF requested", cell: "K5" });
    expect(theFinding(a, "V05")).toMatchObject({ row: 6, column: "Tactic type", cell: "F6" });
  });

  test("a table far to the right gets two-letter column addresses", () => {
    const parts = planWithP05OnT1();
    const a = analyze(workbookWith(parts, laidOut("JmpTactics", parts.JmpTactics ?? [], templateColumns("JmpTactics"), { headerRow: 10, firstColumn: 26 })));
    expect(theFinding(a, "P05")).toMatchObject({ row: 11, cell: "AI11" });
  });
});
