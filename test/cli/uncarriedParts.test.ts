/**
 * Never lose what the user has. A save copies every part on the sheets it does not rewrite as it
 * is (test/workbook/xlsx/splicedSave.test.ts); a sheet it rewrites (a JMP table's sheet, the
 * generated Dashboard and Issues) goes through ExcelJS, which drops what it does not model, but
 * for its drawing (charts, shapes, images), which the save gives back to it as it was. So a
 * workbook holding such parts (pivot tables, threaded comments, slicers, sparklines...) on a
 * sheet the tool rewrites is refused by `apply` and `merge` with one line
 * naming the feature and its part, and left as it was; `--force` saves it and says on stderr
 * what is dropped. The forced saves also check that the part really goes: when the writer learns
 * to carry one, that test fails and the kind leaves `partsWriterCannotCarry`. Parts of the
 * workbook itself (macros, custom XML, document properties) are carried without asking, and so
 * are images and notes, which ExcelJS carries.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withParts } from "../hardening/hostileParts";
import { unzip } from "../workbook/xlsx/zipFiles";
import { edited, jmp, packBytes, samplePlanBytes, tempDir } from "../packs/packHelpers";
import { packageProblems } from "../workbook/xlsx/packageChecks";
import { ONE_CELL_ARRAY, REL, UNCARRIED_KINDS, uncarriedWorkbook } from "./uncarriedFixtures";

const dir = tempDir();
/** Kinds held by the workbook itself, not by a sheet: every save carries them. */
const WORKBOOK_KINDS = ["macro", "custom XML", "custom document properties"];
/** Kinds a sheet's drawing holds: a rewritten sheet gets its drawing back (splice/carriedDrawings.ts). */
const DRAWN_KINDS = ["chart", "shape"];
const KINDS = Object.keys(UNCARRIED_KINDS).filter((name) => !WORKBOOK_KINDS.includes(name) && !DRAWN_KINDS.includes(name));

/** The workbook of `kind` with its sheet "Data" marked as the generated Dashboard, which `apply` rewrites. */
async function onRewrittenSheet(kind: (typeof UNCARRIED_KINDS)[string]): Promise<Uint8Array> {
  return withParts(await uncarriedWorkbook(kind), {
    "xl/workbook.xml": (text) => text.replace("</sheets>", `</sheets><definedNames><definedName name="JmpGeneratedDashboard">Data!$A$1</definedName></definedNames>`),
  });
}
/** What each kind leaves in a part ExcelJS keeps (the sheet), when the part itself stays. */
const TRACES: Record<string, RegExp> = {
  sparkline: /sparkline/i,
  "list validation from another sheet": /x14:dataValidation|Lists!/,
  "page break": /rowBreaks/,
  "link to a place in the workbook": /location=/,
  "dynamic array formula": /\bcm="/,
  "calculated table column": /calculatedColumnFormula/,
  "note written as plain text": /Check with finance first/,
};

