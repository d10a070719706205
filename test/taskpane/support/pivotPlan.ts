/**
 * The sample plan with a pivot table placed on its Tactics sheet (beside the table, at P3:Q5), as
 * a user adds one in Excel: a part the xlsx writer cannot carry on a sheet a change rewrites, so
 * browser mode refuses every change to the plan (README, "What `jmp` reads and writes").
 */
import { MAIN_NS, withParts } from "../../hardening/hostileParts";
import { PKG_REL, REL } from "../../cli/uncarriedFixtures";
import { samplePlanBytes } from "../../packs/packHelpers";

const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

const relationship = (id: string, type: string, target: string): string => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
const addRelationship = (id: string, type: string, target: string) => (text: string) => text.replace("</Relationships>", `${relationship(id, type, target)}</Relationships>`);
const contentType = (name: string, type: string) => (text: string) => text.replace("</Types>", `<Override PartName="/${name}" ContentType="${CT}.${type}+xml"/></Types>`);

/** The sample plan with a pivot table over the Tactics table on the Tactics sheet. */
export async function planWithPivotOnTactics(): Promise<Uint8Array> {
  return withParts(await samplePlanBytes(), {
    "xl/worksheets/_rels/sheet6.xml.rels": addRelationship("rIdPt", "pivotTable", "../pivotTables/pivotTable1.xml"),
    "xl/pivotTables/pivotTable1.xml": `<?xml version="1.0" encoding="UTF-8"?><pivotTableDefinition xmlns="${MAIN_NS}" name="PivotTable1" cacheId="1" dataCaption="Values"><location ref="P3:Q5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="1"><pivotField showAll="0"/></pivotFields></pivotTableDefinition>`,
    "xl/pivotTables/_rels/pivotTable1.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${relationship("rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml")}</Relationships>`,
    "xl/pivotCache/pivotCacheDefinition1.xml": `<?xml version="1.0" encoding="UTF-8"?><pivotCacheDefinition xmlns="${MAIN_NS}" xmlns:r="${REL}" recordCount="1"><cacheSource type="worksheet"><worksheetSource name="JmpTactics"/></cacheSource><cacheFields count="1"><cacheField name="Partner ID" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
    "xl/_rels/workbook.xml.rels": addRelationship("rIdPc", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"),
    "xl/workbook.xml": (text) => text.replace("</workbook>", `<pivotCaches><pivotCache cacheId="1" r:id="rIdPc"/></pivotCaches></workbook>`),
    "[Content_Types].xml": (text) => contentType("xl/pivotCache/pivotCacheDefinition1.xml", "pivotCacheDefinition")(contentType("xl/pivotTables/pivotTable1.xml", "pivotTable")(text)),
  });
}
