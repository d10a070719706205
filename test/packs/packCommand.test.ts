/**
 * `jmp pack` from the command line: it names what it wrote (the rows of every table the pack
 * holds), finds the partner by ID or name, and never overwrites a file or runs on a partner the
 * plan does not have.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { jmp, samplePlanBytes, tempDir } from "./packHelpers";

async function planFile(): Promise<{ dir: string; plan: string }> {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  await writeFile(plan, await samplePlanBytes());
  return { dir, plan };
}

test("pack writes the partner's pack, found by name, and says what is in it", async () => {
  const { dir, plan } = await planFile();
  const result = await jmp("pack", plan, "--partner", "northwind systems", "-o", join(dir, "nw.xlsx"));
  expect(result).toMatchObject({ code: 0, stderr: "" });
  expect(result.stdout).toMatch(/for partner P-103 Northwind Systems:\n {2}3 Joint Plan rows, 10 tactics, 7 claims and 15 outcomes to fill in; 7 allocations and 5 initiatives for reference\./);
  // Each count is the rows of its table in the pack, the read-only allocations among them.
  const tables = await (await XlsxWorkbook.load(await readFile(join(dir, "nw.xlsx")))).readTables();
  const rows = (name: string) => tables.find((t) => t.name === name)?.rows.filter((r) => r.some((v) => v !== null && v !== "")).length;
  expect(["JmpJointPlan", "JmpTactics", "JmpClaims", "JmpOutcomes", "JmpAllocations", "JmpInitiatives"].map(rows)).toEqual([3, 10, 7, 15, 7, 5]);
});

test("pack never overwrites a file and refuses an unknown partner with one line", async () => {
  const { dir, plan } = await planFile();
  const existing = join(dir, "taken.xlsx");
  await writeFile(existing, "keep me");
  const taken = await jmp("pack", plan, "--partner", "P-103", "-o", existing);
  expect(taken.code).toBe(3);
  expect(taken.stderr).toMatch(/taken\.xlsx already exists/);
  expect(await readFile(existing, "utf8")).toBe("keep me");

  const unknown = await jmp("pack", plan, "--partner", "P-999", "-o", join(dir, "x.xlsx"));
  expect(unknown.code).toBe(3);
  expect(unknown.stderr).toBe('jmp: unknown partner "P-999" (known: P-101, P-102, P-103, P-104, P-105, P-106, P-107, P-108, ...)\n');

  expect((await jmp("pack", plan, "--partner", "P-103")).stderr).toMatch(/missing -o PACK\.xlsx/);
  expect((await jmp("pack", plan, "--partner", "P-103", "-o", plan)).stderr).toMatch(/cannot replace the plan/);
});
