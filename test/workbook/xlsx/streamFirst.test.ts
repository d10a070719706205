/**
 * Browser mode's workbook: tables streamed while the file is unchanged, ExcelJS's model loaded
 * for a change; a plan holding a chart opens and checks, and only a change to it is refused.
 */
import { analyze } from "../../../src/engine";
import { openStreamFirst } from "../../../src/workbook/xlsx/openStreamFirst";
import { PartsNotCarriedError } from "../../../src/workbook/xlsx/StreamFirstWorkbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { withParts } from "../../hardening/hostileParts";
import { StreamedTables } from "../../../src/workbook/xlsx/stream/StreamedTables";
import { loadedByExcelJs, samplePlanBytes, withChart } from "./chartParts";
import { packageProblems } from "./packageChecks";
import { partText, unzip } from "./zipFiles";

test("an unchanged file reads its tables by streaming and downloads as the bytes opened", async () => {
  const bytes = await samplePlanBytes();
  const opened = await openStreamFirst(bytes);
  const tables = await opened.readTables();
  expect(tables).toEqual(await (await XlsxWorkbook.load(bytes)).readTables());
  expect(await opened.toBuffer()).toBe(bytes);
});

test("after a change the tables are read from the model, and the download holds the change", async () => {
  const opened = await openStreamFirst(await samplePlanBytes());
  const before = (await opened.readTables()).find((t) => t.name === "JmpPartners")?.rows.length ?? 0;
  await opened.appendRows("JmpPartners", [{ "Partner ID": "P-NEW", Partner: "Newcomer" }]);
  await opened.writeResults(analyze(await opened.readTables()));
  expect((await opened.readTables()).find((t) => t.name === "JmpPartners")?.rows.length).toBe(before + 1);
  const saved = await (await XlsxWorkbook.load(await opened.toBuffer())).readTables();
  expect(saved.find((t) => t.name === "JmpPartners")?.rows.some((r) => r.includes("P-NEW"))).toBe(true);
});

test("a plan holding a chart ExcelJS cannot load opens, is checked and changed; the chart stays as it was", async () => {
  const bytes = withChart(await samplePlanBytes(), "Tactics", "$H$2:$H$9");
  await expect(loadedByExcelJs(bytes)).rejects.toThrow("reading 'anchors'");
  const opened = await openStreamFirst(bytes);
  expect(analyze(await opened.readTables()).partners.length).toBeGreaterThan(0);
  await opened.appendRows("JmpPartners", [{ "Partner ID": "P-NEW", Partner: "Newcomer" }]);
  const saved = await opened.toBuffer();
  for (const part of ["xl/charts/chart9.xml", "xl/drawings/drawing9.xml"]) expect(unzip(saved).get(part)).toEqual(unzip(bytes).get(part));
  expect(partText(saved, "xl/worksheets/sheet6.xml")).toMatch(/<drawing xmlns:r="[^"]+" r:id="rIdJmp1"\/>/);
  expect(packageProblems(saved)).toEqual([]);
  expect((await (await StreamedTables.load(saved)).readTables()).find((t) => t.name === "JmpPartners")?.rows.some((r) => r.includes("P-NEW"))).toBe(true);
});

test("a change whose save would drop a part of the file is refused with one line naming it; the file stays as opened", async () => {
  // A dynamic array formula below the Tactics table: ExcelJS would write it back as a fixed legacy array.
  const bytes = await withParts(await samplePlanBytes(), {
    "xl/worksheets/sheet6.xml": (text) => text.replace("</sheetData>", `<row r="900"><c r="B900" cm="1"><f t="array" ref="B900:B901">_xlfn.UNIQUE(B2:B9)</f><v>1</v></c></row></sheetData>`),
  });
  const opened = await openStreamFirst(bytes);
  expect(analyze(await opened.readTables()).partners.length).toBeGreaterThan(0);
  const change = opened.appendRows("JmpPartners", [{ "Partner ID": "P-NEW", Partner: "Newcomer" }]);
  await expect(change).rejects.toThrow(PartsNotCarriedError);
  await expect(change).rejects.toThrow(/^This workbook holds dynamic array formulas \(on sheet "Tactics": xl\/worksheets\/sheet6\.xml\), which saving it from the browser would drop; nothing was changed\./);
  expect(await opened.toBuffer()).toBe(bytes);
});
