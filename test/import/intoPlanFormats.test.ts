/**
 * The money a `jmp import` writes shows in the currency it is in when the plan is opened in
 * Excel: a plan made with `jmp init` (its tables formatted in the template's dollars) that takes a
 * euro tracker's Currency shows the imported amounts, and the rows the user types later, in euros;
 * a plan the user set to euros shows the tracker's amounts it reads as euros in euros; a plan
 * that already had rows keeps the look of every cell the import does not write.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { currency, excelMoneyFormat } from "../../src/model/money";
import { formatKind, TABLES } from "../../src/model/schema";
import { fillPlan, jmp, tempDir } from "../cli/planWorkbook";
import { writeWorkbook } from "./acceptance";
import { d, writeRows } from "./trackerKit";

const EURO = excelMoneyFormat(currency("EUR"));
const DOLLAR = excelMoneyFormat(currency("USD"));

/** A tracker whose amounts are in `mark` ("€", "$"): two activities of two partners. */
function tracker(mark: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  writeRows(workbook.addWorksheet("MDF"), [
    ["Partner", "Activity", "Type", "Start", "End", "Total Cost", `MDF Requested (${mark})`, `Approved (${mark})`],
    ["Contoso Ltd", "Spring webinar", "Webinar", d("2026-03-10"), d("2026-03-10"), `${mark}4,000`, `${mark}2,000`, `${mark}2,000`],
    ["Northwind", "Autumn roadshow", "Event", d("2026-09-01"), d("2026-09-03"), `${mark}20,000`, `${mark}10,000`, `${mark}8,000`],
  ]);
  return workbook;
}

/** One money cell of a plan table's data rows. */
interface MoneyCell {
  readonly table: string;
  readonly header: string;
  /** Sheet row. */
  readonly row: number;
  readonly value: unknown;
  readonly numFmt: string | undefined;
}

/** Every money cell of every data row (blank rows included) of the plan's tables, as saved. */
async function moneyCells(path: string): Promise<MoneyCell[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const cells: MoneyCell[] = [];
  for (const spec of TABLES) {
    const money = new Set(spec.columns.filter((c) => formatKind(c.type) === "money").map((c) => c.header));
    if (money.size === 0) continue;
    const sheet = workbook.worksheets.find((s) => s.getTable(spec.name));
    const found = sheet?.getTable(spec.name) as unknown as { table: { tableRef: string; columns: { name: string }[] } } | undefined;
    if (!sheet || !found) throw new Error(`no table ${spec.name} in ${path}`);
    const [from, to] = found.table.tableRef.split(":");
    const top = sheet.getCell(from);
    const bottom = sheet.getCell(to);
    found.table.columns.forEach((column, i) => {
      if (!money.has(column.name)) return;
      for (let r = Number(top.row) + 1; r <= Number(bottom.row); r++) {
        const cell = sheet.getCell(r, Number(top.col) + i);
        cells.push({ table: spec.name, header: column.name, row: r, value: cell.value, numFmt: cell.numFmt || undefined });
      }
    });
  }
  return cells;
}

/** The distinct formats of `cells`. */
const formatsOf = (cells: readonly MoneyCell[]) => [...new Set(cells.map((c) => c.numFmt))];
const filled = (cells: readonly MoneyCell[]) => cells.filter((c) => c.value !== null && c.value !== undefined);

async function paths(): Promise<{ plan: string; tracker: string }> {
  const dir = tempDir();
  return { plan: join(dir, "plan.xlsx"), tracker: join(dir, "tracker.xlsx") };
}

test("--into a plan fresh from jmp init: the euro tracker's amounts, the imported rows' blank money cells and the empty tables' money columns all show euros", async () => {
  const { plan, tracker: path } = await paths();
  expect((await jmp(["init", plan])).code).toBe(0);
  expect(formatsOf(await moneyCells(plan))).toEqual([DOLLAR]);
  await writeWorkbook(tracker("€"), path);

  const result = await jmp(["import", path, "--into", plan]);
  expect(result.stderr).toBe("");
  expect(result.stdout).toContain("Currency EUR");

  const cells = await moneyCells(plan);
  // Total cost, MDF requested and Allocations' Amount of two activities.
  expect(filled(cells).map((c) => [c.table, c.header, c.value, c.numFmt])).toEqual([
    ["JmpTactics", "Total cost", 4000, EURO],
    ["JmpTactics", "Total cost", 20000, EURO],
    ["JmpTactics", "MDF requested", 2000, EURO],
    ["JmpTactics", "MDF requested", 10000, EURO],
    ["JmpAllocations", "Amount", 2000, EURO],
    ["JmpAllocations", "Amount", 8000, EURO],
  ]);
  // The rows' blank money cells (a partner's MDF budget, a tactic's expected revenue) and the
  // Claims table's empty row, whose look a claim typed in Excel takes.
  expect(formatsOf(cells)).toEqual([EURO]);
  expect(cells.filter((c) => c.table === "JmpClaims").length).toBeGreaterThan(0);
});

test("-o from a euro tracker makes a plan whose money shows in euros throughout", async () => {
  const { plan, tracker: path } = await paths();
  await writeWorkbook(tracker("€"), path);
  const result = await jmp(["import", path, "-o", plan]);
  expect(result.stderr).toBe("");
  const cells = await moneyCells(plan);
  expect(filled(cells)).toHaveLength(6);
  expect(formatsOf(cells)).toEqual([EURO]);
});

test("--into a plan the user set to euros: the tracker's dollar amounts, read as euros, show in euros; the empty tables keep their look", async () => {
  const { plan, tracker: path } = await paths();
  expect((await jmp(["init", plan])).code).toBe(0);
  await fillPlan(plan, {}, { Currency: "EUR" });
  await writeWorkbook(tracker("$"), path);

  const result = await jmp(["import", path, "--into", plan]);
  expect(result.stderr).toBe("");
  const cells = await moneyCells(plan);
  expect(formatsOf(cells.filter((c) => ["JmpPartners", "JmpJointPlan", "JmpTactics", "JmpAllocations"].includes(c.table)))).toEqual([EURO]);
  // The import did not change the Currency: the look of cells it did not write is the user's.
  expect(formatsOf(cells.filter((c) => c.table === "JmpClaims"))).toEqual([DOLLAR]);
});

test("--into a plan that has rows keeps its Currency and the look of every cell the import does not write", async () => {
  const { plan, tracker: path } = await paths();
  expect((await jmp(["init", plan])).code).toBe(0);
  await fillPlan(plan, { JmpPartners: [{ "Partner ID": "P-001", Partner: "Fabrikam", "MDF budget": 5000 }] }, { Currency: "USD" });
  await writeWorkbook(tracker("€"), path);

  const result = await jmp(["import", path, "--into", plan]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(1);
  const cells = await moneyCells(plan);
  expect(cells.find((c) => c.table === "JmpPartners" && c.value === 5000)?.numFmt).toBe(DOLLAR);
  // The euro amounts are read as the plan's dollars (listed for review) and shown as its other rows are.
  expect(formatsOf(cells)).toEqual([DOLLAR]);
});
