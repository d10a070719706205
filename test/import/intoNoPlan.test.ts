/**
 * `jmp import --into` a workbook that holds no JMP table (a copy of the tracker, say) is refused
 * with one line and exit 3, the workbook left as it was, as `report` refuses such a workbook;
 * a plan with no rows yet (`jmp init`) still takes the import.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { jmp, tempDir } from "../cli/planWorkbook";
import { writeWorkbook } from "./acceptance";
import { cleanPartnerTracker } from "./layouts/cleanPartnerTracker";

test.each([[[]], [["--dry-run"]]])("--into a copy of the tracker %j: exit 3, one line, the copy unchanged", async (extra: string[]) => {
  const dir = tempDir();
  const tracker = join(dir, "tracker.xlsx");
  await writeWorkbook(cleanPartnerTracker.build(), tracker);
  const copy = join(dir, "copy.xlsx");
  copyFileSync(tracker, copy);
  const before = readFileSync(copy);
  const result = await jmp(["import", tracker, "--into", copy, ...extra]);
  expect(result).toEqual({ code: 3, stdout: "", stderr: `jmp: ${copy} holds no plan: import without --into to make one\n` });
  expect(readFileSync(copy).equals(before)).toBe(true);
});

test("--into a new plan with no rows yet (jmp init) imports", async () => {
  const dir = tempDir();
  const tracker = join(dir, "tracker.xlsx");
  await writeWorkbook(cleanPartnerTracker.build(), tracker);
  const plan = join(dir, "plan.xlsx");
  expect((await jmp(["init", plan])).code).toBe(0);
  expect([0, 1]).toContain((await jmp(["import", tracker, "--into", plan])).code);
});
