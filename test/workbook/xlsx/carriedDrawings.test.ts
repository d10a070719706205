/**
 * A sheet's drawing never goes through ExcelJS (which drops charts and shapes and cannot load a
 * drawing in the default namespace): the model is loaded without drawings and the splicing save
 * gives each rewritten sheet its drawing back, byte for byte (splice/carriedDrawings.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withDrawing, withoutDrawings } from "../../../src/workbook/xlsx/splice/carriedDrawings";
import { StreamedTables } from "../../../src/workbook/xlsx/stream/StreamedTables";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { edited, jmp, packBytes, tempDir } from "../../packs/packHelpers";
import { loadedByExcelJs, samplePlanBytes, withChart } from "./chartParts";
import { packageProblems } from "./packageChecks";
import { partText, rewriteXlsx, unzip } from "./zipFiles";

const dir = tempDir();
const CHART_PARTS = ["xl/charts/chart9.xml", "xl/drawings/drawing9.xml", "xl/drawings/_rels/drawing9.xml.rels"];

test("jmp merge writes a partner's pack into a plan with a chart on its Tactics sheet, which ExcelJS cannot load; the chart stays", async () => {
  const plan = withChart(await samplePlanBytes(), "Tactics", "$H$2:$H$9");
  await expect(loadedByExcelJs(plan)).rejects.toThrow("reading 'anchors'");
  const pack = await edited(await packBytes(await samplePlanBytes(), "P-101"), (workbook) => {
    const tactics = workbook.getWorksheet("Tactics");
    if (!tactics) throw new Error("no Tactics sheet");
    tactics.getCell(2, (tactics.getRow(1).values as unknown[]).indexOf("Description")).value = "Rewritten by the partner";
  });
  const [planPath, packPath] = [join(dir, "chart-plan.xlsx"), join(dir, "chart-pack.xlsx")];
  writeFileSync(planPath, plan);
  writeFileSync(packPath, pack);
  const result = await jmp("merge", planPath, packPath);
  expect(result).toMatchObject({ code: 0, stderr: "" });
  expect(result.stdout).toMatch(/1 cell changed in 1 row/);
  const saved = readFileSync(planPath);
  for (const part of CHART_PARTS) expect(unzip(saved).get(part)).toEqual(unzip(plan).get(part));
  expect(partText(saved, "xl/worksheets/sheet6.xml")).toMatch(/<drawing xmlns:r="[^"]+" r:id="rIdJmp1"\/>/);
  expect(partText(saved, "xl/worksheets/_rels/sheet6.xml.rels")).toContain('Id="rIdJmp1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing9.xml"');
  expect(packageProblems(saved)).toEqual([]);
  const tactics = (await (await StreamedTables.load(saved)).readTables()).find((t) => t.name === "JmpTactics");
  expect(tactics?.rows.some((r) => r.includes("Rewritten by the partner"))).toBe(true);
});

test("the model's copy has no drawing on any sheet, and every other part as it was; a file without drawings is not copied", async () => {
  const plain = await samplePlanBytes();
  expect(await withoutDrawings(plain)).toBeUndefined();
  const plan = withChart(plain, "Tactics", "$H$2:$H$9");
  const copy = unzip((await withoutDrawings(plan)) as Uint8Array);
  const original = unzip(plan);
  for (const part of CHART_PARTS.slice(1)) expect(copy.has(part)).toBe(false);
  expect(copy.get("xl/worksheets/sheet6.xml")?.toString("utf8")).not.toContain("<drawing");
  expect(copy.get("xl/worksheets/_rels/sheet6.xml.rels")?.toString("utf8")).not.toContain("/drawing");
  const changed = [...original.keys()].filter((part) => !copy.get(part)?.equals(original.get(part) as Buffer));
  expect(changed.sort()).toEqual([...CHART_PARTS.slice(1), "xl/worksheets/_rels/sheet6.xml.rels", "xl/worksheets/sheet6.xml"].sort());
  await expect(loadedByExcelJs((await withoutDrawings(plan)) as Uint8Array)).resolves.toBeDefined();
});

test("a drawing no worksheet shows (a chart sheet's, or an orphan) is not handed to ExcelJS either", async () => {
  const orphan = rewriteXlsx(withChart(await samplePlanBytes(), "Tactics", "$H$2:$H$9"), (name, text) =>
    name === "xl/worksheets/sheet6.xml" ? text.replace(/<drawing [^>]*\/>/, "") : name === "xl/worksheets/_rels/sheet6.xml.rels" ? text.replace(/<Relationship [^>]*\/drawing"[^>]*\/>/, "") : text,
  );
  await expect(loadedByExcelJs(orphan)).rejects.toThrow("reading 'anchors'");
  const workbook = await XlsxWorkbook.load(orphan);
  expect((await workbook.readTables()).length).toBeGreaterThan(0);
});

test("the drawing goes where the worksheet's element order puts it: after the conditional formats, before the table parts", () => {
  const sheet =
    '<worksheet xmlns="main"><sheetData/><conditionalFormatting sqref="A1"><cfRule type="expression"><formula>1</formula><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>' +
    '<pageMargins left="0.7"/><legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts><extLst><ext uri="y"/></extLst></worksheet>';
  expect(withDrawing(sheet, "rIdJmp1")).toContain('<pageMargins left="0.7"/><drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdJmp1"/><legacyDrawing');
  expect(withDrawing('<x:worksheet xmlns:x="main"><x:sheetData/></x:worksheet>', "rId9")).toBe('<x:worksheet xmlns:x="main"><x:sheetData/><x:drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/></x:worksheet>');
  // Data bars: ExcelJS writes x14 conditional formats inside the sheet's own extLst, after the table parts.
  const dataBars =
    '<worksheet xmlns="main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><conditionalFormatting sqref="A1"><cfRule type="dataBar"><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>' +
    '<pageMargins left="0.7"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts><extLst><ext uri="y"><x14:conditionalFormattings><x14:conditionalFormatting/></x14:conditionalFormattings></ext></extLst></worksheet>';
  expect(withDrawing(dataBars, "rIdJmp1")).toContain('<pageMargins left="0.7"/><drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdJmp1"/><tableParts');
});
