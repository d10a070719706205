import { analyze } from "../../../src/engine";
import { excelMoneyFormat, currency } from "../../../src/model/money";
import { samplePlanTables } from "../../../src/model/sample/samplePlan";
import { SETTINGS, TABLES, TACTIC_TYPES, TEMPLATE_VERSION } from "../../../src/model/schema";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { VERSION_NAME, VERSION_SHEET } from "../../../src/workbook/xlsx/templateVersion";
import { splitSheet } from "../../fakes/address";
import { createFakeExcel } from "../../fakes/fakeExcel";
import { FakeTable } from "../../fakes/fakeTable";
import type { FakeExcel, SheetState } from "../../fakes/fakeExcel";
import { cleanPlan, d, settingsTable, table, workbook } from "../../helpers/tables";

const FOUR_MB = 4_000_000;
const MAY_2026 = (): Date => new Date(Date.UTC(2026, 4, 1));

/** The template version the workbook stores, read the way the xlsx adapter reads it: a named cell. */
function storedVersion(excel: FakeExcel): unknown {
  const item = excel.state.names.get(VERSION_NAME.toLowerCase());
  if (!item) return undefined;
  const { sheet, address } = splitSheet(item.formula);
  return excel.values(sheet ?? "", address.replace(/\$/g, ""))[0][0];
}

/** Marks a workbook as carrying template `version`, as a previous apply would have. */
function markVersion(excel: FakeExcel, version: number): void {
  const sheet = excel.state.addSheet(VERSION_SHEET);
  sheet.setRaw(0, 1, version);
  sheet.visibility = "Hidden";
  excel.state.names.set(VERSION_NAME.toLowerCase(), { name: VERSION_NAME, formula: `='${VERSION_SHEET}'!$B$1` });
}

/** Every cell that holds something on every sheet but the tool's version sheet: value, formula, number format, style. */
function snapshot(excel: FakeExcel): Map<string, string> {
  const cells = new Map<string, string>();
  const put = (sheet: SheetState, r: number, c: number): void => {
    cells.set(`${sheet.name}!${r},${c}`, JSON.stringify([sheet.value(r, c), sheet.formula(r, c), sheet.numberFormat(r, c), sheet.style(r, c) ?? null]));
  };
  for (const sheet of excel.state.sheets.filter((s) => s.name !== VERSION_SHEET)) {
    sheet.values.forEach((row, r) => row?.forEach((v, c) => v !== undefined && v !== "" && put(sheet, r, c)));
    for (const k of [...sheet.numberFormats.keys(), ...sheet.styles.keys()]) put(sheet, Math.floor(k / 16_384), k % 16_384);
  }
  return cells;
}

/** Cells of `before` that differ in `after` (moved, changed or gone). */
function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before].filter(([cell, content]) => after.get(cell) !== content).map(([cell]) => cell);
}

