/**
 * Legal packages the workbook model (ExcelJS 4.4) does not follow, found by the hostile-xlsx
 * fuzz and a user trial: a table stored under another name than `xl/tables/tableN.xml`, or named
 * by an absolute target as openpyxl writes it (Excel finds it through the sheet's
 * relationships, ExcelJS by file name). ExcelJS fails on it with "Cannot read properties of
 * undefined"; the streaming reader follows the relationships, so `check` reads such a file, and
 * a command that needs the model (`apply` setting up the template) says what is wrong in one
 * line, exit 3.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { jmp, tempDir } from "../packs/packHelpers";
import { hostileWorkbook, MAIN_NS } from "./hostileParts";
import type { PartEdit } from "./hostileParts";

const SHEET = "xl/worksheets/sheet1.xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TABLE = `<table xmlns="${MAIN_NS}" id="1" name="T" displayName="T" ref="A1:B3"><tableColumns count="2"><tableColumn id="1" name="x"/><tableColumn id="2" name="y"/></tableColumns></table>`;

/** A table of the sheet stored as `partName`, its relationship's target written as `target`. */
function tableAt(partName: string, target: string): Record<string, PartEdit> {
  return {
    [SHEET]: (text) => text.replace("</worksheet>", () => `<tableParts count="1"><tablePart xmlns:r="${REL}" r:id="rIdT"/></tableParts></worksheet>`),
    "xl/worksheets/_rels/sheet1.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdT" Type="${REL}/table" Target="${target}"/></Relationships>`,
    [partName]: TABLE,
  };
}

const CASES: Record<string, { edits: Record<string, PartEdit>; line: RegExp }> = {
  "a table stored under another name": {
    edits: tableAt("xl/lists/people", "../lists/people"),
    line: /cannot read the file: a table of xl\/worksheets\/sheet1.xml is stored as xl\/lists\/people, not where the workbook loader looks for tables \(xl\/tables\/tableN.xml/,
  },
  "a table named by an absolute target": {
    edits: tableAt("xl/tables/table1.xml", "/xl/tables/table1.xml"),
    line: /cannot read the file: a table of xl\/worksheets\/sheet1.xml is stored as xl\/tables\/table1.xml, not where the workbook loader looks/,
  },
  "a table whose part is missing": {
    edits: { ...tableAt("xl/tables/unused.xml", "../tables/table7.xml") },
    line: /a table of xl\/worksheets\/sheet1.xml should be at xl\/tables\/table7.xml, which the file lacks/,
  },
};

const dir = tempDir();

test.each(Object.keys(CASES))("%s: check reads it; apply, which loads the whole workbook, says why it cannot in one line, exit 3", async (name) => {
  const file = join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
  await writeFile(file, await hostileWorkbook(CASES[name].edits));
  const checked = await jmp("check", file);
  expect(checked.stderr).toBe("");
  const before = await readFile(file);
  const result = await jmp("apply", file);
  expect(result.code).toBe(3);
  expect(result.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(CASES[name].line)]);
  expect(result.stderr).not.toMatch(/Cannot read|undefined/);
  expect(await readFile(file)).toEqual(before);
});

test("a table where the reader looks for it reads", async () => {
  const file = join(dir, "table-in-place.xlsx");
  await writeFile(file, await hostileWorkbook(tableAt("xl/tables/table1.xml", "../tables/table1.xml")));
  const result = await jmp("check", file);
  expect(result.stderr).toBe("");
  expect(result.code).not.toBe(3);
});
