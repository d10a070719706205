/**
 * Applying the template to existing workbooks (`jmp apply`): what is missing is added, and no
 * cell, formula, style, merged range or sheet the user owns changes.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { Workbook } from "exceljs";
import type { Worksheet } from "exceljs";
import { analyze } from "../../../src/engine";
import { excelMoneyFormat, currency } from "../../../src/model/money";
import { requireTableSpec, SETTINGS, TABLES, TEMPLATE_VERSION } from "../../../src/model/schema";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { expectKept, loadRaw, roundTripped, snapshot } from "./cellSnapshot";

const FIXTURE = join(__dirname, "..", "..", "fixtures", "libreoffice-plan.xlsx");
const NOW = () => new Date(2026, 5, 1);

async function bytesOf(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Applies the template to `bytes`; returns the result, the saved bytes and both snapshots. */
async function applyTo(bytes: Uint8Array, withSample = false) {
  const before = snapshot(await roundTripped(bytes));
  const wb = await XlsxWorkbook.load(bytes, { now: NOW });
  const result = await wb.applyTemplate({ withSample });
  const saved = await wb.toBuffer();
  const raw = await loadRaw(saved);
  return { result, saved, raw, before, after: snapshot(raw) };
}

function tableModel(sheet: Worksheet | undefined, name: string): { tableRef: string; columns: { name: string }[] } {
  const found = Object.values((sheet as unknown as { tables: Record<string, { table: { name: string; tableRef: string; columns: { name: string }[] } }> }).tables).find(
    (t) => t.table.name === name,
  );
  if (!found) throw new Error(`no table ${name}`);
  return found.table;
}

function validations(sheet: Worksheet): Record<string, { formulae: string[]; errorStyle?: string } | undefined> {
  return (sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[]; errorStyle?: string }> } }).dataValidations.model;
}

/** A user's workbook: a styled foreign sheet called "Tactics", and a partial JmpPartners table. */
function usersWorkbook(): Workbook {
  const wb = new Workbook();
  const foreign = wb.addWorksheet("Tactics");
  foreign.getCell("A1").value = "Our own tactics notes";
  foreign.getCell("A1").font = { bold: true, color: { argb: "FFFF0000" } };
  foreign.mergeCells("A1:C1");
  foreign.getCell("A2").value = { formula: "SUM(B3:B4)", result: 7 };
  foreign.getCell("B3").value = 3;
  foreign.getCell("B4").value = 4;
  foreign.getCell("B4").numFmt = "0.000";
  foreign.getCell("C3").value = "=not a formula";
  foreign.getCell("D9").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  const partners = wb.addWorksheet("Partner list");
  partners.getCell("A1").value = "Partners we work with";
  partners.addTable({
    name: "JmpPartners",
    ref: "B3",
    columns: [{ name: "Partner ID" }, { name: "Partner" }, { name: "My rating" }, { name: "MDF budget" }],
    rows: [
      ["P1", "Northwind", { formula: "1+1", result: 2 }, 5000],
      ["P2", "Fabrikam", 3, 7000],
    ],
  });
  partners.getCell("C4").font = { italic: true };
  partners.getCell("N4").value = "far right note";
  const settings = wb.addWorksheet("Settings");
  settings.addTable({
    name: "JmpSettings",
    ref: "A1",
    columns: [{ name: "Setting" }, { name: "Value" }],
    rows: [
      ["Currency", "EUR"],
      ["Period start", new Date(Date.UTC(2026, 0, 1))],
      ["Period end", new Date(Date.UTC(2026, 11, 31))],
    ],
  });
  return wb;
}

