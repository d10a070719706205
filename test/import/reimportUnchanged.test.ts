/**
 * `jmp import --into` the plan a tracker made: a row an earlier import made counts as updated
 * only when one of its cells changes. The unchanged tracker again changes nothing, says so and
 * exits 0 (its remarks were made when the rows were written); a tracker with one changed cell
 * updates that row only and repeats the remarks of that row only.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleTrackerWorkbook } from "../../src/workbook/xlsx/sampleTracker";
import { SAMPLE_TRACKER_SHEET } from "../../src/model/sample/sampleTracker";
import { jmp, tempDir } from "../cli/planWorkbook";
import { parseJson } from "./acceptance";

async function firstImport(): Promise<{ tracker: string; plan: string }> {
  const dir = tempDir();
  const tracker = join(dir, "tracker.xlsx");
  writeFileSync(tracker, await sampleTrackerWorkbook().toBuffer());
  const plan = join(dir, "plan.xlsx");
  const first = await jmp(["import", tracker, "-o", plan]);
  expect(first.stderr).toBe("");
  return { tracker, plan };
}

test("the unchanged tracker imported into its plan again: nothing changed, nothing to review, exit 0", async () => {
  const { tracker, plan } = await firstImport();
  const again = await jmp(["import", tracker, "--into", plan]);
  expect(again.stderr).toBe("");
  expect(again.stdout.split("\n")[1]).toBe("  Nothing changed: the plan already holds the tracker's 8 tactics, 7 allocations, 5 claims and 9 outcomes as they are.");
  expect(again.stdout).not.toMatch(/updated|To review/);
  expect(again.code).toBe(0);

  const json = parseJson((await jmp(["import", tracker, "--into", plan, "--dry-run", "--json"])).stdout);
  expect(json?.counts).toEqual({
    JmpTactics: { added: 0, updated: 0, unchanged: 8 },
    JmpAllocations: { added: 0, updated: 0, unchanged: 7 },
    JmpClaims: { added: 0, updated: 0, unchanged: 5 },
    JmpOutcomes: { added: 0, updated: 0, unchanged: 9 },
  });
});

test("one changed cell updates its row only, and only that row's remarks are listed again", async () => {
  const { tracker, plan } = await firstImport();
  const changed = sampleTrackerWorkbook();
  const sheet = changed.workbook.getWorksheet(SAMPLE_TRACKER_SHEET);
  if (!sheet) throw new Error("no tracker sheet");
  // The roadshow (row 6, its type "Field event" read as Event) costs 2,000 more; the total follows.
  sheet.getCell("I6").value = 32000;
  sheet.getCell("I14").value = 141000;
  writeFileSync(tracker, await changed.toBuffer());

  const preview = await jmp(["import", tracker, "--into", plan, "--dry-run"]);
  expect(preview.stdout.split("\n")[1]).toBe("  0 tactics (+1 updated); unchanged: 7 tactics, 7 allocations, 5 claims, 9 outcomes.");
  const again = await jmp(["import", tracker, "--into", plan, "--json"]);
  expect(again.stderr).toBe("");
  const json = parseJson(again.stdout);
  expect(json?.counts).toEqual({
    JmpTactics: { added: 0, updated: 1, unchanged: 7 },
    JmpAllocations: { added: 0, updated: 0, unchanged: 7 },
    JmpClaims: { added: 0, updated: 0, unchanged: 5 },
    JmpOutcomes: { added: 0, updated: 0, unchanged: 9 },
  });
  expect(json?.review).toEqual([{ kind: "valueMapped", message: 'Type "Field event" read as Event', rows: [6] }]);
  expect(again.code).toBe(1);
});