describe("applying the template in Excel", () => {
  test("an empty workbook gets every table, format, drop-down and highlight in three syncs", async () => {
    const excel = createFakeExcel();
    const result = await new ExcelWorkbook(excel.host, { now: MAY_2026 }).applyTemplate();

    expect(result.tablesAdded).toEqual(TABLES.map((t) => t.name));
    expect(result.version).toBe(TEMPLATE_VERSION);
    expect(storedVersion(excel)).toBe(TEMPLATE_VERSION);
    expect(excel.sheet(VERSION_SHEET).visibility).toBe("Hidden");
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(excel.maxRequestBytes).toBeLessThan(FOUR_MB);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Sheet1", ...TABLES.map((t) => t.sheet), VERSION_SHEET]);

    for (const spec of TABLES) {
      const t = excel.state.table(spec.name);
      expect(t.sheet.name).toBe(spec.sheet);
      expect(t.columnNames).toEqual(spec.columns.map((c) => c.header));
    }
    const tactics = excel.sheet("Tactics");
    const col = (header: string): number => TABLES.find((t) => t.name === "JmpTactics")!.columns.findIndex((c) => c.header === header);
    expect(tactics.numberFormat(1, col("Total cost"))).toBe(excelMoneyFormat(currency("USD")));
    expect(tactics.numberFormat(1, col("Start"))).toBe("yyyy-mm-dd");
    expect(tactics.numberFormat(1, col("Tactic ID"))).toBe("@");
    const rule = (header: string) => tactics.validations.find((v) => v.rect.col === col(header))?.rule as { list: { source: string } } | undefined;
    expect(rule("Status")?.list.source).toBe("Draft,Submitted,Approved,Rejected,Cancelled,Completed");
    expect(rule("Partner ID")?.list.source).toBe('=INDIRECT("JmpPartners[Partner ID]")');
    expect(rule("Description")).toBeUndefined();
    // The plan's own list of tactic types, which starts with the ten defaults.
    expect(rule("Tactic type")?.list.source).toBe('=INDIRECT("JmpTacticTypes[Tactic type]")');
    expect(excel.values("Tactic Types", `A2:A${1 + TACTIC_TYPES.length}`).map((r) => r[0])).toEqual([...TACTIC_TYPES]);
    expect(excel.values("Tactic Types", `C2:C${1 + TACTIC_TYPES.length}`).every((r) => r[0] === "Yes")).toBe(true);
    // One highlight rule per highlighted column, never one per cell.
    const highlighted = tactics.conditionalFormats.map((cf) => cf.rect.col);
    expect(new Set(highlighted).size).toBe(highlighted.length);
    expect(tactics.conditionalFormats.find((cf) => cf.rect.col === col("Total cost"))?.formula).toBe("=OR(AND(COUNTA($A2:$L2)>0,LEN(TRIM(H2))=0),AND(ISNUMBER(H2),H2<0))");

    const settings = excel.values("Settings", `A2:B${1 + SETTINGS.length}`);
    expect(settings.map((r) => r[0])).toEqual(SETTINGS.map((s) => s.name));
    expect(settings.find((r) => r[0] === "Max MDF share")?.[1]).toBe(0.5);
    expect(settings.find((r) => r[0] === "Currency")?.[1]).toBe("USD");
    // The plan period defaults to the calendar year, as the xlsx adapter has it: 2026-01-01 is serial 46023.
    expect(settings.find((r) => r[0] === "Period start")?.[1]).toBe(46023);
    expect(excel.sheet("Settings").numberFormat(3, 1)).toBe("yyyy-mm-dd");
    expect(excel.values("Sheet1", "A1:C3").flat().every((v) => v === "")).toBe(true);
  });

  test("applied twice, the second run adds nothing and duplicates no rule", async () => {
    const excel = createFakeExcel();
    const wb = new ExcelWorkbook(excel.host);
    await wb.applyTemplate();
    const before = snapshot(excel);
    const rules = excel.state.sheets.map((s) => [s.validations.length, s.conditionalFormats.length]);
    const sheets = excel.state.sheets.length;
    const again = await wb.applyTemplate();
    expect(again).toEqual({ tablesAdded: [], columnsAdded: [], settingsAdded: [], version: TEMPLATE_VERSION });
    expect(excel.state.sheets).toHaveLength(sheets);
    expect(excel.state.sheets.map((s) => [s.validations.length, s.conditionalFormats.length])).toEqual(rules);
    expect(changedCells(before, snapshot(excel))).toEqual([]);
  });

  test("with the sample, the read plan is the sample plan", async () => {
    const excel = createFakeExcel();
    const wb = new ExcelWorkbook(excel.host);
    await wb.applyTemplate({ withSample: true });
    const read = analyze(await wb.readTables());
    const sample = analyze(samplePlanTables());
    expect(read.findings).toEqual(sample.findings);
    expect(read.totals).toEqual(sample.totals);
    expect(read.partners.map((p) => p.figures)).toEqual(sample.partners.map((p) => p.figures));
  });

  describe("upgrading a v1 workbook that lacks columns and drop-downs", () => {
    const tacticHeaders = ["Tactic ID", "Partner ID", "Initiative ID", "Tactic type", "Start", "End", "Total cost", "MDF requested", "Notes"];
    const seeded = () => {
      // Version 1 had no Tactic Types table, and a fixed list of the ten default types on Tactic type.
      const tables = workbook(cleanPlan()).filter((t) => !["JmpTactics", "JmpSettings", "JmpOutcomes", "JmpTacticTypes"].includes(t.name));
      const tactics = table("JmpTactics", cleanPlan().JmpTactics!.map((r) => ({ ...r, Notes: `note ${r["Tactic ID"]}` })), tacticHeaders);
      const settings = settingsTable({ "Plan name": "FY26", "Period start": d("2026-01-01"), "Period end": d("2026-12-31"), Currency: "EUR" });
      const excel = createFakeExcel({ tables: [settings, ...tables, tactics], sheets: ["Budget notes"] });
      markVersion(excel, 1);
      const notes = excel.sheet("Budget notes");
      notes.setRaw(0, 0, "Q1 budget");
      notes.setRaw(1, 0, 1200);
      notes.input(2, 0, "=A2*2");
      notes.patchStyle({ row: 0, col: 0, rows: 1, cols: 1 }, { bold: true, fill: "#FFFF00" });
      const sheet = excel.sheet("Tactics");
      // A user format in the table, a user cell below it, and text on the Outcomes sheet, which has no table.
      sheet.patchStyle({ row: 1, col: 8, rows: 4, cols: 1 }, { fill: "#E2EFDA" });
      sheet.setNumberFormat(1, 6, "#,##0");
      sheet.setRaw(10, 0, "Totals checked by Finance");
      excel.state.addSheet("Outcomes").setRaw(0, 0, "Outcomes go in the CRM export");
      sheet.validations.push({ rect: { row: 1, col: 3, rows: 4, cols: 1 }, rule: { list: { inCellDropDown: true, source: TACTIC_TYPES.join(",") } } });
      return excel;
    };

    test("comes out complete: missing columns, rules, settings and tables added", async () => {
      const excel = seeded();
      const result = await new ExcelWorkbook(excel.host, { now: MAY_2026 }).applyTemplate();

      expect(storedVersion(excel)).toBe(TEMPLATE_VERSION);
      expect(excel.state.sheets.filter((s) => s.name.startsWith(VERSION_SHEET))).toHaveLength(1);
      expect(result.columnsAdded).toEqual(["Description", "Status", "Expected pipeline", "Expected revenue"].map((header) => ({ table: "JmpTactics", header })));
      expect(result.settingsAdded).toEqual(["Vendor", "Max MDF share", "Claim window (days)", "As of", "Fiscal year start", "Number format"]);
      expect(result.tablesAdded).toEqual(["JmpTacticTypes", "JmpOutcomes"]);
      expect(excel.state.table("JmpTacticTypes").sheet.name).toBe("Tactic Types");
      expect(excel.state.table("JmpOutcomes").sheet.name).toBe("JMP Outcomes");
      const tactics = excel.state.table("JmpTactics");
      expect(tactics.columnNames).toEqual([...tacticHeaders, "Description", "Status", "Expected pipeline", "Expected revenue"]);
      const sheet = excel.sheet("Tactics");
      expect(sheet.numberFormat(1, 12)).toBe(excelMoneyFormat(currency("EUR")));
      expect(sheet.validations.map((v) => v.rect.col).sort((a, b) => a - b)).toEqual([1, 2, 3, 10]);
      expect(sheet.validationType({ row: 1, col: 10, rows: 4, cols: 1 })).toBe("List");
      // Version 1's fixed list on Tactic type gave way to the plan's list, over the same cells.
      expect(sheet.validations.filter((v) => v.rect.col === 3)).toEqual([
        expect.objectContaining({ rect: { row: 1, col: 3, rows: 4, cols: 1 }, rule: { list: { inCellDropDown: true, source: '=INDIRECT("JmpTacticTypes[Tactic type]")' } } }),
      ]);

      const tables = await new ExcelWorkbook(excel.host).readTables();
      const findings = analyze(tables).findings;
      expect(findings.filter((f) => f.code === "S01" || f.code === "S02")).toEqual([]);
      const types = tables.find((t) => t.name === "JmpTacticTypes");
      expect(types?.rows.map((r) => r[0])).toEqual([...TACTIC_TYPES]);
      const settings = tables.find((t) => t.name === "JmpSettings")!;
      expect(settings.rows.map((r) => r[0])).toEqual(["Plan name", "Period start", "Period end", "Currency", ...result.settingsAdded]);
      expect(settings.rows.find((r) => r[0] === "Max MDF share")?.[1]).toBe(0.5);
      expect(excel.sheet("Settings").numberFormat(6, 1)).toBe("0%");
    });

    test("keeps every user cell: values, formulas, formats, foreign sheets", async () => {
      const excel = seeded();
      const before = snapshot(excel);
      await new ExcelWorkbook(excel.host).applyTemplate();
      expect(changedCells(before, snapshot(excel))).toEqual([]);
      expect(excel.sheet("Budget notes").formula(2, 0)).toBe("=A2*2");
      expect(excel.sheet("Tactics").value(10, 0)).toBe("Totals checked by Finance");
    });

    test("keeps a drop-down of the user's own on Tactic type", async () => {
      const excel = seeded();
      const tactics = excel.sheet("Tactics");
      const ours = { list: { inCellDropDown: true, source: "Ours,Theirs" } };
      tactics.validations.splice(0, tactics.validations.length, { rect: { row: 1, col: 3, rows: 4, cols: 1 }, rule: ours });
      await new ExcelWorkbook(excel.host).applyTemplate();
      expect(tactics.validations.filter((v) => v.rect.col === 3).map((v) => v.rule)).toEqual([ours]);
    });

    test("takes a few syncs, each request under 4 MB", async () => {
      const excel = seeded();
      await new ExcelWorkbook(excel.host).applyTemplate();
      // The survey (up to three), a read of the Settings table the missing settings go below, the writes.
      expect(excel.syncs).toBeLessThanOrEqual(5);
      expect(excel.maxRequestBytes).toBeLessThan(FOUR_MB);
      // One operation: screen updating is suspended once, not for every sync that writes.
      expect(excel.meter.screenSuspensions).toBe(1);
    });

    test("writes the missing settings just below the Settings table, which grows over them (no rows.add)", async () => {
      const excel = seeded();
      const rowsAdd = jest.spyOn(FakeTable.prototype, "rows", "get");
      try {
        await new ExcelWorkbook(excel.host, { now: MAY_2026 }).applyTemplate();
        expect(rowsAdd).not.toHaveBeenCalled();
      } finally {
        rowsAdd.mockRestore();
      }
      const settings = excel.state.table("JmpSettings");
      expect(settings.bodyRows).toBe(10);
      expect(excel.sheet("Settings").value(settings.top + 5, settings.left)).toBe("Vendor");
      // Each new Value cell has its setting's format: the share a percent, the date a date.
      expect(excel.sheet("Settings").numberFormat(settings.top + 6, settings.left + 1)).toBe("0%");
      expect(excel.sheet("Settings").numberFormat(settings.top + 7, settings.left + 1)).toBe("General");
    });
  });

  test("a version name left pointing at a deleted sheet is replaced, not duplicated", async () => {
    const excel = createFakeExcel();
    excel.state.names.set(VERSION_NAME.toLowerCase(), { name: VERSION_NAME, formula: "=#REF!$B$1" });
    await new ExcelWorkbook(excel.host).applyTemplate();
    expect(storedVersion(excel)).toBe(TEMPLATE_VERSION);
  });

  test("a cell right of a table moves right when a column is added; it is never overwritten", async () => {
    const partners = table("JmpPartners", [{ "Partner ID": "P1", Partner: "Northwind", "MDF budget": 100 }], ["Partner ID", "Partner", "MDF budget"]);
    const excel = createFakeExcel({ tables: [partners] });
    excel.sheet("Partners").setRaw(1, 3, "beside");
    await new ExcelWorkbook(excel.host).applyTemplate();
    const width = excel.state.table("JmpPartners").columnCount;
    expect(width).toBe(10);
    expect(excel.sheet("Partners").value(1, 3 + 7)).toBe("beside");
  });

  test("a big existing table gets its new column's formats in chunks under 4 MB", async () => {
    const rows = Array.from({ length: 120_000 }, (_, i) => ({ "Claim ID": `C${i}`, "Tactic ID": "T1", "Amount claimed": 10, "Submitted on": d("2026-03-01"), Status: "Paid" }));
    const excel = createFakeExcel({ tables: [table("JmpClaims", rows, ["Claim ID", "Tactic ID", "Amount claimed", "Submitted on", "Status"])] });
    await new ExcelWorkbook(excel.host).applyTemplate();
    expect(excel.maxRequestBytes).toBeLessThan(FOUR_MB);
    expect(excel.sheet("Claims").numberFormat(120_000, 5)).toBe(excelMoneyFormat(currency("USD")));
  });
});
