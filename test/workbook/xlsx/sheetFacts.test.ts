/**
 * The sheets of an opened file as the streaming read lists them (`sheetFacts.ts`, what browser
 * mode's open worker sends the page) are what ExcelJS's model lists: the visible sheets with
 * their used ranges, the values of the sheets the convert and tracker views offer, and the
 * stored import mapping; and a `StreamFirstWorkbook` holding them answers without the model
 * until something changes the file.
 */
import { readSheetFacts } from "../../../src/workbook/xlsx/sheetFacts";
import type { SheetFacts } from "../../../src/workbook/xlsx/sheetFacts";
import { StreamedTables } from "../../../src/workbook/xlsx/stream/StreamedTables";
import { StreamFirstWorkbook } from "../../../src/workbook/xlsx/StreamFirstWorkbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";

const MAPPING = JSON.stringify({ sheet: "Tracker", headerRow: 3 });

/** The sample plan with sheets a user adds beside it, and an import mapping when asked. */
async function planWithOwnSheets(mapping: string | undefined): Promise<Uint8Array> {
  const plan = XlsxWorkbook.create({ now: () => new Date(Date.UTC(2026, 0, 15)) });
  await plan.applyTemplate({ withSample: true });
  const book = plan.workbook;
  const tracker = book.addWorksheet("Tracker");
  tracker.getCell("C3").value = "Partner";
  tracker.getCell("D3").value = "Amount";
  tracker.getCell("E3").value = "Paid on";
  tracker.getCell("C4").value = "Contoso";
  tracker.getCell("D4").value = 1200.5;
  tracker.getCell("E4").value = new Date(Date.UTC(2026, 2, 31));
  tracker.getCell("C5").value = "   ";
  tracker.getCell("D6").value = { formula: "D4*2", result: 2401 };
  tracker.getCell("C7").value = "Fabrikam";
  tracker.mergeCells("C7:D7");
  tracker.getCell("F9").value = "   ";
  book.addWorksheet("Notes").getCell("B2").value = "one line only";
  book.addWorksheet("Empty");
  book.addWorksheet("Dashboard").getCell("A1").value = "Generated";
  book.getWorksheet("Dashboard")?.addRow(["more"]);
  const hidden = book.addWorksheet("Secret", { state: "hidden" });
  hidden.getCell("A1").value = "hidden";
  hidden.getCell("A2").value = "rows";
  if (mapping !== undefined) await plan.writeImportMapping(mapping);
  return plan.toBuffer();
}

async function factsOf(bytes: Uint8Array): Promise<SheetFacts> {
  const streamed = await StreamedTables.load(bytes);
  return readSheetFacts(streamed, await streamed.readTables());
}

describe.each([
  ["with a stored mapping", MAPPING],
  ["without one", undefined],
])("a plan with sheets of its user's, %s", (_name, mapping) => {
  let bytes: Uint8Array;
  let model: XlsxWorkbook;
  let facts: SheetFacts;
  beforeAll(async () => {
    bytes = await planWithOwnSheets(mapping);
    model = await XlsxWorkbook.load(bytes);
    facts = await factsOf(bytes);
  });

  test("the sheets listed are the model's, used ranges and plan sheets alike", async () => {
    const listed = await model.listSheets();
    expect(listed.map((s) => s.name)).toEqual(expect.arrayContaining(["Tracker", "Notes", "Empty", "Dashboard", "Tactics"]));
    expect(listed.map((s) => s.name)).not.toContain("Secret");
    expect(facts.sheets).toEqual(listed);
  });

  test("the sheets the views offer come with the model's values", async () => {
    expect([...facts.values.keys()]).toEqual(["tracker"]);
    expect(facts.values.get("tracker")).toEqual(await model.readSheet("Tracker"));
  });

  test("the import mapping is the model's", async () => {
    expect(facts.importMapping).toBe(mapping);
    expect(facts.importMapping).toBe(await model.readImportMapping());
  });

  test("a workbook holding them answers without loading the model, until it changes", async () => {
    let loads = 0;
    const tables = { readTables: () => model.readTables() };
    const workbook = new StreamFirstWorkbook(bytes, tables, async () => (loads++, XlsxWorkbook.load(bytes)), facts);
    expect(await workbook.listSheets()).toEqual(await model.listSheets());
    expect(await workbook.readSheet(" tracker ")).toEqual(await model.readSheet("Tracker"));
    expect(await workbook.readSheet("Tracker", { maxRows: 2 })).toEqual(await model.readSheet("Tracker", { maxRows: 2 }));
    expect(await workbook.readSheet("Tracker", { maxRows: 0 })).toEqual(await model.readSheet("Tracker", { maxRows: 0 }));
    expect(await workbook.readImportMapping()).toBe(mapping);
    expect(loads).toBe(0);
    // A sheet it does not hold comes from the model.
    expect(await workbook.readSheet("Notes")).toEqual(await model.readSheet("Notes"));
    expect(loads).toBe(1);
    // Once changed, the file's facts are no longer the workbook's.
    await workbook.writeImportMapping("{}");
    expect(await workbook.readImportMapping()).toBe("{}");
    expect(loads).toBe(1);
  });
});