test("applying to a user's workbook adds the missing tables, columns and settings and keeps every cell", async () => {
  const { result, raw, before, after } = await applyTo(await bytesOf(usersWorkbook()));
  expectKept(before, after);
  expect(result.tablesAdded).toEqual(TABLES.map((t) => t.name).filter((n) => n !== "JmpPartners" && n !== "JmpSettings"));
  const partnerSpec = requireTableSpec("JmpPartners");
  const missing = partnerSpec.columns.map((c) => c.header).filter((h) => !["Partner ID", "Partner", "MDF budget"].includes(h));
  expect(result.columnsAdded).toEqual(missing.map((header) => ({ table: "JmpPartners", header })));
  expect(result.settingsAdded).toEqual(SETTINGS.map((s) => s.name).filter((n) => !["Currency", "Period start", "Period end"].includes(n)));

  // The foreign "Tactics" sheet is left alone; the JMP table goes to a new sheet.
  expect(raw.getWorksheet("JMP Tactics")).toBeDefined();
  expect(tableModel(raw.getWorksheet("JMP Tactics"), "JmpTactics").tableRef).toMatch(/^A1:L2$/);
  // Columns are appended at the table's right end, after the user's own column.
  const partners = tableModel(raw.getWorksheet("Partner list"), "JmpPartners");
  expect(partners.columns.map((c) => c.name)).toEqual(["Partner ID", "Partner", "My rating", "MDF budget", ...missing]);
  expect(partners.tableRef).toBe("B3:L5");
  // Money in new columns follows the workbook's currency; the Active column gets its dropdown.
  const sheet = raw.getWorksheet("Partner list") as Worksheet;
  expect(sheet.getCell("F3").value).toBe("Tier");
  expect(validations(sheet).J4?.formulae).toEqual(['"Yes,No"']);
  const tactics = raw.getWorksheet("JMP Tactics") as Worksheet;
  expect(tactics.getCell("H2").numFmt).toBe(excelMoneyFormat(currency("EUR")));
  // The Partner ID dropdown follows the Partners table wherever it is and however it grows.
  expect(validations(tactics).B2?.formulae).toEqual(['INDIRECT("JmpPartners[Partner ID]")']);

  const analysis = analyze((await (await XlsxWorkbook.load(await bytesOf(raw))).readTables()), { asOf: 0 });
  expect(analysis.findings.filter((f) => f.code.startsWith("S"))).toEqual([]);
});

test("a column is not appended when a user's cell sits where it would go", async () => {
  const wb = usersWorkbook();
  (wb.getWorksheet("Partner list") as Worksheet).getCell("F7").value = "blocking note";
  // The first new column would be F3:F5; F7 is below the table and does not block it.
  const ok = await applyTo(await bytesOf(wb));
  expect(ok.result.columnsAdded.length).toBe(7);
  (wb.getWorksheet("Partner list") as Worksheet).getCell("F5").value = "in the way";
  const { result, before, after } = await applyTo(await bytesOf(wb));
  expectKept(before, after);
  expect(result.columnsAdded.filter((c) => c.table === "JmpPartners")).toEqual([]);
});

test("an empty styled cell taken into a table gets the column's format without touching cells of the same style", async () => {
  const wb = usersWorkbook();
  const sheet = wb.getWorksheet("Partner list") as Worksheet;
  const fill = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFFFFF00" } };
  // H is where "Max MDF share" (a percent) will be appended; A10 shares the style in the file.
  sheet.getCell("H4").fill = fill;
  sheet.getCell("A10").value = 12;
  sheet.getCell("A10").fill = fill;
  const { raw, before, after } = await applyTo(await bytesOf(wb));
  expectKept(before, after);
  const saved = raw.getWorksheet("Partner list") as Worksheet;
  expect(saved.getCell("H3").value).toBe("Max MDF share");
  expect(saved.getCell("H4").numFmt).toBe("0%");
  expect(saved.getCell("H4").fill).toEqual(fill);
  expect(saved.getCell("A10").numFmt).toBeUndefined();
});

