/**
 * Reading a tracker file's sheets in one streaming pass gives the same values as opening the
 * workbook whole, passes the same safety checks, and keeps its memory bounded.
 */
import JSZip from "jszip";
import { UnreadableWorkbookError } from "../../src/workbook/xlsx/errors";
import { sampleTrackerWorkbook } from "../../src/workbook/xlsx/sampleTracker";
import { StreamedSheets } from "../../src/workbook/xlsx/StreamedSheets";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

async function trackerBytes(extra?: (workbook: XlsxWorkbook) => void): Promise<Uint8Array> {
  const tracker = sampleTrackerWorkbook();
  extra?.(tracker);
  return tracker.toBuffer();
}

test("the sheets' values are those the whole workbook gives, formulas as their results", async () => {
  const bytes = await trackerBytes((t) => {
    const notes = t.workbook.addWorksheet("Notes");
    notes.getCell("B3").value = "kept for later";
    notes.getCell("C5").value = { formula: "1+1", result: 2 };
    t.workbook.addWorksheet("Old", { state: "hidden" }).getCell("A1").value = "hidden";
  });
  const whole = await XlsxWorkbook.load(bytes);
  const streamed = await StreamedSheets.load(bytes);
  expect(await streamed.listSheets()).toEqual([
    { name: "MDF 2026", rows: 15, columns: 14, holdsJmpTables: false },
    { name: "Notes", rows: 3, columns: 2, holdsJmpTables: false },
  ]);
  for (const name of ["MDF 2026", "Notes"]) expect(await streamed.readSheet(name)).toEqual(await whole.readSheet(name));
  expect((await streamed.readSheet("mdf 2026", { maxRows: 2 })).rows).toHaveLength(2);
  await expect(streamed.readSheet("Nowhere")).rejects.toThrow('no sheet named "Nowhere"');
});

test("a plan's own sheets are told apart from a tracker", async () => {
  const plan = XlsxWorkbook.create();
  await plan.applyTemplate({ withSample: true });
  plan.workbook.addWorksheet("My tracker").addRow(["Partner ID", "Partner", "MDF budget"]);
  const sheets = await (await StreamedSheets.load(await plan.toBuffer())).listSheets();
  expect(sheets.find((s) => s.name === "Tactics")?.holdsJmpTables).toBe(true);
  expect(sheets.find((s) => s.name === "Partners")?.holdsJmpTables).toBe(true);
  // The headers of a plan table on a sheet of the user's own name: a tracker, not the plan.
  expect(sheets.find((s) => s.name === "My tracker")?.holdsJmpTables).toBe(false);
});

test("a file that is not a workbook, or holds more cells than allowed, is refused with one line", async () => {
  await expect(StreamedSheets.load(new TextEncoder().encode("not a zip at all"))).rejects.toBeInstanceOf(UnreadableWorkbookError);
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
  await expect(StreamedSheets.load(ole)).rejects.toBeInstanceOf(UnreadableWorkbookError);
  const bytes = await trackerBytes();
  await expect(StreamedSheets.load(bytes, { maxExpandedCells: 50 })).rejects.toThrow(/more than the 50 cells/);
});

test("a file ExcelJS's streaming reader fails on (worksheets stored after the shared strings, before the workbook part) is read whole, to the same values", async () => {
  const bytes = await trackerBytes((t) => {
    t.workbook.addWorksheet("Notes").getCell("B3").value = "kept for later";
    t.workbook.addWorksheet("Old", { state: "hidden" }).getCell("A1").value = "hidden";
  });
  const original = await JSZip.loadAsync(bytes);
  const names = Object.keys(original.files).filter((n) => !original.files[n].dir);
  const early = ["xl/sharedStrings.xml", "xl/_rels/workbook.xml.rels"];
  const isSheet = (n: string) => n.startsWith("xl/worksheets/sheet");
  const sheetsFirst = [...early, ...names.filter(isSheet), ...names.filter((n) => !isSheet(n) && !early.includes(n))];
  const reordered = new JSZip();
  for (const name of sheetsFirst) reordered.file(name, await original.file(name)!.async("uint8array"));
  const streamed = await StreamedSheets.load(await reordered.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  const inOrder = await StreamedSheets.load(bytes);
  expect(await streamed.listSheets()).toEqual(await inOrder.listSheets());
  for (const name of ["MDF 2026", "Notes", "Old"]) expect(await streamed.readSheet(name)).toEqual(await inOrder.readSheet(name));
});

test("a formula's error result (#N/A, #REF!) reads as that error, not as a blank (the stream drops it, so the file is read whole)", async () => {
  const bytes = await trackerBytes((t) => {
    const sheet = t.workbook.addWorksheet("Errors");
    sheet.getCell("A1").value = "Approved";
    sheet.getCell("A2").value = { formula: "NA()", result: { error: "#N/A" } } as never;
    sheet.getCell("A3").value = { formula: "#REF!*2", result: { error: "#REF!" } } as never;
    sheet.getCell("A4").value = { formula: "1+1", result: 2 };
  });
  const streamed = await StreamedSheets.load(bytes);
  expect((await streamed.readSheet("Errors")).rows).toEqual([[{ error: "#N/A" }], [{ error: "#REF!" }], [2]]);
});
