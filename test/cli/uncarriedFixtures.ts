/**
 * Workbooks holding parts that saving through ExcelJS drops, assembled part by part (ExcelJS
 * cannot write charts, pivot tables or macros, so it cannot make these files). Each starts from
 * the hardening suite's one-sheet workbook ("Data", A1 = "x") and adds the parts of one feature,
 * wired in through relationships as Excel wires them.
 */
import { hostileWorkbook, MAIN_NS } from "../hardening/hostileParts";
import type { PartEdit } from "../hardening/hostileParts";

export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
export const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";

/** A relationships part holding `rels` (id, type, target). */
function relsPart(rels: readonly (readonly [string, string, string])[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("")}</Relationships>`;
}

/** Adds a relationship to an existing relationships part. */
const addRel = (id: string, type: string, target: string) => (text: string) => text.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);

/** Inserts `xml` into the sheet just before `before` (or at the end of the worksheet). */
const inSheet = (xml: string, before = "</worksheet>") => (text: string) => text.replace(before, `${xml}${before}`);

/** Declares a part's content type. */
const contentType = (name: string, type: string) => (text: string) => text.replace("</Types>", `<Override PartName="/${name}" ContentType="${type}"/></Types>`);

const SHEET = "xl/worksheets/sheet1.xml";
const SHEET_RELS = "xl/worksheets/_rels/sheet1.xml.rels";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

/** A drawing on the sheet holding `anchorContent` in one anchor, with its own relationships. */
function drawing(anchorContent: string, drawingRels: readonly (readonly [string, string, string])[] = []): Record<string, PartEdit> {
  const parts: Record<string, PartEdit> = {
    [SHEET]: inSheet(`<drawing xmlns:r="${REL}" r:id="rIdDr"/>`),
    [SHEET_RELS]: relsPart([["rIdDr", `${REL}/drawing`, "../drawings/drawing1.xml"]]),
    "xl/drawings/drawing1.xml": `<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${A_NS}" xmlns:r="${REL}"><xdr:twoCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${anchorContent}<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    "[Content_Types].xml": contentType("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"),
  };
  if (drawingRels.length > 0) parts["xl/drawings/_rels/drawing1.xml.rels"] = relsPart(drawingRels);
  return parts;
}

/** One feature ExcelJS drops: the parts that hold it, and the part the refusal names. */
export interface UncarriedKind {
  readonly feature: string;
  /** The part the refusal names. */
  readonly part: string;
  readonly edits: Record<string, PartEdit>;
}

const CHART = `<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="${A_NS}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Data!$A$1:$A$1</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart></c:chartSpace>`;

const PIVOT_CACHE = `<?xml version="1.0" encoding="UTF-8"?><pivotCacheDefinition xmlns="${MAIN_NS}" xmlns:r="${REL}" r:id="rId1" recordCount="1"><cacheSource type="worksheet"><worksheetSource ref="A1:A2" sheet="Data"/></cacheSource><cacheFields count="1"><cacheField name="x" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`;
const PIVOT_TABLE = `<?xml version="1.0" encoding="UTF-8"?><pivotTableDefinition xmlns="${MAIN_NS}" name="PivotTable1" cacheId="1" dataCaption="Values"><location ref="C3:D5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="1"><pivotField showAll="0"/></pivotFields></pivotTableDefinition>`;

