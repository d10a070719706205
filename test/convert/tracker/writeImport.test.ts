/**
 * Writing an import into a workbook through the port, in a file (ExcelJS) and in Excel (the
 * typed fake): the plan's figures come out of the engine as computed by hand, the tracker sheet
 * is only read, the mapping is kept for next time, and importing an updated tracker again
 * updates the rows it made instead of adding them twice, keeping what the user added.
 */
import { analyze } from "../../../src/engine";
import type { Analysis } from "../../../src/engine";
import { serialFromDay, dayFromText } from "../../../src/model/dates";
import { parseSavedMapping, TrackerImportError, writeImport } from "../../../src/workbook/convert/tracker";
import type { ImportableWorkbook } from "../../../src/workbook/port";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { validationAt } from "../../../src/workbook/xlsx/validations";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../../fakes/fakeExcel";

const SHEET = "MDF 2026";
const HEADER = ["Reseller", "Activity", "Type", "Start", "End", "Total Cost", "Requested", "Approved", "Claimed", "Paid On", "Revenue"];
const ROWS: unknown[][] = [
  ["Contoso", "Spring webinar", "Webinar", "2026-03-10", "2026-03-10", 10000, 5000, 5000, 4500, "2026-04-30", 120000],
  ["Fabrikam", "Roadshow", "Event", "2026-05-04", "2026-05-08", 20000, 8000, 6000, null, null, null],
  ["CONTOSO.", "Email blast", "Email campaign", "2026-06-01", "2026-06-05", 4000, 2000, null, null, null, null],
];

/** Requested over approved tactics: 5000 + 8000; authorized 5000 + 6000; spend (the Paid claim) 4500. */
const FIGURES = { partners: 2, tactics: 3, requested: 1_300_000, authorized: 1_100_000, spend: 450_000, revenue: 12_000_000 };

function figures(analysis: Analysis) {
  const { plan, totals } = analysis;
  return { partners: plan.partners.length, tactics: plan.tactics.length, requested: totals.requested, authorized: totals.authorized, spend: totals.spend, revenue: totals.revenue };
}

interface Host {
  readonly workbook: ImportableWorkbook;
  /** The tracker sheet's cells as the host holds them. */
  trackerCells(): unknown;
  /** Replaces the tracker's data rows. */
  setRows(rows: unknown[][]): void;
  /** Adds a tactic row of the user's own to the plan. */
  addUserTactic(): Promise<void>;
  readonly syncs?: () => number;
}

function xlsxHost(): Host {
  const workbook = XlsxWorkbook.create({ now: () => new Date(Date.UTC(2026, 11, 6)) });
  const sheet = workbook.workbook.addWorksheet(SHEET);
  const write = (rows: unknown[][]) => {
    [HEADER, ...rows].forEach((row, r) => row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = (v ?? null) as never)));
  };
  write(ROWS);
  return {
    workbook,
    trackerCells: () => sheet.getSheetValues().map((r) => (Array.isArray(r) ? [...r] : r)),
    setRows: write,
    addUserTactic: async () => void (await workbook.appendRows("JmpTactics", [{ "Tactic ID": "MY-1", "Partner ID": "P-001", Description: "mine" }])),
  };
}

function excelHost(): Host {
  const excel = createFakeExcel({ sheets: [SHEET] });
  const sheet = excel.sheet(SHEET);
  const stored = (v: unknown) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? serialFromDay(dayFromText(v) as number) : v);
  const write = (rows: unknown[][]) => [HEADER, ...rows].forEach((row, r) => row.forEach((v, c) => sheet.setRaw(r, c, v === null ? "" : stored(v))));
  write(ROWS);
  const workbook = new ExcelWorkbook(excel.host, { now: () => new Date(Date.UTC(2026, 11, 6)) });
  return {
    workbook,
    trackerCells: () => excel.values(SHEET, "A1:K5"),
    setRows: write,
    addUserTactic: async () => void (await workbook.appendRows("JmpTactics", [{ "Tactic ID": "MY-1", "Partner ID": "P-001", Description: "mine" }])),
    syncs: () => excel.syncs,
  };
}

