/**
 * A new plan that takes its rows at save time (`jmp import`) is the same file, cell for cell, as
 * one written through ExcelJS's cell model: the same tables and values read back, dropdowns on
 * every row, the tables grown over the rows, text kept as text.
 */
import { analyze } from "../../../src/engine";
import { BulkRowsWorkbook } from "../../../src/workbook/xlsx/BulkRowsWorkbook";
import { writeRowsIntoPackage } from "../../../src/workbook/xlsx/packageRows";
import { sampleTrackerWorkbook } from "../../../src/workbook/xlsx/sampleTracker";
import { validationAt } from "../../../src/workbook/xlsx/validations";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { writeImport } from "../../../src/workbook/convert/tracker";
import type { ImportableWorkbook } from "../../../src/workbook/port";

const NOW = () => new Date(Date.UTC(2026, 11, 6));

async function importedInto(plan: ImportableWorkbook & { toBuffer(): Promise<Uint8Array> }): Promise<XlsxWorkbook> {
  const tracker = sampleTrackerWorkbook();
  const values = await tracker.readSheet("MDF 2026");
  await writeImport(plan, { name: "MDF 2026", values }, {}, "Sample");
  await plan.writeResults(analyze(await plan.readTables()));
  return XlsxWorkbook.load(await plan.toBuffer(), { now: NOW });
}

test("the saved plan reads back exactly as one written cell by cell", async () => {
  const bulk = await importedInto(new BulkRowsWorkbook(XlsxWorkbook.create({ now: NOW })));
  const plain = await importedInto(XlsxWorkbook.create({ now: NOW }));
  const shape = (tables: Awaited<ReturnType<XlsxWorkbook["readTables"]>>) => tables.map((t) => ({ name: t.name, headerRow: t.headerRow, headers: t.headers, rows: t.rows }));
  expect(shape(await bulk.readTables())).toEqual(shape(await plain.readTables()));
  expect((await bulk.readTables()).find((t) => t.name === "JmpTactics")?.rows).toHaveLength(8);
  // Dropdowns on the last row as on the first.
  const tactics = bulk.workbook.getWorksheet("Tactics");
  expect(tactics && validationAt(tactics, 9, 4)?.formulae).toEqual(tactics && validationAt(tactics, 2, 4)?.formulae);
});

test("the rows kept aside are read as the plan's, before the save", async () => {
  const plan = new BulkRowsWorkbook(XlsxWorkbook.create({ now: NOW }));
  await plan.applyTemplate();
  await plan.appendRows("JmpPartners", [{ "Partner ID": "P-1", Partner: "Contoso" }]);
  await plan.appendRows("JmpPartners", [{ "Partner ID": "P-2", Partner: "Fabrikam" }]);
  const partners = (await plan.readTables()).find((t) => t.name === "JmpPartners");
  expect(partners?.rows.map((r) => r.slice(0, 2))).toEqual([
    ["P-1", "Contoso"],
    ["P-2", "Fabrikam"],
  ]);
  // A table that already holds rows (the default tactic types) takes them the ordinary way.
  await plan.appendRows("JmpTacticTypes", [{ "Tactic type": "Paid Social" }]);
  expect((await plan.readTables()).find((t) => t.name === "JmpTacticTypes")?.rows.at(-1)?.[0]).toBe("Paid Social");
});

test("text goes in as text, whatever it looks like", async () => {
  const plan = new BulkRowsWorkbook(XlsxWorkbook.create({ now: NOW }));
  await plan.applyTemplate();
  const texts = ["=SUM(1,2)", "+1", "@team", "Fish & <Chips>", "tab\there", "bell\u0007", "  spaced  "];
  await plan.appendRows("JmpPartners", texts.map((Partner, i) => ({ "Partner ID": `P-${i}`, Partner })));
  const saved = await XlsxWorkbook.load(await plan.toBuffer());
  const rows = (await saved.readTables()).find((t) => t.name === "JmpPartners")?.rows ?? [];
  expect(rows.map((r) => r[1])).toEqual(["=SUM(1,2)", "+1", "@team", "Fish & <Chips>", "tab\there", "bell_x0007_", "  spaced  "]);
  expect(saved.workbook.getWorksheet("Partners")?.getCell("B2").formula).toBeUndefined();
});

test("rows go only into a table as the template makes it", async () => {
  const plan = XlsxWorkbook.create({ now: NOW });
  await plan.applyTemplate({ withSample: true });
  await expect(writeRowsIntoPackage(await plan.toBuffer(), [{ table: "JmpPartners", rows: [["P-9", "New"]] }])).rejects.toThrow(/not as the template makes it/);
  await expect(writeRowsIntoPackage(await plan.toBuffer(), [{ table: "JmpNowhere", rows: [["x"]] }])).rejects.toThrow(/no table JmpNowhere/);
});

test("the Dashboard and Issues written beside the rows kept aside hold what the cell-by-cell save writes", async () => {
  const bulk = await importedInto(new BulkRowsWorkbook(XlsxWorkbook.create({ now: NOW })));
  const plain = await importedInto(XlsxWorkbook.create({ now: NOW }));
  const sheets = async (w: XlsxWorkbook) => (await w.listSheets()).map((s) => s.name);
  expect(await sheets(bulk)).toEqual(await sheets(plain));
  for (const name of ["Dashboard", "Issues"]) {
    const values = (await bulk.readSheet(name)).rows;
    expect(values.length).toBeGreaterThan(5);
    expect(values).toEqual((await plain.readSheet(name)).rows);
  }
});

test("results held for the save are never lost: written twice, read before the save, saved twice", async () => {
  const sheetsOf = async (bytes: Uint8Array) => (await (await XlsxWorkbook.load(bytes)).listSheets()).map((s) => s.name);
  const prepared = async () => {
    const plan = new BulkRowsWorkbook(XlsxWorkbook.create({ now: NOW }));
    const tracker = sampleTrackerWorkbook();
    await writeImport(plan, { name: "MDF 2026", values: await tracker.readSheet("MDF 2026") }, {}, "Sample");
    return { plan, analysis: analyze(await plan.readTables()) };
  };
  // A second writing of one sheet keeps the other.
  const twice = await prepared();
  await twice.plan.writeResults(twice.analysis);
  await twice.plan.writeResults(twice.analysis, { only: "issues", activate: "issues" });
  expect(await sheetsOf(await twice.plan.toBuffer())).toEqual(expect.arrayContaining(["Dashboard", "Issues"]));
  // Read before the save: the sheets are there.
  const read = await prepared();
  await read.plan.writeResults(read.analysis);
  expect((await read.plan.listSheets()).map((s) => s.name)).toEqual(expect.arrayContaining(["Dashboard", "Issues"]));
  // Saved twice: both saves hold them.
  const saved = await prepared();
  await saved.plan.writeResults(saved.analysis);
  await saved.plan.toBuffer();
  expect(await sheetsOf(await saved.plan.toBuffer())).toEqual(expect.arrayContaining(["Dashboard", "Issues"]));
});