async function fileOf(name: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<string> {
  const path = join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
  writeFileSync(path, await bytes);
  return path;
}

describe("apply", () => {
  test.each(KINDS)("refuses a workbook with a %s on a sheet it rewrites: one line naming it, exit 3, the file unchanged", async (name) => {
    const kind = UNCARRIED_KINDS[name];
    const path = await fileOf(`refused-${name}`, onRewrittenSheet(kind));
    const before = readFileSync(path);
    const result = await jmp("apply", path);
    expect(result.code).toBe(3);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(`holds ${kind.feature} (`);
    expect(result.stderr).toContain(kind.part);
    expect(result.stderr).toMatch(/nothing was saved \(--force saves without them/);
    expect(readFileSync(path)).toEqual(before);
  });

  test.each(KINDS)("--force saves a workbook with a %s on a sheet it rewrites and says what was dropped", async (name) => {
    const kind = UNCARRIED_KINDS[name];
    const path = await fileOf(`forced-${name}`, onRewrittenSheet(kind));
    const result = await jmp("apply", path, "--force");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`jmp: --force: ${path} is saved without ${kind.feature} (`);
    expect(result.stderr).toContain(kind.part);
    expect(result.stdout).toContain("template v3 applied");
    const saved = unzip(readFileSync(path));
    const trace = TRACES[name];
    // The trace is gone from every part: the part may be renamed or left out.
    if (trace) for (const [part, bytes] of saved) expect(`${part}: ${bytes.toString("utf8")}`).not.toMatch(trace);
    else expect(saved.has(kind.part)).toBe(false);
  });

  test("a one-cell formula with array metadata on a sheet it rewrites is no dynamic array: saved, not refused", async () => {
    const path = await fileOf("one-cell-array", onRewrittenSheet(ONE_CELL_ARRAY));
    const result = await jmp("apply", path);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  test.each(Object.keys(UNCARRIED_KINDS))("a workbook with a %s outside the sheets it rewrites is saved with the part as it was", async (name) => {
    const kind = UNCARRIED_KINDS[name];
    const original = await uncarriedWorkbook(kind);
    const path = await fileOf(`carried-${name}`, original);
    const result = await jmp("apply", path);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(unzip(readFileSync(path)).get(kind.part)).toEqual(unzip(original).get(kind.part));
  });

  test.each(DRAWN_KINDS)("a workbook with a %s on a sheet it rewrites is saved with the drawing given back to the sheet, byte for byte", async (name) => {
    const kind = UNCARRIED_KINDS[name];
    const original = await onRewrittenSheet(kind);
    const path = await fileOf(`drawn-${name}`, original);
    const result = await jmp("apply", path);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const saved = readFileSync(path);
    const [before, after] = [unzip(original), unzip(saved)];
    for (const part of [...before.keys()].filter((n) => n.startsWith("xl/drawings/") || n.startsWith("xl/charts/"))) expect(after.get(part)).toEqual(before.get(part));
    // The rewritten sheet shows the drawing again: its <drawing> names a relationship to the same part.
    const sheet = after.get("xl/worksheets/sheet1.xml")?.toString("utf8") ?? "";
    const id = /<drawing [^>]*r:id="([^"]+)"/.exec(sheet)?.[1];
    expect(after.get("xl/worksheets/_rels/sheet1.xml.rels")?.toString("utf8")).toContain(`Id="${id}" Type="${REL}/drawing" Target="../drawings/drawing1.xml"`);
    expect(packageProblems(saved)).toEqual([]);
  });

  test("an image and a note, which ExcelJS carries, are kept without --force", async () => {
    const path = await fileOf(
      "image-and-note",
      edited(await uncarriedWorkbook({ feature: "", part: "", edits: {} }), (workbook) => {
        const data = workbook.getWorksheet("Data");
        if (!data) throw new Error("no sheet Data");
        data.getCell("A1").note = "checked by finance";
        const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082", "hex");
        data.addImage(workbook.addImage({ buffer: png, extension: "png" } as never), "C3:D5");
      }),
    );
    const result = await jmp("apply", path);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const saved = unzip(readFileSync(path));
    expect([...saved.keys()].some((n) => /^xl\/media\/image\d+\.png$/.test(n))).toBe(true);
    expect([...saved.entries()].some(([n, c]) => /^xl\/comments\d*\.xml$/.test(n) && c.toString("utf8").includes("checked by finance"))).toBe(true);
  });
});

describe("merge", () => {
  /** The sample plan with sparklines on its Settings sheet (sheet1, which merges rewrite) and a P-101 pack of it with one tactic described anew. */
  async function planAndPack(): Promise<{ plan: string; pack: string }> {
    const kind = UNCARRIED_KINDS.sparkline;
    const planBytes = withParts(await samplePlanBytes(), kind.edits);
    const pack = await packBytes(await samplePlanBytes(), "P-101");
    const filled = await edited(pack, (workbook) => {
      const tactics = workbook.getWorksheet("Tactics");
      if (!tactics) throw new Error("no Tactics sheet");
      const description = (tactics.getRow(1).values as unknown[]).indexOf("Description");
      tactics.getCell(2, description).value = "Rewritten by the partner";
    });
    return { plan: await fileOf("merge-plan", planBytes), pack: await fileOf("merge-pack", filled) };
  }

  test("refuses to write a plan holding sparklines on a sheet it rewrites, with one line; the dry run still previews", async () => {
    const { plan, pack } = await planAndPack();
    const before = readFileSync(plan);
    const dry = await jmp("merge", plan, pack, "--dry-run");
    expect(dry.stderr).toBe("");
    expect(dry.stdout).toContain("Rewritten by the partner");
    // The preview says the merge would be refused at its save, and why; exit 1, as something needs the user.
    expect(dry.stdout).toContain("Dry run: nothing written (0 rows added, 1 cell changed in 1 row without --dry-run).");
    expect(dry.stdout).toContain(`Without --dry-run this merge would be refused: ${plan} holds sparklines (on sheet "Settings": xl/worksheets/sheet1.xml), which saving with jmp would drop`);
    expect(dry.code).toBe(1);
    expect(JSON.parse((await jmp("merge", plan, pack, "--dry-run", "--json")).stdout).saveWouldDrop).toBe('sparklines (on sheet "Settings": xl/worksheets/sheet1.xml)');
    expect(JSON.parse((await jmp("merge", plan, pack, "--dry-run", "--json", "--force")).stdout).saveWouldDrop).toBeNull();
    const result = await jmp("merge", plan, pack);
    expect(result.code).toBe(3);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain('sparklines (on sheet "Settings": xl/worksheets/sheet1.xml)');
    expect(readFileSync(plan)).toEqual(before);
  });

  test("a pack whose every change is refused still saves (its JMP Log lines): its dry run says the save would be refused too", async () => {
    const { plan } = await planAndPack();
    const pack = await fileOf(
      "merge-pack-refused",
      await edited(await packBytes(await samplePlanBytes(), "P-101"), (workbook) => {
        const tactics = workbook.getWorksheet("Tactics")!;
        const header = tactics.getRow(1).values as unknown[];
        const row = Array.from({ length: tactics.rowCount }, (_, i) => i + 1).find((r) => tactics.getCell(r, 1).value === "T-26050")!;
        // T-26050 is Approved: its MDF requested is the vendor's decision, so the change is refused.
        tactics.getCell(row, header.indexOf("MDF requested")).value = 99_000;
      }),
    );
    const dry = await jmp("merge", plan, pack, "--dry-run");
    expect(dry.stdout).toContain("Without --dry-run this merge would be refused");
    expect(dry.code).toBe(1);
    expect((await jmp("merge", plan, pack)).code).toBe(3);
  });

  test("--force merges and says what was dropped", async () => {
    const { plan, pack } = await planAndPack();
    const result = await jmp("merge", plan, pack, "--force");
    expect(result.stderr).toContain(`jmp: --force: ${plan} is saved without sparklines (on sheet "Settings": xl/worksheets/sheet1.xml)`);
    expect(result.stdout).toMatch(/updated: 0 rows added, 1 cell changed in 1 row/);
    expect(unzip(readFileSync(plan)).get("xl/worksheets/sheet1.xml")?.toString("utf8")).not.toMatch(/sparkline/i);
  });
});
