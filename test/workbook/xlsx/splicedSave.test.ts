/**
 * A save rewrites only what the tool writes: `apply`, `merge`, an import into an existing plan
 * and a Dashboard refresh keep every part of a user's workbook they do not own byte for byte
 * (a chart, a pivot table, an image, a link to another workbook, a note, custom XML, a sheet
 * with conditional formatting) and its defined names as written; the saved file passes the
 * package checks and reads the same through the streaming reader and through ExcelJS.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/engine";
import { writeImport } from "../../../src/workbook/convert/tracker/writeImport";
import { sampleTrackerWorkbook } from "../../../src/workbook/xlsx/sampleTracker";
import { StreamedTables } from "../../../src/workbook/xlsx/stream/StreamedTables";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { SAMPLE_TRACKER_SHEET } from "../../../src/model/sample/sampleTracker";
import { edited, jmp, packBytes, samplePlanBytes, tempDir } from "../../packs/packHelpers";
import { KEPT_PARTS, USER_NAMES, withUserParts } from "./keptPartsPlan";
import { packageProblems } from "./packageChecks";
import { partText, unzip } from "./zipFiles";

const dir = tempDir();

async function userPlan(): Promise<Uint8Array> {
  return withUserParts(await samplePlanBytes());
}

/** Every kept part is in `saved` as it is in `original`, and the workbook part keeps the user's names, link and pivot cache. */
function expectUserPartsKept(original: Uint8Array, saved: Uint8Array): void {
  const before = unzip(original);
  const after = unzip(saved);
  for (const [what, part] of Object.entries(KEPT_PARTS)) {
    const kept = after.get(part);
    if (!kept?.equals(before.get(part) ?? Buffer.alloc(0))) throw new Error(`${what} (${part}) was not kept byte for byte`);
  }
  const workbook = partText(saved, "xl/workbook.xml");
  for (const name of USER_NAMES) expect(workbook).toContain(name);
  expect(workbook).toContain(`<externalReferences><externalReference r:id="rIdUserLink"/></externalReferences>`);
  expect(workbook).toContain(`<pivotCaches><pivotCache cacheId="7" r:id="rIdUserPivot"/></pivotCaches>`);
  expect(workbook).toMatch(/<sheet name="Analysis" sheetId="\d+" r:id="rIdUserSheet"\/>/);
  const workbookRels = partText(saved, "xl/_rels/workbook.xml.rels");
  for (const id of ["rIdUserSheet", "rIdUserPivot", "rIdUserLink", "rIdUserXml"]) expect(workbookRels).toContain(`Id="${id}"`);
}

/** The saved file is sound and both readers read the same tables from it. */
async function expectSoundAndReadable(saved: Uint8Array): Promise<void> {
  expect(packageProblems(saved)).toEqual([]);
  const throughExcelJs = await (await XlsxWorkbook.load(saved)).readTables();
  const streamed = await (await StreamedTables.load(saved)).readTables();
  expect(streamed).toEqual(throughExcelJs);
  expect(throughExcelJs.find((t) => t.name === "JmpTactics")?.rows.length).toBeGreaterThan(0);
}

test("the fixture itself is a sound package the readers read", async () => {
  await expectSoundAndReadable(await userPlan());
});

test("jmp apply keeps every part it does not own byte for byte", async () => {
  const original = await userPlan();
  const path = join(dir, "apply.xlsx");
  writeFileSync(path, original);
  const result = await jmp("apply", path);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const saved = readFileSync(path);
  expectUserPartsKept(original, saved);
  await expectSoundAndReadable(saved);
  // Applying again changes nothing it owns beyond the refresh, and still keeps everything.
  expect((await jmp("apply", path)).code).toBe(0);
  const again = readFileSync(path);
  expectUserPartsKept(original, again);
  await expectSoundAndReadable(again);
  // Styles and strings are reused, not appended again on each save.
  expect(partText(again, "xl/styles.xml")).toBe(partText(saved, "xl/styles.xml"));
  expect(partText(again, "xl/sharedStrings.xml").length).toBe(partText(saved, "xl/sharedStrings.xml").length);
});

test("jmp merge keeps every part it does not own byte for byte", async () => {
  const original = await userPlan();
  const pack = await edited(await packBytes(await samplePlanBytes(), "P-101"), (workbook) => {
    const tactics = workbook.getWorksheet("Tactics");
    if (!tactics) throw new Error("no Tactics sheet");
    const description = (tactics.getRow(1).values as unknown[]).indexOf("Description");
    tactics.getCell(2, description).value = "Rewritten by the partner";
  });
  const planPath = join(dir, "merge-plan.xlsx");
  const packPath = join(dir, "merge-pack.xlsx");
  writeFileSync(planPath, original);
  writeFileSync(packPath, pack);
  const result = await jmp("merge", planPath, packPath);
  expect(result.stderr).toBe("");
  expect(result.stdout).toMatch(/1 cell changed in 1 row/);
  const saved = readFileSync(planPath);
  expectUserPartsKept(original, saved);
  await expectSoundAndReadable(saved);
  const tactics = (await (await StreamedTables.load(saved)).readTables()).find((t) => t.name === "JmpTactics");
  expect(JSON.stringify(tactics?.rows)).toContain("Rewritten by the partner");
});

test("an import into the plan (as the pane's browser mode makes it) keeps every part it does not own byte for byte", async () => {
  const original = await userPlan();
  const plan = await XlsxWorkbook.load(original);
  const tracker = await sampleTrackerWorkbook().readSheet(SAMPLE_TRACKER_SHEET);
  const { imported } = await writeImport(plan, { name: SAMPLE_TRACKER_SHEET, values: tracker }, {}, "Tracker");
  expect(imported.rows.length).toBeGreaterThan(0);
  await plan.writeResults(analyze(await plan.readTables()));
  const saved = await plan.toBuffer();
  expectUserPartsKept(original, saved);
  await expectSoundAndReadable(saved);
  const reopened = await XlsxWorkbook.load(saved);
  expect(await reopened.readImportMapping()).toBe(JSON.stringify(imported.mapping));
});

test("a Dashboard refresh rewrites the generated sheets only", async () => {
  const original = await userPlan();
  const plan = await XlsxWorkbook.load(original);
  await plan.writeResults(analyze(await plan.readTables()));
  const saved = await plan.toBuffer();
  expectUserPartsKept(original, saved);
  await expectSoundAndReadable(saved);
  // The JMP tables' sheets are rewritten (the tool owns them), so compare them by content.
  expect(await (await StreamedTables.load(saved)).readTables()).toEqual(await (await StreamedTables.load(original)).readTables());
  const sheets = (await (await XlsxWorkbook.load(saved)).listSheets()).map((s) => s.name);
  expect(sheets).toEqual(expect.arrayContaining(["Dashboard", "Issues", "Analysis", "Tactics"]));
});
