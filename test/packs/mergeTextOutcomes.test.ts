/**
 * `jmp merge` words an outcome's Value by the row's Metric, as the row reads once merged (the
 * pack's Metric where the pack changes it, else the plan's): money in the partner's currency for
 * Revenue and Pipeline ($60,000.00, €60,000.00 for a partner in euros), a count for
 * Opportunities, Leads and Deals (1,250). The JSON keeps the values as they are.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Workbook } from "exceljs";
import { column, eurPlanBytes } from "./eurPack";
import { edited, jmp, packBytes, rowOf, samplePlanBytes, sheet, tempDir } from "./packHelpers";

/** Sets `values` (by header) on the outcome `id` of a pack's Outcomes sheet. */
function setOutcome(wb: Workbook, id: string, values: Readonly<Record<string, unknown>>): void {
  const outcomes = sheet(wb, "Outcomes");
  for (const [header, value] of Object.entries(values)) outcomes.getCell(rowOf(outcomes, id), column(outcomes, header)).value = value as never;
}

/**
 * What `jmp merge --dry-run` prints (the JSON with `--json`) for P-103's pack of `planBytes`
 * filled by `edit`, into the plan as `planBytes` or, when given, `planSince` (changed since packing).
 */
async function dryRun(planBytes: Uint8Array, edit: (wb: Workbook) => void, flags: readonly string[] = [], planSince = planBytes): Promise<string> {
  const dir = tempDir();
  await writeFile(join(dir, "plan.xlsx"), planSince);
  await writeFile(join(dir, "filled.xlsx"), await edited(await packBytes(planBytes, "P-103"), edit));
  return (await jmp("merge", join(dir, "plan.xlsx"), join(dir, "filled.xlsx"), "--dry-run", ...flags)).stdout;
}

test("a changed Revenue or Pipeline Value prints as dollars, a Leads or Deals Value as a count", async () => {
  const stdout = await dryRun(await samplePlanBytes(), (wb) => {
    setOutcome(wb, "OC-001", { Value: 60000 }); // Revenue 57,300
    setOutcome(wb, "OC-029", { Value: 270000 }); // Pipeline 268,500
    setOutcome(wb, "OC-078", { Value: 1250 }); // Leads 271
    setOutcome(wb, "OC-010", { Value: 15 }); // Deals 14
  });
  expect(stdout).toContain("Outcomes OC-001: Value $57,300.00 -> $60,000.00");
  expect(stdout).toContain("Outcomes OC-029: Value $268,500.00 -> $270,000.00");
  expect(stdout).toContain("Outcomes OC-078: Value 271 -> 1,250");
  expect(stdout).toContain("Outcomes OC-010: Value 14 -> 15");
});

test("a Metric the pack changes decides the Value's words, both old and new", async () => {
  const stdout = await dryRun(await samplePlanBytes(), (wb) => {
    setOutcome(wb, "OC-010", { Metric: "Revenue", Value: 14000 }); // Deals 14
    setOutcome(wb, "OC-001", { Metric: "Opportunities", Value: 3 }); // Revenue 57,300
  });
  expect(stdout).toContain('Outcomes OC-010: Metric "Deals" -> "Revenue"; Value $14.00 -> $14,000.00');
  expect(stdout).toContain('Outcomes OC-001: Metric "Revenue" -> "Opportunities"; Value 57,300 -> 3');
});

test("a partner in euros: its changed Revenue Value prints as euros, and the JSON keeps the numbers", async () => {
  const plan = await eurPlanBytes();
  const edit = (wb: Workbook): void => setOutcome(wb, "OC-001", { Value: 60000 });
  expect(await dryRun(plan, edit)).toContain("Outcomes OC-001: Value €57,300.00 -> €60,000.00");
  const json = JSON.parse(await dryRun(plan, edit, ["--json"]));
  expect(json.changed).toEqual([{ table: "JmpOutcomes", id: "OC-001", planRow: expect.any(Number), packRow: expect.any(Number), columns: [{ column: "Value", plan: 57300, pack: 60000 }] }]);
});

test("an outcome in conflict names both sides' Values as money for Revenue", async () => {
  const plan = await samplePlanBytes();
  const planSince = await edited(plan, (wb) => setOutcome(wb, "OC-001", { Value: 58000 }));
  const stdout = await dryRun(plan, (wb) => setOutcome(wb, "OC-001", { Value: 60000 }), [], planSince);
  expect(stdout).toMatch(/Outcomes OC-001: .*: Value \(Outcomes!\w+\): plan has \$58,000\.00, pack has \$60,000\.00 \(both changed it since packing\)/);
});