describe.each([
  ["a file", xlsxHost],
  ["Excel", excelHost],
])("importing a tracker sheet into its own workbook, in %s", (_host, make) => {
  test("the plan's figures are the tracker's, the tracker is untouched and the mapping is kept", async () => {
    const host = make();
    const before = JSON.stringify(host.trackerCells());
    const values = await host.workbook.readSheet(SHEET);
    const { imported, newPlan } = await writeImport(host.workbook, { name: SHEET, values }, {}, "Tracker plan");
    expect(newPlan).toBe(true);
    expect(imported.counts.JmpTactics).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(JSON.stringify(host.trackerCells())).toBe(before);

    const analysis = analyze(await host.workbook.readTables());
    expect(figures(analysis)).toEqual(FIGURES);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(analysis.plan.settings.periodStart).toBe(dayFromText("2026-01-01"));
    expect(analysis.plan.settings.periodEnd).toBe(dayFromText("2026-12-31"));

    const stored = await host.workbook.readImportMapping();
    expect(parseSavedMapping(JSON.parse(stored as string)).columns).toMatchObject({ Reseller: "partner", Approved: "authorized", "Paid On": "paidOn" });
  });

  test("importing the updated tracker again updates the rows it made, adds the new one and keeps the user's", async () => {
    const host = make();
    await writeImport(host.workbook, { name: SHEET, values: await host.workbook.readSheet(SHEET) }, {}, "Tracker plan");
    await host.addUserTactic();
    // Next quarter: Fabrikam's roadshow got 8000 approved, a new activity was added.
    host.setRows([ROWS[0], ["Fabrikam", "Roadshow", "Event", "2026-05-04", "2026-05-08", 20000, 8000, 8000, null, null, null], ROWS[2], ["Fabrikam", "Webinar", "Webinar", "2026-09-01", "2026-09-01", 3000, 1500, 1500, null, null, null]]);
    const stored = parseSavedMapping(JSON.parse((await host.workbook.readImportMapping()) as string));
    const { imported, newPlan } = await writeImport(host.workbook, { name: SHEET, values: await host.workbook.readSheet(SHEET) }, { mapping: stored }, "Tracker plan");

    expect(newPlan).toBe(false);
    // The roadshow's approved amount is its allocation's: its tactic, like the other two, is as it was.
    expect(imported.counts.JmpTactics).toEqual({ added: 1, updated: 0, unchanged: 3 });
    expect(imported.counts.JmpAllocations).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect(imported.counts.JmpPartners).toBeUndefined();
    const analysis = analyze(await host.workbook.readTables());
    expect(analysis.plan.tactics.map((t) => t.id?.text)).toEqual(["T-001", "T-002", "T-003", "MY-1", "T-004"]);
    // Authorized: 5000 + 8000 + 1500; requested over approved tactics: 5000 + 8000 + 1500.
    expect(analysis.totals.authorized).toBe(1_450_000);
    expect(analysis.totals.requested).toBe(1_450_000);
    expect(analysis.plan.allocations).toHaveLength(3);
  });
});

test("in Excel, the write takes the same number of round trips for 3 rows as for 300", async () => {
  const count = async (n: number) => {
    const host = excelHost();
    host.setRows(Array.from({ length: n }, (_, i) => ["Contoso", `Activity ${i}`, "Webinar", "2026-03-10", "2026-03-11", 1000, 500, 500, 400, "2026-04-30", 100]));
    const values = await host.workbook.readSheet(SHEET);
    const start = host.syncs?.() ?? 0;
    await writeImport(host.workbook, { name: SHEET, values }, {}, "Plan");
    return (host.syncs?.() ?? 0) - start;
  };
  expect(await count(300)).toBe(await count(3));
});

test("in a file, every imported row gets the dropdowns of the template's row, as Excel gives rows a table grows by", async () => {
  const host = xlsxHost();
  await writeImport(host.workbook, { name: SHEET, values: await host.workbook.readSheet(SHEET) }, {}, "Plan");
  const sheet = (host.workbook as XlsxWorkbook).workbook.getWorksheet("Tactics");
  // Tactic type (D) and Status (J) of the last of the three imported tactics (row 4).
  expect(sheet && validationAt(sheet, 4, 4)?.type).toBe("list");
  expect(sheet && validationAt(sheet, 4, 10)?.formulae).toEqual(validationAt(sheet!, 2, 10)?.formulae);
});

test("in a file, a table that cannot take its rows (a note just below it) stops the import before any table takes a row", async () => {
  const host = xlsxHost();
  const workbook = host.workbook as XlsxWorkbook;
  await workbook.applyTemplate({});
  const tactics = (await workbook.readTables()).find((t) => t.name === "JmpTactics");
  if (!tactics) throw new Error("the template has a Tactics table");
  // Partners, Initiatives and the Joint Plan come first and have room; Tactics grows by two
  // rows (three tactics, one in the template's blank row) and the second is taken.
  const sheet = workbook.workbook.getWorksheet(tactics.sheet);
  if (!sheet) throw new Error("the Tactics table has a sheet");
  sheet.getCell(tactics.headerRow + tactics.rows.length + 2, tactics.firstColumn + 1).value = "checked by finance";
  const before = await workbook.readTables();

  const writing = writeImport(workbook, { name: SHEET, values: await workbook.readSheet(SHEET) }, {}, "Tracker plan");
  await expect(writing).rejects.toThrow(TrackerImportError);
  await expect(writing).rejects.toMatchObject({ reason: "noRoom", message: expect.stringMatching(/^No rows were added to Tactics: the cells below the table on .* are not empty/) });
  expect(await workbook.readTables()).toEqual(before);
  expect(await workbook.readImportMapping()).toBeUndefined();
});
