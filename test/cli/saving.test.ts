import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { WorkbookFiles } from "../../src/cli/workbookFiles";
import { cleanPlan, workbook } from "../helpers/tables";
import { memoryFiles } from "./memoryFiles";
import { jmp, tempDir } from "./planWorkbook";

/** Files whose workbooks fail half way through saving, after writing some bytes. */
function failingSave(path: string): WorkbookFiles {
  const files = memoryFiles({ [path]: workbook(cleanPlan()) });
  return {
    create: files.create,
    open: async (p) => ({
      ...(await files.open(p)),
      saveAs: async (target: string) => {
        await writeFile(target, "half a workbook");
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${target}'`), { code: "ENOSPC", path: target });
      },
    }),
  };
}

test("a save that fails half way leaves the original workbook and no stray file", async () => {
  const dir = tempDir();
  const path = join(dir, "plan.xlsx");
  writeFileSync(path, "the user's original bytes");

  const { code, stdout, stderr } = await jmp(["apply", path], { files: failingSave(path) });
  expect(code).toBe(3);
  expect(stdout).toBe("");
  expect(stderr).toBe(`jmp: ${path}: no space left on the device\n`);
  expect(readFileSync(path, "utf8")).toBe("the user's original bytes");
  expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
});

test("a successful apply replaces the file and records the refreshed results", async () => {
  const dir = tempDir();
  const path = join(dir, "plan.xlsx");
  writeFileSync(path, "old");
  const files = memoryFiles({ [path]: workbook(cleanPlan()) });
  const { code, stdout } = await jmp(["apply", path], { files });
  expect(code).toBe(0);
  expect(stdout).toContain("already has template v3, nothing to add");
  expect(readFileSync(path, "utf8")).toBe("saved");
  expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  // The Dashboard and Issues were rebuilt from the file's plan before it was saved.
  const written = [...files.results.values()];
  expect(written).toHaveLength(1);
  expect(written[0].totals.requested).toBe(1_700_000);
});