test("a validation the user set on a column is kept, not replaced", async () => {
  const wb = usersWorkbook();
  const sheet = wb.getWorksheet("Partner list") as Worksheet;
  const own = { type: "list" as const, allowBlank: true, formulae: ['"P1,P2,P3"'] };
  (sheet as unknown as { dataValidations: { add(a: string, v: unknown): void } }).dataValidations.add("B5", own);
  const tacticsSheet = wb.addWorksheet("Tactic plan");
  const spec = requireTableSpec("JmpTactics");
  tacticsSheet.addTable({ name: "JmpTactics", ref: "A1", columns: spec.columns.map((c) => ({ name: c.header })), rows: [spec.columns.map(() => null)] });
  (tacticsSheet as unknown as { dataValidations: { add(a: string, v: unknown): void } }).dataValidations.add("B2", own);
  const { raw } = await applyTo(await bytesOf(wb));
  const kept = validations(raw.getWorksheet("Tactic plan") as Worksheet);
  expect(kept.B2?.formulae).toEqual(['"P1,P2,P3"']);
  // The status column had none and gets the template's list.
  expect(kept.J2?.formulae?.[0]).toMatch(/^"Draft,/);
});

test("applying twice adds nothing the second time and changes no cell", async () => {
  const first = await applyTo(await bytesOf(usersWorkbook()));
  const second = await applyTo(first.saved);
  expect(second.result).toEqual({ tablesAdded: [], columnsAdded: [], settingsAdded: [], version: TEMPLATE_VERSION });
  expectKept(second.before, second.after);
  expect(second.after.cells.size).toBe(second.before.cells.size);
  expect(second.raw.worksheets.map((s) => s.name)).toEqual(first.raw.worksheets.map((s) => s.name));
});

test("with the sample, empty JMP tables are filled and tables holding data are not", async () => {
  const { raw, before, after } = await applyTo(await bytesOf(usersWorkbook()), true);
  expectKept(before, after);
  const tables = await (await XlsxWorkbook.load(await bytesOf(raw))).readTables();
  const partners = tables.find((t) => t.name === "JmpPartners");
  expect(partners?.rows.map((r) => r[0])).toEqual(["P1", "P2"]);
  expect(tables.find((t) => t.name === "JmpTactics")?.rows.length).toBeGreaterThan(10);
});

test("the LibreOffice fixture's plain ranges become Excel tables in place, every cell kept", async () => {
  const bytes = new Uint8Array(readFileSync(FIXTURE));
  const { result, raw, saved, before, after } = await applyTo(bytes);
  expectKept(before, after);
  expect(result.tablesAdded).toEqual(TABLES.map((t) => t.name).filter((n) => n !== "JmpPartners"));
  for (const spec of TABLES) expect(tableModel(raw.getWorksheet(spec.sheet), spec.name).columns.map((c) => c.name)).toEqual(spec.columns.map((c) => c.header));
  const notes = raw.getWorksheet("Notes") as Worksheet;
  expect(notes.model.merges).toEqual(["A1:C1"]);
  expect([notes.getCell("B2").value, notes.getCell("C2").value]).toEqual([{ formula: "50000+20000", result: 70000 }, "=not a formula"]);
  const original = analyze(await (await XlsxWorkbook.load(bytes)).readTables());
  const applied = analyze(await (await XlsxWorkbook.load(saved)).readTables());
  expect(applied.findings).toEqual(original.findings);
  expect(applied.totals).toEqual(original.totals);
});

test("a plain range under a sheet filter or with merged cells stays a plain range and is still read", async () => {
  const wb = new Workbook();
  const partners = wb.addWorksheet("Partners");
  partners.getRow(1).values = ["Partner ID", "Partner", "MDF budget"];
  partners.getRow(2).values = ["P1", "Northwind", 100];
  partners.autoFilter = "A1:C2";
  const claims = wb.addWorksheet("Claims");
  const claimSpec = requireTableSpec("JmpClaims");
  claims.getRow(1).values = claimSpec.columns.map((c) => c.header);
  claims.getRow(2).values = ["C1", "T1", 10];
  claims.mergeCells("G2:H2");
  const { result, raw, saved, before, after } = await applyTo(await bytesOf(wb));
  expectKept(before, after);
  expect(result.tablesAdded).not.toContain("JmpPartners");
  expect(result.tablesAdded).not.toContain("JmpClaims");
  expect(raw.getWorksheet("JMP Partners")).toBeUndefined();
  const tables = await (await XlsxWorkbook.load(saved)).readTables();
  expect(tables.find((t) => t.name === "JmpPartners")?.rows).toEqual([["P1", "Northwind", 100]]);
  expect(tables.find((t) => t.name === "JmpClaims")?.sheet).toBe("Claims");
});

test("money columns follow the currency of a Settings sheet kept as a plain range", async () => {
  const wb = new Workbook();
  const settings = wb.addWorksheet("Settings");
  settings.getRow(1).values = ["Setting", "Value"];
  settings.getRow(2).values = ["Currency", "GBP"];
  const { result, raw } = await applyTo(await bytesOf(wb));
  expect(result.tablesAdded[0]).toBe("JmpSettings");
  expect(result.settingsAdded).toEqual(SETTINGS.map((s) => s.name).filter((n) => n !== "Currency"));
  const partners = raw.getWorksheet("Partners") as Worksheet;
  const budget = requireTableSpec("JmpPartners").columns.findIndex((c) => c.type === "money") + 1;
  expect(partners.getRow(2).getCell(budget).numFmt).toBe(excelMoneyFormat(currency("GBP")));
});

test("a user sheet named like the version sheet is left alone", async () => {
  const wb = usersWorkbook();
  wb.addWorksheet("JmpTemplate").getCell("A1").value = "mine";
  const { raw, before, after } = await applyTo(await bytesOf(wb));
  expectKept(before, after);
  expect(raw.getWorksheet("JmpTemplate")?.getCell("A1").value).toBe("mine");
  expect((await XlsxWorkbook.load(await bytesOf(raw))).templateVersion()).toBe(TEMPLATE_VERSION);
});
