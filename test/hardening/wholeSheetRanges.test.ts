/**
 * Ranges spanning the whole sheet, written every way XML allows: the guard reads the parts with
 * an XML parser, so quoting, whitespace and newlines in tags, character references, prefixes,
 * odd part names and `<col>` spans cannot slip past it. Each file of the corpus goes through
 * `jmp check` in-process and must end with exit 3 and one line, refused by the guard (so before
 * any range is expanded), leaving the heap within a bound. No time is measured: CPU time of a
 * test process also counts its GC and helper threads, so it is not a deterministic bound (the
 * suite's hang guard catches a run that never ends).
 * Rich text nested as Excel never writes it goes through the same parse and is refused the same way.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ZipPart } from "../workbook/xlsx/zipFiles";
import { checkWorkbookBytes, DEFAULT_LIMITS } from "../../src/workbook/xlsx/zipGuard";
import { jmp, tempDir } from "../packs/packHelpers";
import { hostileWorkbook, MAIN_NS, part } from "./hostileParts";

const SHEET = "xl/worksheets/sheet1.xml";
const WORKBOOK = "xl/workbook.xml";
/** Heap a refusal may leave grown: a guard against expansion, not a benchmark. */
const HEAP_BOUND_BYTES = 200 * 1024 * 1024;

/** The sheet with `xml` inserted before its `<sheetData>` or after it (where Excel puts merges and validations). */
const beforeData = (xml: string) => (text: string) => text.replace("<sheetData", `${xml}<sheetData`);
const afterData = (xml: string) => (text: string) => text.replace("</sheetData>", `</sheetData>${xml}`);

const TABLE = (ref: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<table xmlns="${MAIN_NS}" id="1" name="T" displayName="T" ref=${ref}><tableColumns count="1"><tableColumn id="1" name="x"/></tableColumns></table>`;

/** The corpus: each file and why it is hostile. */
const CORPUS: Record<string, Record<string, string | ZipPart | ((text: string) => string)>> = {
  "a merge in single quotes": { [SHEET]: afterData(`<mergeCells count="1"><mergeCell ref='A1:XFD1048576'/></mergeCells>`) },
  "a merge with newlines and tabs inside the tag": { [SHEET]: afterData(`<mergeCells count="1"><mergeCell\n\tref\n=\n"A1:XFD1048576"\n/></mergeCells>`) },
  "a merge written with character references": { [SHEET]: afterData(`<mergeCells count="1"><mergeCell ref="A1:&#88;F&#x44;1048576"/></mergeCells>`) },
  "a merge under a namespace prefix": { [SHEET]: afterData(`<x:mergeCells xmlns:x="${MAIN_NS}"><x:mergeCell ref="A1:XFD1048576"/></x:mergeCells>`) },
  "a validation over the whole sheet": {
    [SHEET]: afterData(`<dataValidations count="1"><dataValidation\ntype="list"\r\nsqref='A1:XFD1048576'><formula1>"a,b"</formula1></dataValidation></dataValidations>`),
  },
  "validations of many small ranges adding up": {
    [SHEET]: afterData(`<dataValidations count="1"><dataValidation type="list" sqref="${Array.from({ length: 200 }, (_, i) => `A${i * 5000 + 1}:CV${i * 5000 + 5000}`).join(" ")}"><formula1>"a"</formula1></dataValidation></dataValidations>`),
  },
  // ExcelJS expands a validation over whole rows into a cell a row: six of them are 6 million cells.
  "validations over every row of the sheet, six times": {
    [SHEET]: afterData(`<dataValidations count="1"><dataValidation type="list" sqref="${Array.from({ length: 6 }, () => "1:1048576").join(" ")}"><formula1>"a"</formula1></dataValidation></dataValidations>`),
  },
  "a column span of two billion columns": { [SHEET]: beforeData(`<cols><col min="1" max="2147483647" width="9"/></cols>`) },
  "a column span past XFD": { [SHEET]: beforeData(`<cols><col min='16000'\nmax='16385'/></cols>`) },
  "thousands of whole-width column spans": { [SHEET]: beforeData(`<cols>${`<col min="1" max="16384"/>`.repeat(2000)}</cols>`) },
  "a table over the whole sheet": { "xl/tables/table1.xml": TABLE(`"A1:XFD1048576"`) },
  "a table over the whole sheet in a part not named .xml": { "xl/tables/table1.xml.bin": TABLE(`'A1:&#88;FD1048576'`) },
  "a worksheet under another name": { "xl/worksheets/sheet1.xml.old": `<worksheet xmlns="${MAIN_NS}"><sheetData/><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>` },
  "a row past the last row": { [SHEET]: (text) => text.replace("</sheetData>", `<row r="99999999"><c r="A99999999" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`) },
  "a defined name over the whole sheet, with references": {
    [WORKBOOK]: (text) =>
      text.includes("<definedNames>")
        ? text.replace("<definedNames>", `<definedNames><definedName name="All">Data!$A$1:$&#88;FD$1048576</definedName>`)
        : text.replace("</sheets>", `</sheets><definedNames><definedName\nname="All"\n>Data!$A$1:$XFD$1048576</definedName></definedNames>`),
  },
  // Not a range, but the same parse: ExcelJS fails on it with "Cannot read properties of undefined".
  "rich text runs nested inside each other": {
    "xl/sharedStrings.xml": `<sst xmlns="${MAIN_NS}" count="1" uniqueCount="1"><si><r><rPr><b/></rPr>${"<r>".repeat(40)}<t>deep</t>${"</r>".repeat(40)}</r></si></sst>`,
  },
  "rich text properties nested inside each other in a cell": {
    [SHEET]: (text) => text.replace("</row>", `<c r="B1" t="inlineStr"><is><r>${"<rPr>".repeat(40)}${"</rPr>".repeat(40)}<t>x</t></r></is></c></row>`),
  },
  "a part named one thing in the directory and another in its local header": {
    [SHEET]: { ...part("xl/worksheets/sheet9.xml", `<worksheet xmlns="${MAIN_NS}"><sheetData/></worksheet>`), localName: SHEET },
  },
};

