/**
 * Never lose what the user has: a workbook holding parts that saving through ExcelJS drops
 * (charts, pivot tables, threaded comments, macros, custom XML, slicers, shapes, sparklines...)
 * is refused by `apply` and `merge` with one line naming the feature and its part, and left as it
 * was; `--force` saves it and says on stderr what is dropped. The forced saves also check that
 * ExcelJS really drops each kind: when a writer learns to carry one, that test fails and the
 * kind leaves `partsWriterCannotCarry`. Images and notes, which ExcelJS carries, are not refused.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withParts } from "../hardening/hostileParts";
import { unzip } from "../workbook/xlsx/zipFiles";
import { edited, jmp, packBytes, samplePlanBytes, tempDir } from "../packs/packHelpers";
import { UNCARRIED_KINDS, uncarriedWorkbook } from "./uncarriedFixtures";

const dir = tempDir();
const KINDS = Object.keys(UNCARRIED_KINDS);
/** What each kind leaves in a part ExcelJS keeps (the sheet), when the part itself stays. */
const TRACES: Record<string, RegExp> = { sparkline: /sparkline/i, "list validation from another sheet": /x14:dataValidation|Lists!/ };

async function fileOf(name: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<string> {
  const path = join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
  writeFileSync(path, await bytes);
  return path;
}

describe("apply", () => {
  test.each(KINDS)("refuses a workbook with a %s: one line naming it, exit 3, the file unchanged", async (name) => {
    const kind = UNCARRIED_KINDS[name];
    const path = await fileOf(`refused-${name}`, uncarriedWorkbook(kind));
    const before = readFileSync(path);
    const result = await jmp("apply", path);
    expect(result.code).toBe(3);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(`holds ${kind.feature} (`);
    expect(result.stderr).toContain(kind.part);
    expect(result.stderr).toMatch(/nothing was saved \(--force saves without them/);
    expect(readFileSync(path)).toEqual(before);
  });

  test.each(KINDS)("--force saves a workbook with a %s and says what was dropped (ExcelJS drops it)", async (name) => {
    const kind = UNCARRIED_KINDS[name];
    const path = await fileOf(`forced-${name}`, uncarriedWorkbook(kind));
    const result = await jmp("apply", path, "--force");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`jmp: --force: ${path} is saved without ${kind.feature} (`);
    expect(result.stderr).toContain(kind.part);
    expect(result.stdout).toContain("template v2 applied");
    const saved = unzip(readFileSync(path));
    const trace = TRACES[name];
    if (trace) expect(saved.get(kind.part)?.toString("utf8")).not.toMatch(trace);
    else expect(saved.has(kind.part)).toBe(false);
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
  /** The sample plan with custom XML (a document library's metadata) and a P-101 pack of it with one tactic described anew. */
  async function planAndPack(): Promise<{ plan: string; pack: string }> {
    const kind = UNCARRIED_KINDS["custom XML"];
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

  test("refuses to write a plan holding custom XML, with one line; the dry run still previews", async () => {
    const { plan, pack } = await planAndPack();
    const before = readFileSync(plan);
    const dry = await jmp("merge", plan, pack, "--dry-run");
    expect(dry.stderr).toBe("");
    expect(dry.stdout).toContain("Rewritten by the partner");
    const result = await jmp("merge", plan, pack);
    expect(result.code).toBe(3);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("custom XML (customXml/item1.xml)");
    expect(readFileSync(plan)).toEqual(before);
  });

  test("--force merges and says what was dropped", async () => {
    const { plan, pack } = await planAndPack();
    const result = await jmp("merge", plan, pack, "--force");
    expect(result.stderr).toContain(`jmp: --force: ${plan} is saved without custom XML (customXml/item1.xml)`);
    expect(result.stdout).toMatch(/updated: 0 rows added, 1 cell changed in 1 row/);
    expect(unzip(readFileSync(plan)).has("customXml/item1.xml")).toBe(false);
  });
});
