import { analyze } from "../../../src/engine";
import type { Analysis } from "../../../src/engine";
import type { RawTable } from "../../../src/model/rawTable";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../../fakes/fakeExcel";
import { generatePlan } from "../../helpers/generatePlan";
import { cleanPlan, table, workbook } from "../../helpers/tables";

const FOUR_MB = 4_000_000;

/** What the views show: findings and every figure. */
function results(a: Analysis) {
  return { findings: a.findings, totals: a.totals, partners: a.partners, initiatives: a.initiatives, tacticTypes: a.tacticTypes };
}

/** Deep equality that stays fast on 100,000 rows; the slow diff only runs to explain a failure. */
function expectSame(actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected);
}

describe("reading the JMP tables from Excel", () => {
  test("a small plan takes three syncs and reads what the cells hold, where they are", async () => {
    const excel = createFakeExcel({ tables: workbook(cleanPlan()), sheets: ["Notes"] });
    const tables = await new ExcelWorkbook(excel.host).readTables();

    expect(excel.syncs).toBe(3);
    expect(tables.map((t) => t.name)).toEqual(["JmpSettings", "JmpTacticTypes", "JmpInitiatives", "JmpPartners", "JmpJointPlan", "JmpTactics", "JmpAllocations", "JmpClaims", "JmpOutcomes", "JmpRates"]);
    const tactics = tables.find((t) => t.name === "JmpTactics") as RawTable;
    expect(tactics.sheet).toBe("Tactics");
    expect(tactics.headerRow).toBe(1);
    expect(tactics.firstColumn).toBe(0);
    expect(tactics.rows).toEqual(excel.values("Tactics", `A2:L${1 + tactics.rows.length}`));
    // Dates arrive as Excel serial numbers, as Office.js delivers them: 2026-03-01 is 46082.
    expect(tactics.rows[0][5]).toBe(46082);
    expect(results(analyze(tables))).toEqual(results(analyze(workbook(cleanPlan()))));
  });

  test("a table away from A1, with hidden headers or beside other content, reports its true position", async () => {
    const moved: RawTable = { ...table("JmpPartners", [{ "Partner ID": "P1", Partner: "Northwind", "MDF budget": 100 }]), headerRow: 5, firstColumn: 2 };
    const excel = createFakeExcel({ tables: [moved] });
    excel.sheet("Partners").setRaw(0, 0, "A note above the table");
    const hidden = excel.state.table("JmpPartners");
    const [read] = await new ExcelWorkbook(excel.host).readTables();
    expect(read).toMatchObject({ headerRow: 5, firstColumn: 2, headers: moved.headers });
    expect(read.rows[0].slice(0, 2)).toEqual(["P1", "Northwind"]);

    hidden.showHeaders = false;
    const [again] = await new ExcelWorkbook(excel.host).readTables();
    expect(again).toMatchObject({ headerRow: 5, firstColumn: 2, headers: moved.headers });
  });

  test("a workbook without JMP tables takes one sync and reads nothing", async () => {
    const excel = createFakeExcel({ sheets: ["Budget"] });
    expect(await new ExcelWorkbook(excel.host).readTables()).toEqual([]);
    expect(excel.syncs).toBe(1);
  });

  describe("a 100,000-row plan", () => {
    const source = generatePlan({ seed: 7, partners: 2_000, initiatives: 40, tactics: 100_000, allocations: 10_000, claims: 10_000, outcomes: 10_000 });
    const excel = createFakeExcel({ tables: source });
    let read: RawTable[] = [];
    const progress: [number, number][] = [];

    beforeAll(async () => {
      read = await new ExcelWorkbook(excel.host).readTables({ onProgress: (done, total) => progress.push([done, total]) });
    });

    test("keeps every request and response under 4 MB with no refusal", () => {
      expect(excel.meter.refused).toBe(0);
      expect(excel.maxResponseBytes).toBeLessThan(FOUR_MB);
      expect(excel.maxRequestBytes).toBeLessThan(FOUR_MB);
    });

    test("takes two syncs plus one per well-filled chunk sync", () => {
      const chunkSyncs = excel.meter.log.slice(2);
      expect(excel.syncs).toBe(2 + chunkSyncs.length);
      const bytes = chunkSyncs.reduce((n, s) => n + s.responseBytes, 0);
      // Each chunk sync but the last carries most of a budget: the count follows the bytes, not the rows.
      expect(chunkSyncs.length).toBeLessThanOrEqual(Math.ceil(bytes / (FOUR_MB * 0.4)) + 1);
      expect(chunkSyncs.length).toBeLessThan(40);
    });

    test("reads exactly the values the workbook holds", () => {
      expect(read.map((t) => t.rows.length)).toEqual(source.map((t) => t.rows.length));
      for (const [i, t] of read.entries()) expectSame(t.rows, source[i].rows);
    });

    test("analyzes to the same findings and figures as the source tables", () => {
      expectSame(results(analyze(read)), results(analyze(source)));
    });

    test("reports progress up to every row", () => {
      const total = source.reduce((n, t) => n + t.rows.length, 0);
      expect(progress[0]).toEqual([0, total]);
      expect(progress[progress.length - 1]).toEqual([total, total]);
      for (let i = 1; i < progress.length; i++) expect(progress[i][0]).toBeGreaterThan(progress[i - 1][0]);
    });
  });

  test("caps the cells of one sync, so no range read reaches Excel's cell limit", async () => {
    const source = generatePlan({ seed: 3, partners: 50, initiatives: 5, tactics: 6_000, allocations: 10, claims: 10, outcomes: 10 });
    // The fake refuses any range over 5,000 cells, as Excel refuses any over 5 million.
    const excel = createFakeExcel({ tables: source, limits: { rangeCells: 5_000 } });
    const read = await new ExcelWorkbook(excel.host, { limits: { maxCellsPerSync: 5_000 } }).readTables();
    expect(read.find((t) => t.name === "JmpTactics")?.rows).toEqual(source.find((t) => t.name === "JmpTactics")?.rows);
    expect(excel.syncs).toBeGreaterThanOrEqual(2 + Math.ceil((6_000 * 12) / 5_000));
  });

  test("long text is measured: a refused chunk is halved and retried, and later chunks are sized from what came back", async () => {
    const description = "x".repeat(2_000);
    const rows = Array.from({ length: 5_000 }, (_, i) => ({ "Tactic ID": `T${i}`, "Partner ID": "P1", Description: description }));
    const excel = createFakeExcel({ tables: [table("JmpTactics", rows)] });
    const [read] = await new ExcelWorkbook(excel.host).readTables();

    expect(read.rows).toHaveLength(5_000);
    expect(read.rows[4_999][4]).toBe(description);
    expect(excel.meter.refused).toBeGreaterThan(0);
    const afterFirstSuccess = excel.meter.log.slice(excel.meter.log.findIndex((s, i) => i >= 2 && s.refused === undefined) + 1);
    expect(afterFirstSuccess.every((s) => s.refused === undefined)).toBe(true);
    expect(excel.maxResponseBytes).toBeLessThan(FOUR_MB);
  });
});
