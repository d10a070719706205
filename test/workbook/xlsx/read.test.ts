/**
 * Reading the JMP tables of .xlsx files written by ExcelJS, by "Excel" (ExcelJS output edited
 * into Excel's table XML) and by LibreOffice (a checked-in fixture): tables found by name
 * wherever they are, values unwrapped, plain ranges found by their sheet.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { Workbook } from "exceljs";
import { analyze } from "../../../src/engine";
import { requireTableSpec, TABLES } from "../../../src/model/schema";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { cleanPlan, workbook as rawWorkbook } from "../../helpers/tables";
import { partText, rewriteXlsx } from "./zipFiles";

const FIXTURE = join(__dirname, "..", "..", "fixtures", "libreoffice-plan.xlsx");

async function bytesOf(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A workbook with JmpPartners at C5 of "My data", a user column and a totals row. */
function partnersElsewhere(): Workbook {
  const wb = new Workbook();
  wb.addWorksheet("Cover").getCell("A1").value = "Read me";
  const sheet = wb.addWorksheet("My data");
  sheet.addTable({
    name: "jmppartners",
    ref: "C5",
    totalsRow: true,
    columns: [{ name: "Partner ID" }, { name: "Partner" }, { name: "My notes" }, { name: "MDF budget", totalsRowFunction: "sum" }],
    rows: [
      ["P1", { richText: [{ text: "North" }, { text: "wind" }] }, { text: "site", hyperlink: "https://example.com" }, { formula: "1000*2", result: 2000 }],
      ["P2", "Fabrikam", true, { error: "#N/A" }],
      [null, null, null, null],
      ["P3", "Contoso", new Date(Date.UTC(2026, 2, 1)), 300],
    ],
  });
  return wb;
}

test("a JMP table is found by name, case-insensitively, wherever it sits, with its values unwrapped", async () => {
  const reloaded = await XlsxWorkbook.load(await bytesOf(partnersElsewhere()));
  const progress: number[] = [];
  const tables = await reloaded.readTables({ onProgress: (done) => progress.push(done) });
  expect(tables).toHaveLength(1);
  const [partners] = tables;
  expect(partners).toMatchObject({ name: "JmpPartners", sheet: "My data", headerRow: 5, firstColumn: 2, hasTotalsRow: true });
  expect(partners.headers).toEqual(["Partner ID", "Partner", "My notes", "MDF budget"]);
  expect(partners.rows).toEqual([
    ["P1", "Northwind", "site", 2000],
    ["P2", "Fabrikam", true, { error: "#N/A" }],
    [null, null, null, null],
    ["P3", "Contoso", new Date(Date.UTC(2026, 2, 1)), 300],
    ["Total", null, null, null],
  ]);
  expect(progress[progress.length - 1]).toBe(TABLES.length);
  // The engine reads the error where it is and skips the blank and totals rows.
  const findings = analyze(tables, { asOf: 0 }).findings.filter((f) => f.table === "JmpPartners");
  expect(findings.map((f) => [f.code, f.cell])).toEqual([["V07", "F7"]]);
});

test("a plain range on the template sheet is read when the workbook has no table of that name", async () => {
  const wb = new Workbook();
  const sheet = wb.addWorksheet("  partners ");
  sheet.getCell("B1").value = "Partner ID";
  sheet.getCell("C1").value = "partner";
  sheet.getCell("D1").value = "MDF Budget";
  sheet.getCell("B2").value = "P1";
  sheet.getCell("C2").value = "Northwind";
  sheet.getCell("D2").value = "1,200";
  sheet.getCell("B4").value = "P2";
  sheet.mergeCells("C4:D4");
  sheet.getCell("C4").value = "Merged";
  sheet.getCell("F9").value = "outside the columns";
  const tables = await (await XlsxWorkbook.load(await bytesOf(wb))).readTables();
  expect(tables).toEqual([
    {
      name: "JmpPartners",
      sheet: "  partners ",
      headerRow: 1,
      firstColumn: 1,
      headers: ["Partner ID", "partner", "MDF Budget"],
      rows: [
        ["P1", "Northwind", "1,200"],
        [null, null, null],
        ["P2", "Merged", null],
      ],
    },
  ]);
});

test("a sheet is not taken for a table when row 1 lacks a required header", async () => {
  const wb = new Workbook();
  const sheet = wb.addWorksheet("Partners");
  // Partner is required; MDF budget no longer is (template version 2).
  sheet.getRow(1).values = ["Partner ID", "MDF budget"];
  sheet.getRow(2).values = ["P1", 2000];
  const tables = await (await XlsxWorkbook.load(await bytesOf(wb))).readTables();
  expect(tables).toEqual([]);
});

/** ExcelJS output turned into what Excel writes: no headerRowCount, no filterColumn elements. */
function asExcelWritesIt(bytes: Uint8Array): Uint8Array {
  return rewriteXlsx(bytes, (name, text) =>
    name.startsWith("xl/tables/") ? text.replace(/ headerRowCount="1"/, "").replace(/<filterColumn [^>]*\/>/g, "").replace(/ totalsRowShown="1"/, ' totalsRowShown="0"') : text,
  );
}

test("tables as Excel writes them keep their header row and filter buttons through a save", async () => {
  const excelFile = asExcelWritesIt(await bytesOf(partnersElsewhere()));
  expect(partText(excelFile, "xl/tables/table1.xml")).not.toMatch(/headerRowCount/);
  const wb = await XlsxWorkbook.load(excelFile);
  expect((await wb.readTables())[0].headerRow).toBe(5);
  const saved = await wb.toBuffer();
  const xml = partText(saved, "xl/tables/table1.xml");
  expect(xml).toMatch(/headerRowCount="1"/);
  expect(xml).not.toMatch(/hiddenButton="1"/);
});

test("the LibreOffice fixture reads as the clean plan, with its numbers and dates stored as text flagged", async () => {
  const file = await XlsxWorkbook.load(readFileSync(FIXTURE));
  const tables = await file.readTables();
  expect(tables.map((t) => [t.name, t.sheet])).toEqual(requireTableNames().map((n) => [n, requireTableSpec(n).sheet]));
  const analysis = analyze(tables);
  const flagged = analysis.findings.map((f) => [f.code, f.table, f.cell]);
  expect(flagged).toEqual([
    ["V09", "JmpSettings", "B4"],
    ["V09", "JmpSettings", "B7"],
    ["V09", "JmpInitiatives", "E2"],
    ["V09", "JmpPartners", "E3"],
    ["V09", "JmpTactics", "F2"],
    ["V09", "JmpClaims", "E2"],
  ]);
  // The formula in Tactics H2 is read by its result; every figure matches the same plan built in code.
  const reference = analyze(rawWorkbook(cleanPlan()));
  expect(analysis.totals).toEqual(reference.totals);
  expect(analysis.partners).toEqual(reference.partners);
});

function requireTableNames() {
  return ["JmpSettings", "JmpInitiatives", "JmpPartners", "JmpJointPlan", "JmpTactics", "JmpAllocations", "JmpClaims", "JmpOutcomes"] as const;
}