/** The note's shape, as Excel writes it for a note on A1. */
const NOTE_VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:108pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 15, 0, 2, 3, 15, 4, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>`;

/** Every kind, by a short name for test titles. */
export const UNCARRIED_KINDS: Record<string, UncarriedKind> = {
  chart: {
    feature: "charts",
    part: "xl/charts/chart1.xml",
    edits: {
      ...drawing(
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdC"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
        [["rIdC", `${REL}/chart`, "../charts/chart1.xml"]],
      ),
      "xl/charts/chart1.xml": CHART,
    },
  },
  "pivot table": {
    feature: "pivot tables",
    part: "xl/pivotTables/pivotTable1.xml",
    edits: {
      [SHEET_RELS]: relsPart([["rIdPt", `${REL}/pivotTable`, "../pivotTables/pivotTable1.xml"]]),
      "xl/pivotTables/pivotTable1.xml": PIVOT_TABLE,
      "xl/pivotTables/_rels/pivotTable1.xml.rels": relsPart([["rId1", `${REL}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml"]]),
      "xl/pivotCache/pivotCacheDefinition1.xml": PIVOT_CACHE,
      [WORKBOOK_RELS]: addRel("rIdPc", `${REL}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml"),
      "xl/workbook.xml": (text) => text.replace("</sheets>", `</sheets><pivotCaches><pivotCache cacheId="1" r:id="rIdPc"/></pivotCaches>`),
    },
  },
  "threaded comment": {
    feature: "threaded comments",
    part: "xl/threadedComments/threadedComment1.xml",
    edits: {
      [SHEET_RELS]: relsPart([["rIdTc", "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", "../threadedComments/threadedComment1.xml"]]),
      "xl/threadedComments/threadedComment1.xml": `<?xml version="1.0" encoding="UTF-8"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="A1" dT="2026-03-01T10:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>Is this approved?</text></threadedComment></ThreadedComments>`,
      "xl/persons/person.xml": `<?xml version="1.0" encoding="UTF-8"?><personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Ann" id="{00000000-0000-0000-0000-000000000001}" userId="ann" providerId="None"/></personList>`,
      [WORKBOOK_RELS]: addRel("rIdPe", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml"),
    },
  },
  macro: {
    feature: "macros (VBA)",
    part: "xl/vbaProject.bin",
    edits: {
      "xl/vbaProject.bin": Buffer.from("d0cf11e0a1b11ae1000000000000000000000000000000003e000300feff0900", "hex"),
      [WORKBOOK_RELS]: addRel("rIdVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"),
    },
  },
  "custom XML": {
    feature: "custom XML",
    part: "customXml/item1.xml",
    edits: {
      "customXml/item1.xml": `<?xml version="1.0" encoding="UTF-8"?><p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties"><documentManagement><Owner>Channel team</Owner></documentManagement></p:properties>`,
      [WORKBOOK_RELS]: addRel("rIdCx", `${REL}/customXml`, "../customXml/item1.xml"),
    },
  },
  "custom document properties": {
    feature: "custom document properties (such as sensitivity labels)",
    part: "docProps/custom.xml",
    edits: {
      "docProps/custom.xml": `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_Enabled"><vt:lpwstr>true</vt:lpwstr></property></Properties>`,
      "_rels/.rels": addRel("rIdCp", `${REL}/custom-properties`, "docProps/custom.xml"),
      "[Content_Types].xml": contentType("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"),
    },
  },
  slicer: {
    feature: "slicers",
    part: "xl/slicers/slicer1.xml",
    edits: {
      [SHEET_RELS]: relsPart([["rIdSl", "http://schemas.microsoft.com/office/2007/relationships/slicer", "../slicers/slicer1.xml"]]),
      "xl/slicers/slicer1.xml": `<?xml version="1.0" encoding="UTF-8"?><slicers xmlns="${X14}"><slicer name="Status" cache="Slicer_Status" caption="Status" rowHeight="241300"/></slicers>`,
    },
  },
  shape: {
    feature: "shapes and text boxes",
    part: "xl/drawings/drawing1.xml",
    edits: drawing(
      `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Read me first</a:t></a:r></a:p></xdr:txBody></xdr:sp>`,
    ),
  },
  sparkline: {
    feature: "sparklines",
    part: SHEET,
    edits: {
      [SHEET]: inSheet(
        `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>Data!A1:A1</xm:f><xm:sqref>B1</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`,
      ),
    },
  },
  "page break": {
    feature: "manual page breaks",
    part: SHEET,
    edits: { [SHEET]: inSheet(`<rowBreaks count="1" manualBreakCount="1"><brk id="20" max="16383" man="1"/></rowBreaks>`) },
  },
  "link to a place in the workbook": {
    feature: "links to places in the workbook",
    part: SHEET,
    edits: { [SHEET]: inSheet(`<hyperlinks><hyperlink ref="A1" location="'Data'!A30" display="Totals"/></hyperlinks>`, "<pageMargins") },
  },
  "dynamic array formula": {
    feature: "dynamic array formulas",
    part: SHEET,
    edits: { [SHEET]: inSheet(`<row r="5"><c r="B5" cm="1"><f t="array" ref="B5:B6">_xlfn.UNIQUE(A1:A2)</f><v>1</v></c></row>`, "</sheetData>") },
  },
  "calculated table column": {
    feature: "calculated table columns",
    part: "xl/tables/table1.xml",
    edits: {
      [SHEET]: (text) => inSheet(`<tableParts count="1"><tablePart xmlns:r="${REL}" r:id="rIdTb"/></tableParts>`)(text.replace("</row>", `<c r="B1" t="inlineStr"><is><t>y</t></is></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><f>Calc[[#This Row],[x]]*2</f><v>4</v></c></row>`)),
      [SHEET_RELS]: relsPart([["rIdTb", `${REL}/table`, "../tables/table1.xml"]]),
      "xl/tables/table1.xml": `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${MAIN_NS}" id="1" name="Calc" displayName="Calc" ref="A1:B2"><autoFilter ref="A1:B2"/><tableColumns count="2"><tableColumn id="1" name="x"/><tableColumn id="2" name="y"><calculatedColumnFormula>Calc[[#This Row],[x]]*2</calculatedColumnFormula></tableColumn></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
      "[Content_Types].xml": contentType("xl/tables/table1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"),
    },
  },
  "note written as plain text": {
    feature: "notes written as plain text (as Excel writes a threaded comment's note)",
    part: "xl/comments1.xml",
    edits: {
      [SHEET]: inSheet(`<legacyDrawing xmlns:r="${REL}" r:id="rIdVml"/>`),
      [SHEET_RELS]: relsPart([
        ["rIdCm", `${REL}/comments`, "../comments1.xml"],
        ["rIdVml", `${REL}/vmlDrawing`, "../drawings/vmlDrawing1.vml"],
      ]),
      "xl/comments1.xml": `<?xml version="1.0" encoding="UTF-8"?><comments xmlns="${MAIN_NS}"><authors><author>Ann</author></authors><commentList><comment ref="A1" authorId="0"><text><t>Check with finance first</t></text></comment></commentList></comments>`,
      "xl/drawings/vmlDrawing1.vml": NOTE_VML,
      "[Content_Types].xml": (text) =>
        contentType("xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml")(text.includes('Extension="vml"') ? text : text.replace("</Types>", `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>`)),
    },
  },
  "list validation from another sheet": {
    feature: "data validations of Excel 2010 and later (lists from other sheets)",
    part: SHEET,
    edits: {
      [SHEET]: inSheet(
        `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$5</xm:f></x14:formula1><xm:sqref>B2:B20</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`,
      ),
    },
  },
};

/**
 * A formula Excel writes with array metadata over one cell (`SUM(IF(...))` in current Excel):
 * ExcelJS writes it back as the same one-cell array formula, so nothing is lost and nothing refused.
 */
export const ONE_CELL_ARRAY: UncarriedKind = {
  feature: "",
  part: SHEET,
  edits: { [SHEET]: inSheet(`<row r="5"><c r="B5" cm="1"><f t="array" ref="B5">SUM(IF(A1:A2&gt;0,1,0))</f><v>1</v></c></row>`, "</sheetData>") },
};

/** The workbook of one kind. */
export function uncarriedWorkbook(kind: UncarriedKind): Promise<Uint8Array> {
  return hostileWorkbook(kind.edits);
}
