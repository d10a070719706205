/**
 * Both sides edit after the pack is made: the vendor rewrites a tactic's description in the plan
 * and the partner rewrites it in the pack. The merge lists the conflict with both values, keeps
 * the vendor's text, and still applies the partner's other edits.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { edited, excel, jmp, packBytes, rowOf, samplePlanBytes, sheet, tempDir } from "./packHelpers";

test("a row changed on both sides is a conflict: listed, not applied; other rows merge", async () => {
  const dir = tempDir();
  const sample = await samplePlanBytes();
  const pack = join(dir, "pack.xlsx");
  let goneId = "";
  await writeFile(
    pack,
    await edited(await packBytes(sample, "P-103"), (wb) => {
      const tactics = sheet(wb, "Tactics");
      tactics.getCell(rowOf(tactics, "T-26013"), 5).value = "Partner: Atlanta briefing, two days";
      tactics.getCell(rowOf(tactics, "T-26017"), 9).value = 4500;
      const outcomes = sheet(wb, "Outcomes");
      // The partner clears an outcome row: the plan keeps it.
      const gone = outcomes.getRow(2);
      goneId = String(gone.getCell(1).value);
      for (let c = 1; c <= 8; c++) gone.getCell(c).value = null;
    }),
  );
  const plan = join(dir, "plan.xlsx");
  await writeFile(
    plan,
    await edited(sample, (wb) => {
      const tactics = sheet(wb, "Tactics");
      tactics.getCell(rowOf(tactics, "T-26013"), 5).value = "Vendor: Atlanta executive briefing";
    }),
  );

  const preview = await jmp("merge", plan, pack, "--dry-run", "--json");
  expect(preview.code).toBe(1);
  const json = JSON.parse(preview.stdout);
  expect(json.conflicts).toEqual([
    {
      table: "JmpTactics",
      id: "T-26013",
      planRow: 14,
      packRow: 2,
      reason: "changed in the plan and in the pack since the pack was made",
      columns: [{ column: "Description", plan: "Vendor: Atlanta executive briefing", pack: "Partner: Atlanta briefing, two days", changedIn: "both" }],
    },
  ]);
  expect(json.changed).toEqual([expect.objectContaining({ id: "T-26017", columns: [{ column: "MDF requested", plan: expect.any(Number), pack: 4500 }] })]);
  expect(json.kept).toEqual([{ table: "JmpOutcomes", id: goneId, planRow: expect.any(Number) }]);

  const text = await jmp("merge", plan, pack);
  expect(text.code).toBe(1);
  expect(text.stdout).toMatch(/Conflicts \(not applied\): 1\n {2}Tactics T-26013: changed in the plan and in the pack/);
  const merged = await excel(await readFile(plan));
  const tactics = sheet(merged, "Tactics");
  expect(tactics.getCell(rowOf(tactics, "T-26013"), 5).value).toBe("Vendor: Atlanta executive briefing");
  expect(tactics.getCell(rowOf(tactics, "T-26017"), 9).value).toBe(4500);
  expect(rowOf(sheet(merged, "Outcomes"), goneId)).toBeGreaterThan(1);
});
