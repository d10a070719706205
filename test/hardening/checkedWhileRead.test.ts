/**
 * `jmp check`, `report`, `pack` and `apply` check a plan's worksheets in the same inflate and
 * parse that reads their tables (`StreamedTables.ofPending`), and the sheets they do not read
 * once the tables are read (before ExcelJS, if a change needs it, loads the file). So what the guard refuses in a sheet holding a JMP table must be refused on that
 * path too, with the same one line, and a damaged table sheet must still be called damaged.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { UnreadableWorkbookError } from "../../src/workbook/xlsx/errors";
import { StreamedTables } from "../../src/workbook/xlsx/stream/StreamedTables";
import { checkWorkbookBytes } from "../../src/workbook/xlsx/zipGuard";
import { unzip } from "../workbook/xlsx/zipFiles";
import { jmp, samplePlanBytes, tempDir } from "../packs/packHelpers";
import { withParts } from "./hostileParts";
import type { PartEdit } from "./hostileParts";

const dir = tempDir();

/** The sample plan with `edit` applied to every sheet holding a JMP table (and to no other). */
async function planWithTableSheets(edit: (text: string) => string): Promise<{ file: string; bytes: Uint8Array; sheets: string[] }> {
  const plan = await samplePlanBytes();
  const sheets = [...unzip(plan)]
    .filter(([name, content]) => /^xl\/worksheets\/[^/]+\.xml$/.test(name) && (content?.toString("utf8") ?? "").includes("<tableParts"))
    .map(([name]) => name);
  const bytes = withParts(plan, Object.fromEntries(sheets.map((name): [string, PartEdit] => [name, edit])));
  const file = join(dir, `plan-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeFile(file, bytes);
  return { file, bytes, sheets };
}

const afterData = (xml: string) => (text: string) => text.replace("</sheetData>", `</sheetData>${xml}`);

/** Each hostile edit of the table sheets, and the words of the one line that refuses it. */
const CASES: Record<string, { edit: (text: string) => string; says: RegExp }> = {
  "a merge over the whole sheet": { edit: afterData(`<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`), says: /refused: .*cells/ },
  "a validation over every row, six times": {
    edit: afterData(`<dataValidations count="1"><dataValidation type="list" sqref="${Array(6).fill("1:1048576").join(" ")}"><formula1>"a"</formula1></dataValidation></dataValidations>`),
    says: /refused: .*cells/,
  },
  "a cell past the last row": { edit: (text) => text.replace("</sheetData>", `<row r="2000000"><c r="A2000000"><v>1</v></c></row></sheetData>`), says: /refused: .* outside Excel's/ },
  "a cell past the last column, in a row inside the grid": {
    edit: (text) => text.replace("</sheetData>", `<row r="70000"><c r="XFE70000" s="1"><v>1</v></c></row></sheetData>`),
    says: /refused: .* outside Excel's/,
  },
  "a sheet cut off in the middle": { edit: (text) => text.slice(0, Math.floor(text.length / 2)), says: /damaged: .* not well-formed XML/ },
};

describe("table sheets checked while they are read", () => {
  test.each(Object.keys(CASES))("%s: refused by jmp check with the guard's one line", async (name) => {
    const { file, bytes, sheets } = await planWithTableSheets(CASES[name].edit);
    expect(sheets.length).toBeGreaterThan(3);
    // The guard on its own refuses the same file with the same words.
    const alone = await checkWorkbookBytes(bytes).then(
      () => "read",
      (e: unknown) => (e instanceof UnreadableWorkbookError ? e.message : String(e)),
    );
    expect(alone).toMatch(CASES[name].says);
    const result = await jmp("check", file);
    expect(result.code).toBe(3);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(CASES[name].says);
    await expect(StreamedTables.fromFile(file).then((t) => t.readTables())).rejects.toThrow(UnreadableWorkbookError);
  });

  test.each(Object.keys(CASES))("%s: refused by jmp apply, the file left as it was", async (name) => {
    const { file, bytes } = await planWithTableSheets(CASES[name].edit);
    const result = await jmp("apply", file);
    expect(result.code).toBe(3);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(CASES[name].says);
    expect(new Uint8Array(await readFile(file))).toEqual(bytes);
  });

  test("an untouched plan reads the same tables as when the whole file is checked first", async () => {
    const { file, bytes } = await planWithTableSheets((text) => text);
    const deferred = await (await StreamedTables.fromFile(file)).readTables();
    const checkedFirst = await (await StreamedTables.load(bytes)).readTables();
    expect(deferred.length).toBeGreaterThan(5);
    expect(deferred).toEqual(checkedFirst);
  });
});