const dir = tempDir();

describe("hostile ranges are refused with one line, exit 3, within bounds", () => {
  test.each(Object.keys(CORPUS))("%s", async (name) => {
    const file = join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
    await writeFile(file, await hostileWorkbook(CORPUS[name]));
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const result = await jmp("check", file);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(HEAP_BOUND_BYTES);
    expect(result.code).toBe(3);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/refused|damaged/);
    expect(result.stderr).not.toMatch(/\bat \w+ \(|Cannot read|heap/);
  });

  test("ranges that stay inside the grid and the budget still read", async () => {
    const file = join(dir, "fine.xlsx");
    const fine = await hostileWorkbook({
      [SHEET]: (text) =>
        beforeData(`<cols><col min="1" max="3" width="12"/><col min="4" max="16384" hidden="1"/></cols>`)(
          afterData(`<mergeCells count="1"><mergeCell ref='A1:&#66;2'/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="A1:A1000"><formula1>"a"</formula1></dataValidation></dataValidations>`)(text),
        ),
    });
    await writeFile(file, fine);
    const result = await jmp("check", file);
    expect(result.stderr).not.toMatch(/refused|damaged/);
    expect(result.code).not.toBe(3);
  });

  test("tables as large as a plan at the SPEC size pass the guard; past their own budget they are refused", async () => {
    // 1,000,000 rows x 6 columns: above the 5,000,000 cells merges and validations may cover
    // together, as tables of a 550,000-row plan are, but tables have their own, larger budget.
    const large = await hostileWorkbook({ "xl/tables/table1.xml": TABLE(`"A1:F1000000"`) });
    await expect(checkWorkbookBytes(large)).resolves.toMatchObject({ uncarried: [] });
    await expect(checkWorkbookBytes(large, { ...DEFAULT_LIMITS, maxTableCells: 5_999_999 })).rejects.toThrow(/its tables cover more than 5,999,999 cells \(first exceeded in xl\/tables\/table1.xml\)/);
  });
});
