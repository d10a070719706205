/**
 * The shared parts a splicing save edits, on their own: styles and shared strings only grow and
 * reuse what they hold, whatever prefix the original's writer used for the main namespace; the
 * workbook part keeps everything but its sheet list and defined names.
 */
import { SharedStringsMerge } from "../../../src/workbook/xlsx/splice/sharedStringsMerge";
import { StylesMerge } from "../../../src/workbook/xlsx/splice/stylesMerge";
import { editWorkbookPart, newSheetElement, workbookSheets } from "../../../src/workbook/xlsx/splice/workbookPart";
import { relativeTarget } from "../../../src/workbook/xlsx/splice/relationships";
import { SaxesParser } from "saxes";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const wellFormed = (xml: string) => expect(() => new SaxesParser({ xmlns: true }).write(xml).close()).not.toThrow();

/** A styles part as ExcelJS writes one: a date format, a bold font, a fill, a dxf. */
const REWRITTEN_STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="d mmm yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEEFF"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/></cellXfs><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs></styleSheet>`;

/** An original styles part under the prefix `x:` with its own custom format 164 and no dxfs. */
const ORIGINAL_STYLES = `<x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0%"/></x:numFmts><x:fonts count="1"><x:font><x:sz val="10"/><x:name val="Arial"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/></x:border></x:borders><x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><x:xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs><x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0" builtinId="0"/></x:cellStyles></x:styleSheet>`;

test("cell formats are appended under the original's prefix, with their own font, fill and a new custom format id", () => {
  const merge = new StylesMerge(ORIGINAL_STYLES, REWRITTEN_STYLES);
  expect(merge.cellFormat(1)).toBe(2);
  expect(merge.cellFormat(2)).toBe(3);
  expect(merge.cellFormat(1)).toBe(2);
  expect(merge.differentialFormat(0)).toBe(0);
  const styles = merge.result() ?? "";
  wellFormed(styles);
  expect(styles).toContain(`<x:numFmt numFmtId="165" formatCode="d mmm yyyy"/>`);
  expect(styles).toContain(`<x:numFmt numFmtId="164" formatCode="0.0%"/>`);
  expect(styles).toMatch(/<x:cellXfs count="4">.*<x:xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"\/><x:xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"\/><\/x:cellXfs>/);
  // The missing dxfs list is made where the schema puts it: after the cell styles.
  expect(styles).toMatch(/<\/x:cellStyles><x:dxfs count="1"><x:dxf><x:font><x:color rgb="FF9C0006"\/><\/x:font><\/x:dxf><\/x:dxfs><\/x:styleSheet>$/);
  // Saving again over the merged part adds nothing.
  const again = new StylesMerge(styles, REWRITTEN_STYLES);
  expect([again.cellFormat(1), again.cellFormat(2), again.differentialFormat(0)]).toEqual([2, 3, 0]);
  expect(again.result()).toBeUndefined();
});

test("shared strings reuse the original's and append the rest; a package without them gets a table", () => {
  const original = `<x:sst xmlns:x="${MAIN}" count="2" uniqueCount="2"><x:si><x:t>Partner</x:t></x:si><x:si><x:t>Budget</x:t></x:si></x:sst>`;
  const rewritten = `<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>Budget</t></si><si><t>Région &amp; co</t></si></sst>`;
  const merge = new SharedStringsMerge(original, rewritten);
  expect([merge.stringIndex(0), merge.stringIndex(1), merge.stringIndex(1)]).toEqual([1, 2, 2]);
  const text = merge.result() ?? "";
  wellFormed(text);
  expect(text).toBe(`<x:sst xmlns:x="${MAIN}" count="3" uniqueCount="3"><x:si><x:t>Partner</x:t></x:si><x:si><x:t>Budget</x:t></x:si><x:si><x:t>Région &amp; co</x:t></x:si></x:sst>`);
  const fresh = new SharedStringsMerge(undefined, rewritten);
  expect(fresh.stringIndex(1)).toBe(0);
  wellFormed(fresh.result() ?? "");
  expect(() => fresh.stringIndex(7)).toThrow(/shared string 7/);
});

test("the workbook part keeps all but its sheet list and names; new sheets follow the original's spelling", () => {
  const original = `<?xml version="1.0"?><x:workbook xmlns:x="${MAIN}" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:bookViews><x:workbookView activeTab="1"/></x:bookViews><x:sheets><x:sheet name="A &amp; B" sheetId="4" rel:id="R1"/><x:sheet name="Data" sheetId="9" rel:id="R2"/></x:sheets><x:definedNames><x:definedName name="Mine" localSheetId="1">Data!$A$1</x:definedName></x:definedNames><x:calcPr calcId="1"/></x:workbook>`;
  const sheets = workbookSheets(original);
  expect(sheets.map((s) => [s.name, s.relationshipId])).toEqual([["A & B", "R1"], ["Data", "R2"]]);
  const added = newSheetElement(original, "New <1>", 10, "rIdJmp1", "hidden");
  expect(added).toBe(`<x:sheet name="New &lt;1&gt;" sheetId="10" state="hidden" rel:id="rIdJmp1"/>`);
  const edited = editWorkbookPart(original, {
    sheets: [added, sheets[0].xml, sheets[1].xml],
    names: [`<x:definedName name="Mine" localSheetId="2">Data!$A$1</x:definedName>`],
    tabMap: new Map([[0, 1], [1, 2]]),
  });
  wellFormed(edited);
  expect(edited).toContain(`<x:workbookView activeTab="2"/>`);
  expect(edited).toContain(`<x:sheets>${added}<x:sheet name="A &amp; B" sheetId="4" rel:id="R1"/>`);
  expect(edited).toContain(`<x:calcPr calcId="1"/>`);
});

test("relationship targets are written relative to their source part", () => {
  expect(relativeTarget("xl/worksheets/sheet1.xml", "xl/tables/table2.xml")).toBe("../tables/table2.xml");
  expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet3.xml")).toBe("worksheets/sheet3.xml");
  expect(relativeTarget("xl/drawings/drawing1.xml", "xl/media/image1.png")).toBe("../media/image1.png");
  expect(relativeTarget("xl/workbook.xml", "customXml/item1.xml")).toBe("../customXml/item1.xml");
});
