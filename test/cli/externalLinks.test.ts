/**
 * A workbook linking to other workbooks: ExcelJS drops the link parts when it writes a workbook,
 * which would leave formulas pointing at nothing. A save copies them as they are (links belong
 * to the workbook, not to a sheet the tool rewrites), with the workbook part's reference to them
 * and the sheet whose formulas use them. The part is found by its relationship, whatever its name.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hostileWorkbook, MAIN_NS, sheetXml } from "../hardening/hostileParts";
import { jmp, tempDir } from "../packs/packHelpers";
import { unzip } from "../workbook/xlsx/zipFiles";

const LINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink";

/** A workbook whose A2 is a formula into another workbook, its link held in the part `partName`. */
function linkedWorkbook(partName: string): Promise<Uint8Array> {
  const target = partName.replace(/^xl\//, "");
  return hostileWorkbook({
    "xl/worksheets/sheet1.xml": sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Budget</t></is></c></row><row r="2"><c r="A2"><f>[1]Budgets!$B$2*2</f><v>50000</v></c></row>'),
    "xl/_rels/workbook.xml.rels": (text) => text.replace("</Relationships>", `<Relationship Id="rId99" Type="${LINK_TYPE}" Target="${target}"/></Relationships>`),
    "xl/workbook.xml": (text) => text.replace("</sheets>", '</sheets><externalReferences><externalReference r:id="rId99"/></externalReferences>'),
    "[Content_Types].xml": (text) =>
      text.replace("</Types>", `<Override PartName="/${partName}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>`),
    [partName]: `<?xml version="1.0"?><externalLink xmlns="${MAIN_NS}"><externalBook><sheetNames><sheetName val="Budgets"/></sheetNames></externalBook></externalLink>`,
  });
}

test.each(["xl/externalLinks/externalLink1.xml", "xl/misc/notes.xml"])("apply keeps a link to another workbook held in %s, byte for byte", async (partName) => {
  const path = join(tempDir(), "linked.xlsx");
  const original = await linkedWorkbook(partName);
  writeFileSync(path, original);
  const result = await jmp("apply", path);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const before = unzip(original);
  const after = unzip(readFileSync(path));
  for (const part of [partName, "xl/worksheets/sheet1.xml"]) expect(after.get(part)).toEqual(before.get(part));
  expect(after.get("xl/workbook.xml")?.toString("utf8")).toContain('<externalReferences><externalReference r:id="rId99"/></externalReferences>');
  expect(after.get("xl/_rels/workbook.xml.rels")?.toString("utf8")).toContain(`<Relationship Id="rId99" Type="${LINK_TYPE}" Target="${partName.replace(/^xl\//, "")}"/>`);
  // Reading it stays possible: check reports on the plan.
  expect((await jmp("check", path)).code).not.toBe(3);
});
