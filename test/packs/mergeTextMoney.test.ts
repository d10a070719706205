/**
 * `jmp merge` prints a pack's amounts as the pane's preview does: money in the currency the
 * rows hold it in (€4,934.18 for a partner in euros, not 4934.18), in the changed cells and in
 * the refused ones; counts and text as they are.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { column, eurPlanBytes, filledEurPack } from "./eurPack";
import { edited, jmp, rowOf, sheet, tempDir } from "./packHelpers";

test("jmp merge --dry-run shows a partner in euros its amounts in euros, changed and refused", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const planBytes = await eurPlanBytes();
  await writeFile(plan, planBytes);
  const pack = await edited(await filledEurPack(planBytes), (wb) => {
    // An approved tactic's MDF requested is the vendor's decision: refused, and shown as money.
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26061"), column(tactics, "MDF requested")).value = "99.999,00 €";
  });
  await writeFile(join(dir, "filled.xlsx"), pack);
  const { stdout } = await jmp("merge", plan, join(dir, "filled.xlsx"), "--dry-run");
  expect(stdout).toMatch(/Tactics T-26013: MDF requested €\d{1,3}(,\d{3})*\.\d\d -> €4,934\.18/);
  expect(stdout).toMatch(/Tactics T-26061 MDF requested \(Tactics!\w+\): pack €99,999\.00, plan keeps €\d{1,3}(,\d{3})*\.\d\d \(/);
});
