/**
 * A workbook linking to other workbooks: ExcelJS drops the link parts on save, leaving formulas
 * that point at nothing. Reading it is fine; `apply` and `merge` refuse to save it, with one
 * line naming the part, and leave the file as it was. The part is known by what it holds, not
 * by its name.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hostileWorkbook, MAIN_NS, sheetXml } from "../hardening/hostileParts";
import { jmp, tempDir } from "../packs/packHelpers";

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

test.each(["xl/externalLinks/externalLink1.xml", "xl/misc/notes.xml"])("apply refuses a workbook whose link is in %s, with one line, and writes nothing", async (partName) => {
  const path = join(tempDir(), "linked.xlsx");
  writeFileSync(path, await linkedWorkbook(partName));
  const before = readFileSync(path);
  const result = await jmp("apply", path);
  expect(result.code).toBe(3);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).toContain(`links to other workbooks (${partName})`);
  expect(readFileSync(path)).toEqual(before);
  // Reading it stays possible: check reports on the plan (a workbook without JMP tables).
  expect((await jmp("check", path)).code).not.toBe(3);
});
