/**
 * Converting an ad-hoc sheet in an .xlsx workbook (the pane's browser mode and the CLI's
 * adapter): the sheet is listed and read as values, the rows land in the JMP table, which grows
 * by exactly those rows, the engine sees them, and no other cell of the file changes.
 */
import type { Worksheet } from "exceljs";
import { analyze } from "../../src/engine";
import { AppendRowsError, convertRows, existingIds, mappingOf, referenceLookups, suggestTables } from "../../src/workbook/convert";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { expectKept, loadRaw, snapshot } from "../workbook/xlsx/cellSnapshot";
import { Q3_HEADERS, Q3_SHEET, samplePlanWithQ3 } from "./adHocSheets";

const NOW = () => new Date(2026, 5, 1);

function tableRef(sheet: Worksheet | undefined, name: string): string {
  const tables = (sheet as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables;
  const found = Object.values(tables).find((t) => t.table.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found.table.tableRef;
}

async function reopened(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(await wb.toBuffer(), { now: NOW });
}

describe("listing and reading sheets of a file", () => {
  test("every visible sheet in tab order with its used range; the plan's sheets hold JMP tables", async () => {
    const wb = await samplePlanWithQ3();
    const sheets = await wb.listSheets();
    expect(sheets.map((s) => s.name)).toEqual(["Settings", "Tactic Types", "Initiatives", "Partners", "Joint Plan", "Tactics", "Allocations", "Claims", "Outcomes", "Rates", Q3_SHEET]);
    expect(sheets.find((s) => s.name === "Tactics")).toMatchObject({ holdsJmpTables: true, columns: 12, rows: 81 });
    // Header on row 2, three rows, a blank row and the totals row; columns B to K.
    expect(sheets.find((s) => s.name === Q3_SHEET)).toEqual({ name: Q3_SHEET, rows: 6, columns: 10, holdsJmpTables: false });
  });

  test("a sheet reads as its used range: the first row with a value is the header, formulas give their results", async () => {
    const wb = await samplePlanWithQ3();
    const sheet = await wb.readSheet(Q3_SHEET);
    expect(sheet.headerRow).toBe(2);
    expect(sheet.headers).toEqual(Q3_HEADERS);
    expect(sheet.rows).toHaveLength(5);
    expect(sheet.rows[0][3]).toBe("Event");
    expect(sheet.rows[0][4]).toEqual(new Date(Date.UTC(2026, 8, 10)));
    expect(sheet.rows[4].slice(0, 1)).toEqual(["Total"]);
    expect(sheet.rows[4][6]).toBe(32000);
    expect((await wb.readSheet(Q3_SHEET, { maxRows: 2 })).rows).toHaveLength(2);
    expect(await wb.readSheet(Q3_SHEET.toUpperCase(), { maxRows: 0 })).toMatchObject({ headers: Q3_HEADERS, rows: [] });
  });

  test("an empty sheet reads as nothing, a missing one is an error", async () => {
    const wb = XlsxWorkbook.create();
    wb.workbook.addWorksheet("Blank").getCell("C3").numFmt = "0.00";
    expect(await wb.listSheets()).toEqual([{ name: "Blank", rows: 0, columns: 0, holdsJmpTables: false }]);
    expect(await wb.readSheet("Blank")).toEqual({ headers: [], rows: [], headerRow: 1 });
    await expect(wb.readSheet("Nope")).rejects.toThrow('no sheet named "Nope"');
  });
});

describe("converting the Q3 sheet into Tactics", () => {
  test("adds the rows to the table, keeps every other cell, and the engine reads them", async () => {
    const wb = await samplePlanWithQ3();
    const before = snapshot(await loadRaw(await wb.toBuffer()));
    const tablesBefore = await wb.readTables();
    const tacticsBefore = analyze(tablesBefore).plan.tactics.length;

    const sheet = await wb.readSheet(Q3_SHEET);
    const [best] = suggestTables(sheet);
    expect(best.table).toBe("JmpTactics");
    const conversion = convertRows(sheet, mappingOf(best), { references: referenceLookups(tablesBefore), existingIds: existingIds(tablesBefore, "JmpTactics") });
    expect(await wb.appendRows("JmpTactics", conversion.rows)).toBe(3);

    const saved = await reopened(wb);
    const raw = await loadRaw(await saved.toBuffer());
    expectKept(before, snapshot(raw));
    expect(tableRef(raw.getWorksheet("Tactics"), "JmpTactics")).toBe("A1:L84");
    // The original sheet: same cells, no new ones.
    const q3Before = [...before.cells.keys()].filter((k) => k.startsWith(`${Q3_SHEET}!`));
    const q3After = [...snapshot(raw).cells.keys()].filter((k) => k.startsWith(`${Q3_SHEET}!`));
    expect(q3After).toEqual(q3Before);

    const analysis = analyze(await saved.readTables());
    expect(analysis.plan.tactics).toHaveLength(tacticsBefore + 3);
    const added = analysis.plan.tactics.slice(-3);
    expect(added.map((t) => [t.id?.text, t.partnerId?.text, t.tacticType, t.totalCost, t.status, t.row])).toEqual([
      ["T-26081", "P-103", "Event", 2_400_000, "Approved", 82],
      ["T-26082", "P-102", "Webinar", 800_000, "Submitted", 83],
      ["T-26083", "Unknown Partner Ltd", "Trade show", 3_000_000, "Draft", 84],
    ]);
    // The unknown partner is reported at its cell; "30,000" was kept as text and read as a number.
    expect(analysis.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: "R01", table: "JmpTactics", row: 84, cell: "B84" })]));
    expect(analysis.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: "V09", row: 84, column: "Total cost" })]));
    // The new cells take the column's number format.
    expect(raw.getWorksheet("Tactics")?.getCell("H84").numFmt).toBe(raw.getWorksheet("Tactics")?.getCell("H81").numFmt);
  });

  test("text that looks like a formula is written as text", async () => {
    const wb = await samplePlanWithQ3();
    const texts = ["=SUM(1,2)", "+1 more", "-", "@team", "=HYPERLINK(\"http://x\")"];
    await wb.appendRows("JmpTactics", texts.map((Description, i) => ({ "Tactic ID": `X-${i}`, Description })));
    const sheet = (await loadRaw(await wb.toBuffer())).getWorksheet("Tactics");
    const written = texts.map((_, i) => sheet?.getCell(`E${82 + i}`).value);
    expect(written).toEqual(texts);
    expect(written.every((v) => typeof v === "string")).toBe(true);
  });

  test("a new template's blank row is filled first, so the table has no gap", async () => {
    const wb = XlsxWorkbook.create({ now: NOW });
    await wb.applyTemplate();
    expect(await wb.appendRows("JmpTactics", [{ "Tactic ID": "T-1" }, { "tactic id ": "T-2", status: "Draft" }])).toBe(2);
    const raw = await loadRaw(await wb.toBuffer());
    const sheet = raw.getWorksheet("Tactics");
    expect(tableRef(sheet, "JmpTactics")).toBe("A1:L3");
    expect([sheet?.getCell("A2").value, sheet?.getCell("A3").value, sheet?.getCell("J3").value]).toEqual(["T-1", "T-2", "Draft"]);
  });

  test("a last row that only looks empty (a formula showing nothing) is kept, and the rows go below it", async () => {
    const wb = XlsxWorkbook.create({ now: NOW });
    await wb.applyTemplate();
    const tactics = wb.workbook.getWorksheet("Tactics");
    if (!tactics) throw new Error("no Tactics sheet");
    tactics.getCell("E2").value = { formula: 'IF(A2="","",A2)', result: "" };
    await wb.appendRows("JmpTactics", [{ "Tactic ID": "T-1" }]);
    const sheet = (await loadRaw(await wb.toBuffer())).getWorksheet("Tactics");
    expect(tableRef(sheet, "JmpTactics")).toBe("A1:L3");
    expect(sheet?.getCell("E2").formula).toBe('IF(A2="","",A2)');
    expect(sheet?.getCell("A3").value).toBe("T-1");
  });

  test("a table kept as a plain range on its sheet grows below its last row", async () => {
    const wb = XlsxWorkbook.create({ now: NOW });
    const sheet = wb.workbook.addWorksheet("Partners");
    sheet.getRow(1).values = ["Partner ID", "Partner", "MDF budget", "Notes"];
    sheet.getRow(2).values = ["P1", "Northwind", 1000, "kept"];
    await wb.appendRows("JmpPartners", [{ "Partner ID": "P2", Partner: "Fabrikam", "MDF budget": 500 }]);
    const tables = await (await reopened(wb)).readTables();
    expect(tables.find((t) => t.name === "JmpPartners")?.rows).toEqual([
      ["P1", "Northwind", 1000, "kept"],
      ["P2", "Fabrikam", 500, null],
    ]);
  });

  test("refuses, writing nothing, a missing table, an unknown column or cells in the way", async () => {
    const empty = XlsxWorkbook.create();
    empty.workbook.addWorksheet("Sheet1");
    await expect(empty.appendRows("JmpTactics", [{ "Tactic ID": "T-1" }])).rejects.toMatchObject({ reason: "noTable" });

    const wb = await samplePlanWithQ3();
    const before = JSON.stringify(await wb.readTables());
    await expect(wb.appendRows("JmpTactics", [{ "Tactic ID": "T-1", Colour: "red" }])).rejects.toThrow(new AppendRowsError('JmpTactics has no column "Colour"; set up the template to add it', "unknownColumns"));
    const tactics = wb.workbook.getWorksheet("Tactics");
    if (!tactics) throw new Error("no Tactics sheet");
    tactics.getCell("C83").value = "in the way";
    await expect(wb.appendRows("JmpTactics", [{ "Tactic ID": "T-1" }, { "Tactic ID": "T-2" }])).rejects.toMatchObject({ reason: "blocked" });
    expect(JSON.stringify((await wb.readTables()).filter((t) => t.name !== "JmpTactics"))).toBe(JSON.stringify(JSON.parse(before).filter((t: { name: string }) => t.name !== "JmpTactics")));
    expect((await wb.readTables()).find((t) => t.name === "JmpTactics")?.rows).toHaveLength(80);
  });
});
