/**
 * Both sides edit after the pack is made: the vendor rewrites a tactic's description in the plan
 * and the partner rewrites it in the pack. The merge lists the conflict with both values, keeps
 * the vendor's text, and still applies the partner's other edits.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { previewRows } from "../../src/taskpane/partners/previewRows";
import { prepareMerge } from "../../src/workbook/packs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
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
      tactics.getCell(rowOf(tactics, "T-26069"), 9).value = 4500;
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
      columns: [{ column: "Description", plan: "Vendor: Atlanta executive briefing", pack: "Partner: Atlanta briefing, two days", changedIn: "both", packRef: "Tactics!E2" }],
      packRef: "Tactics!A2:L2",
    },
  ]);
  expect(json.changed).toEqual([expect.objectContaining({ id: "T-26069", columns: [{ column: "MDF requested", plan: expect.any(Number), pack: 4500 }] })]);
  expect(json.kept).toEqual([{ table: "JmpOutcomes", id: goneId, planRow: expect.any(Number) }]);

  const text = await jmp("merge", plan, pack);
  expect(text.code).toBe(1);
  expect(text.stdout).toMatch(/Conflicts \(not applied\): 1\n {2}Tactics T-26013: changed in the plan and in the pack/);
  expect(text.stdout).toContain('Description (Tactics!E2): plan has "Vendor: Atlanta executive briefing", pack has "Partner: Atlanta briefing, two days" (both changed it since packing)');
  const merged = await excel(await readFile(plan));
  const tactics = sheet(merged, "Tactics");
  expect(tactics.getCell(rowOf(tactics, "T-26013"), 5).value).toBe("Vendor: Atlanta executive briefing");
  expect(tactics.getCell(rowOf(tactics, "T-26069"), 9).value).toBe(4500);
  expect(rowOf(sheet(merged, "Outcomes"), goneId)).toBeGreaterThan(1);
});

test("a conflict names which value is the plan's and which the pack's, and which side changed it (CLI and pane)", async () => {
  const dir = tempDir();
  const sample = await samplePlanBytes();
  // The partner changes the cost, the vendor the description: the row conflicts on both cells.
  const pack = await edited(await packBytes(sample, "P-103"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26013"), 8).value = 12345;
  });
  const planBytes = await edited(sample, (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26013"), 5).value = "Vendor renamed briefing";
  });
  const plan = join(dir, "plan.xlsx");
  await writeFile(plan, planBytes);
  await writeFile(join(dir, "pack.xlsx"), pack);
  const text = (await jmp("merge", plan, join(dir, "pack.xlsx"), "--dry-run")).stdout;
  const line = text.split("\n").find((l) => l.includes("Tactics T-26013"));
  // Each cell names where the partner typed it in the pack.
  expect(line).toMatch(/Total cost \(Tactics!H2\): plan has \$\d{1,3}(,\d{3})*\.\d\d, pack has \$12,345\.00 \(the pack changed it since packing\)/);
  expect(line).toMatch(/Description \(Tactics!E2\): plan has "Vendor renamed briefing", pack has "[^"]+" \(the plan changed it since packing\)/);
  expect(line).not.toContain("->");

  const prepared = await prepareMerge(await XlsxWorkbook.load(planBytes), await XlsxWorkbook.load(pack), "pack.xlsx");
  const [row] = previewRows(prepared.merge, "conflicts");
  expect(row.detail).toMatch(/Description \(Tactics!E2\): plan has "Vendor renamed briefing", pack has "[^"]+" \(the plan changed it since packing\)/);
  // A change the merge applies still reads plan -> pack.
  const changed = await prepareMerge(await XlsxWorkbook.load(sample), await XlsxWorkbook.load(pack), "pack.xlsx");
  expect(previewRows(changed.merge, "changed")[0].detail).toMatch(/^Total cost: \d+ → 12345$/);
});
