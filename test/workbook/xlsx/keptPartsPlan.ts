/**
 * A plan workbook holding what a user adds beside the JMP tables, assembled part by part as
 * Excel wires them (ExcelJS cannot write most of these): on a sheet "Analysis", a chart and an
 * image in one drawing, a pivot table over the Tactics table with its cache, a note (comments
 * and their VML shapes), conditional formatting; at workbook level a link to another workbook,
 * a formula-defined name and a name through the link, and custom XML. `KEPT_PARTS` lists the
 * parts a save must carry byte for byte.
 */
import { MAIN_NS, withParts } from "../../hardening/hostileParts";
import type { PartEdit } from "../../hardening/hostileParts";

import { A_NS as A, DRAWING_NS as XDR, PKG_REL, REL } from "../../cli/uncarriedFixtures";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const CT = "application/vnd.openxmlformats-officedocument";

/** A 1x1 PNG. */
export const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082",
  "hex",
);

function rels(list: readonly (readonly [string, string, string, string?])[]): string {
  const items = list.map(([id, type, target, mode]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ""}/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${items.join("")}</Relationships>`;
}

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL}"><dimension ref="A1:B3"/><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Quarter</t></is></c><c r="B1" t="inlineStr"><is><t>Spend</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>Q1</t></is></c><c r="B2"><v>1250</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>Q2</t></is></c><c r="B3"><f>B2*2</f><v>2500</v></c></row>
</sheetData><conditionalFormatting sqref="B2:B3"><cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule></conditionalFormatting><drawing r:id="rIdDr"/><legacyDrawing r:id="rIdVml"/></worksheet>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${REL}" xmlns:c="${C}">
<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart r:id="rIdChart"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>
<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rIdImg"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>
</xdr:wsDr>`;

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${C}" xmlns:a="${A}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Analysis!$A$2:$A$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Analysis!$B$2:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="10"/><c:axId val="100"/></c:barChart><c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="100"/></c:catAx><c:valAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="10"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments xmlns="${MAIN_NS}"><authors><author>Finance</author></authors><commentList><comment ref="B2" authorId="0"><text><r><t>Checked against the Q1 invoice</t></r></text></comment></commentList></comments>`;

const VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:10pt;width:108pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 0, 10, 4, 15, 4, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`;

const PIVOT_CACHE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="${MAIN_NS}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource name="Tactics"/></cacheSource><cacheFields count="1"><cacheField name="Partner ID" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`;
const PIVOT_RECORDS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheRecords xmlns="${MAIN_NS}" count="0"/>`;
const PIVOT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition xmlns="${MAIN_NS}" name="TacticsByPartner" cacheId="7" dataCaption="Values" updatedVersion="6" createdVersion="6"><location ref="A6:A7" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="1"><pivotField axis="axisRow" showAll="0"><items count="1"><item t="default"/></items></pivotField></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="1"><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems></pivotTableDefinition>`;

const EXTERNAL_LINK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<externalLink xmlns="${MAIN_NS}" xmlns:r="${REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="Rates"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>1.08</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`;

const CUSTOM_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties"><documentManagement><Owner>Channel team</Owner></documentManagement></p:properties>`;

/** The defined names the fixture adds: one a formula, one through the link to another workbook. */
export const USER_NAMES = [`<definedName name="AnalysisTotal">SUM(Analysis!$B$2:$B$3)</definedName>`, `<definedName name="EuroRate">[1]Rates!$A$1</definedName>`];

/** The parts a save must carry byte for byte, by what they hold. */
export const KEPT_PARTS: Readonly<Record<string, string>> = {
  "the user's sheet (conditional formatting, values)": "xl/worksheets/sheet20.xml",
  "its relationships": "xl/worksheets/_rels/sheet20.xml.rels",
  drawing: "xl/drawings/drawing7.xml",
  chart: "xl/charts/chart7.xml",
  image: "xl/media/logo7.png",
  comment: "xl/comments7.xml",
  "note shapes": "xl/drawings/vmlDrawing7.vml",
  "pivot table": "xl/pivotTables/pivotTable7.xml",
  "pivot cache": "xl/pivotCache/pivotCacheDefinition7.xml",
  "pivot records": "xl/pivotCache/pivotCacheRecords7.xml",
  "external link": "xl/externalLinks/externalLink1.xml",
  "external link target": "xl/externalLinks/_rels/externalLink1.xml.rels",
  "custom XML": "customXml/item1.xml",
};

function override(name: string, type: string): string {
  return `<Override PartName="/${name}" ContentType="${type}"/>`;
}

/** `planBytes` (a plan as the adapter saves it) with the user's parts added. */
export function withUserParts(planBytes: Uint8Array): Uint8Array {
  const edits: Record<string, PartEdit> = {
    "xl/worksheets/sheet20.xml": SHEET,
    "xl/worksheets/_rels/sheet20.xml.rels": rels([
      ["rIdDr", `${REL}/drawing`, "../drawings/drawing7.xml"],
      ["rIdVml", `${REL}/vmlDrawing`, "../drawings/vmlDrawing7.vml"],
      ["rIdCm", `${REL}/comments`, "../comments7.xml"],
      ["rIdPt", `${REL}/pivotTable`, "../pivotTables/pivotTable7.xml"],
    ]),
    "xl/drawings/drawing7.xml": DRAWING,
    "xl/drawings/_rels/drawing7.xml.rels": rels([
      ["rIdChart", `${REL}/chart`, "../charts/chart7.xml"],
      ["rIdImg", `${REL}/image`, "../media/logo7.png"],
    ]),
    "xl/charts/chart7.xml": CHART,
    "xl/media/logo7.png": PNG,
    "xl/comments7.xml": COMMENTS,
    "xl/drawings/vmlDrawing7.vml": VML,
    "xl/pivotTables/pivotTable7.xml": PIVOT_TABLE,
    "xl/pivotTables/_rels/pivotTable7.xml.rels": rels([["rId1", `${REL}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition7.xml"]]),
    "xl/pivotCache/pivotCacheDefinition7.xml": PIVOT_CACHE,
    "xl/pivotCache/_rels/pivotCacheDefinition7.xml.rels": rels([["rId1", `${REL}/pivotCacheRecords`, "pivotCacheRecords7.xml"]]),
    "xl/pivotCache/pivotCacheRecords7.xml": PIVOT_RECORDS,
    "xl/externalLinks/externalLink1.xml": EXTERNAL_LINK,
    "xl/externalLinks/_rels/externalLink1.xml.rels": rels([["rId1", `${REL}/externalLinkPath`, "file:///C:/Finance/Rates.xlsx", "External"]]),
    "customXml/item1.xml": CUSTOM_XML,
    "xl/_rels/workbook.xml.rels": (text) =>
      text.replace(
        "</Relationships>",
        [
          `<Relationship Id="rIdUserSheet" Type="${REL}/worksheet" Target="worksheets/sheet20.xml"/>`,
          `<Relationship Id="rIdUserPivot" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition7.xml"/>`,
          `<Relationship Id="rIdUserLink" Type="${REL}/externalLink" Target="externalLinks/externalLink1.xml"/>`,
          `<Relationship Id="rIdUserXml" Type="${REL}/customXml" Target="../customXml/item1.xml"/>`,
          "</Relationships>",
        ].join(""),
      ),
    "xl/workbook.xml": (text) => {
      const sheetIds = [...text.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
      const withSheet = text.replace("</sheets>", `<sheet name="Analysis" sheetId="${Math.max(...sheetIds) + 1}" r:id="rIdUserSheet"/></sheets><externalReferences><externalReference r:id="rIdUserLink"/></externalReferences>`);
      const withNames = withSheet.includes("</definedNames>")
        ? withSheet.replace("</definedNames>", `${USER_NAMES.join("")}</definedNames>`)
        : withSheet.replace("</externalReferences>", `</externalReferences><definedNames>${USER_NAMES.join("")}</definedNames>`);
      const pivotCaches = `<pivotCaches><pivotCache cacheId="7" r:id="rIdUserPivot"/></pivotCaches>`;
      return /<calcPr\b[^>]*\/>/.test(withNames) ? withNames.replace(/(<calcPr\b[^>]*\/>)/, `$1${pivotCaches}`) : withNames.replace("</workbook>", `${pivotCaches}</workbook>`);
    },
    "[Content_Types].xml": (text) =>
      text.replace(
        "</Types>",
        [
          `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>`.repeat(text.includes('Extension="vml"') ? 0 : 1),
          `<Default Extension="png" ContentType="image/png"/>`.repeat(text.includes('Extension="png"') ? 0 : 1),
          override("xl/worksheets/sheet20.xml", `${CT}.spreadsheetml.worksheet+xml`),
          override("xl/drawings/drawing7.xml", `${CT}.drawing+xml`),
          override("xl/charts/chart7.xml", `${CT}.drawingml.chart+xml`),
          override("xl/comments7.xml", `${CT}.spreadsheetml.comments+xml`),
          override("xl/pivotTables/pivotTable7.xml", `${CT}.spreadsheetml.pivotTable+xml`),
          override("xl/pivotCache/pivotCacheDefinition7.xml", `${CT}.spreadsheetml.pivotCacheDefinition+xml`),
          override("xl/pivotCache/pivotCacheRecords7.xml", `${CT}.spreadsheetml.pivotCacheRecords+xml`),
          override("xl/externalLinks/externalLink1.xml", `${CT}.spreadsheetml.externalLink+xml`),
          "</Types>",
        ].join(""),
      ),
  };
  return withParts(planBytes, edits);
}
