/**
 * Adds a bar chart over a sheet to an .xlsx by assembling the parts as other writers do (a
 * drawing in the default namespace, a chart part, their relationships and content types), not
 * through ExcelJS, which cannot write charts and fails to load this one ("Cannot read
 * properties of undefined (reading 'anchors')").
 */
import { Workbook } from "exceljs";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { rewriteXlsx, unzip, buildZip, deflated } from "./zipFiles";

/** The template holding the sample plan, as .xlsx bytes (a fixed day, so runs agree). */
export async function samplePlanBytes(): Promise<Uint8Array> {
  const plan = XlsxWorkbook.create({ now: () => new Date(Date.UTC(2026, 0, 15)) });
  await plan.applyTemplate({ withSample: true });
  return plan.toBuffer();
}

/** ExcelJS's own load of the bytes (the project never hands it a drawing): fails on the chart of `withChart`. */
export async function loadedByExcelJs(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

const DRAWING_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CHART_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">
<oneCellAnchor><from><col>12</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><ext cx="4800000" cy="2700000"/>
<graphicFrame macro=""><nvGraphicFramePr><cNvPr id="1" name="Chart 1"/><cNvGraphicFramePr/></nvGraphicFramePr><xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xfrm>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></graphicFrame><clientData/></oneCellAnchor>
</wsDr>`;

function chartXml(sheet: string, values: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<chartSpace xmlns="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<chart><plotArea><layout/><barChart><barDir val="col"/><grouping val="clustered"/><ser><idx val="0"/><order val="0"/>
<val><numRef><f>'${sheet}'!${values}</f></numRef></val></ser><axId val="10"/><axId val="100"/></barChart>
<catAx><axId val="10"/><scaling><orientation val="minMax"/></scaling><axPos val="l"/><crossAx val="100"/></catAx>
<valAx><axId val="100"/><scaling><orientation val="minMax"/></scaling><axPos val="b"/><crossAx val="10"/></valAx></plotArea></chart></chartSpace>`;
}

/** The sheet part named `sheet` in the workbook part, through its relationships. */
function sheetPart(files: Map<string, Buffer>, sheet: string): string {
  const workbook = files.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = files.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!id || !target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** A copy of `bytes` with a bar chart on sheet `sheet` plotting `values` ("$E$2:$E$9"). */
export function withChart(bytes: Uint8Array, sheet: string, values: string): Uint8Array {
  const files = unzip(bytes);
  const part = sheetPart(files, sheet);
  const relsPart = part.replace(/([^/]+)$/, "_rels/$1.rels");
  const rel = `<Relationship Id="rIdChartDrawing" Type="${DRAWING_TYPE}" Target="../drawings/drawing9.xml"/>`;
  const edited = rewriteXlsx(bytes, (name, text) => {
    if (name === "[Content_Types].xml") {
      return text.replace(
        "</Types>",
        `<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
      );
    }
    if (name === part) {
      // A drawing comes before the table parts (and anything after them) in a worksheet.
      const at = text.search(/<(legacyDrawing|tableParts|extLst)\b|<\/worksheet>/);
      return `${text.slice(0, at)}<drawing r:id="rIdChartDrawing"/>${text.slice(at)}`;
    }
    if (name === relsPart) return text.replace("</Relationships>", `${rel}</Relationships>`);
    return text;
  });
  const out = [...unzip(edited)].map(([name, content]) => deflated(name, content));
  if (!files.has(relsPart)) {
    out.push(deflated(relsPart, `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`));
  }
  out.push(deflated("xl/drawings/drawing9.xml", DRAWING));
  out.push(deflated("xl/drawings/_rels/drawing9.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${CHART_TYPE}" Target="../charts/chart9.xml"/></Relationships>`));
  out.push(deflated("xl/charts/chart9.xml", chartXml(sheet, values)));
  return buildZip(out);
}
