/**
 * Issue 17 through `jmp`: a partner submits their Draft claim in a pack, edits an authorized
 * amount and a tactic's Status (both refused); the merge writes the claim, appends a line per
 * change to the plan's `JMP Log` sheet, and a second merge of the same pack refuses nothing
 * again and leaves the file as it was.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Workbook } from "exceljs";
import { LOG_HEADERS, LOG_SHEET } from "../../src/engine/merge";
import { column } from "./eurPack";
import { edited, excel, jmp, rowOf, samplePlanBytes, sheet, tempDir } from "./packHelpers";

/** The rows of the log sheet below its header, as arrays of values. */
function logRows(workbook: Workbook): unknown[][] {
  const log = sheet(workbook, LOG_SHEET);
  const rows: unknown[][] = [];
  for (let r = 1; r <= log.rowCount; r++) rows.push(LOG_HEADERS.map((_, c) => log.getCell(r, c + 1).value));
  return rows;
}

let dir: string;
let plan: string;
let pack: string;
beforeAll(async () => {
  dir = tempDir();
  plan = join(dir, "plan.xlsx");
  await writeFile(plan, await samplePlanBytes());
  const packed = join(dir, "pack.xlsx");
  expect((await jmp("pack", plan, "--partner", "P-103", "-o", packed)).code).toBe(0);
  const filled = await edited(await readFile(packed), (wb) => {
    const claims = sheet(wb, "Claims");
    claims.getCell(rowOf(claims, "CL-048"), 6).value = "Submitted";
    const allocations = sheet(wb, "Allocations");
    allocations.getCell(rowOf(allocations, "AL-011"), 4).value = 99_999;
  });
  pack = join(dir, "filled.xlsx");
  await writeFile(pack, filled);
});

test("the merge submits the claim, refuses the authorized amount and logs a line per change", async () => {
  const merged = await jmp("merge", plan, pack, "--json");
  expect(merged.code).toBe(1);
  const result = JSON.parse(merged.stdout);
  expect(result.changed).toEqual([expect.objectContaining({ table: "JmpClaims", id: "CL-048", columns: [{ column: "Status", plan: "Draft", pack: "Submitted" }] })]);
  expect(result.refused.map((r: { table: string; id: string; column?: string }) => `${r.table} ${r.id} ${r.column}`)).toEqual(["JmpAllocations AL-011 Amount"]);

  const workbook = await excel(new Uint8Array(await readFile(plan)));
  const claims = sheet(workbook, "Claims");
  expect(claims.getCell(rowOf(claims, "CL-048"), 6).value).toBe("Submitted");
  const rows = logRows(workbook);
  expect(rows[0]).toEqual([...LOG_HEADERS]);
  expect(rows.slice(1).map((r) => r.slice(1))).toEqual([
    ["P-103", result.pack.packedAt, "Claims", "CL-048", "Status", "Draft", "Submitted", "applied", null],
    ["P-103", result.pack.packedAt, "Allocations", "AL-011", "Amount", 10750, 99999, "refused", null],
  ]);
  expect(String(rows[1][0])).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  // Each column is as wide (in characters) as its longest text: the timestamps show whole.
  const log = sheet(workbook, LOG_SHEET);
  LOG_HEADERS.forEach((_, c) => expect(log.getColumn(c + 1).width ?? 0).toBeGreaterThanOrEqual(Math.max(...rows.map((r) => String(r[c] ?? "").length))));
});

test("a second merge of the same pack refuses nothing, names what was refused before, and writes nothing", async () => {
  const before = new Uint8Array(await readFile(plan));
  const again = await jmp("merge", plan, pack, "--json");
  expect(again.code).toBe(0);
  const result = JSON.parse(again.stdout);
  expect(result).toMatchObject({ applied: false, added: [], changed: [], conflicts: [], refused: [] });
  expect(result.refusedBefore.map((r: { id: string }) => r.id)).toEqual(["AL-011"]);
  expect(new Uint8Array(await readFile(plan))).toEqual(before);
});

test("a merge of another partner's pack appends its lines below the lines already logged", async () => {
  const logged = logRows(await excel(new Uint8Array(await readFile(plan))));
  const packed = join(dir, "p101.xlsx");
  expect((await jmp("pack", plan, "--partner", "P-101", "-o", packed)).code).toBe(0);
  const filled = await edited(await readFile(packed), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26078"), column(tactics, "MDF requested")).value = 7777;
  });
  const second = join(dir, "p101-filled.xlsx");
  await writeFile(second, filled);
  const merged = await jmp("merge", plan, second, "--json");
  expect(merged.code).toBeLessThan(3);
  const result = JSON.parse(merged.stdout);
  expect(result.changed.length).toBeGreaterThan(0);

  const rows = logRows(await excel(new Uint8Array(await readFile(plan))));
  expect(rows.slice(0, logged.length)).toEqual(logged);
  const added = rows.slice(logged.length);
  expect(added.length).toBe(result.changed.reduce((n: number, c: { columns: unknown[] }) => n + c.columns.length, 0));
  expect(added.every((r) => r[1] === "P-101" && r[8] === "applied")).toBe(true);
});

test("a new Draft claim the vendor then rejects is not asked for again when the same pack comes back: the log holds the Draft the first merge took", async () => {
  const own = join(tempDir(), "plan.xlsx");
  await writeFile(own, await samplePlanBytes());
  const packed = join(dir, "pack-new-claim.xlsx");
  expect((await jmp("pack", own, "--partner", "P-103", "-o", packed)).code).toBe(0);
  const filled = join(dir, "filled-new-claim.xlsx");
  await writeFile(
    filled,
    await edited(await readFile(packed), (wb) => {
      const claims = sheet(wb, "Claims");
      const at = rowOf(claims, "CL-048") + 1;
      ["CL-NEW-1", "T-26061", 750, null, new Date(Date.UTC(2026, 10, 25)), "Draft", null, "Invoice"].forEach((value, c) => (claims.getCell(at, c + 1).value = value as never));
    }),
  );
  expect(JSON.parse((await jmp("merge", own, filled, "--json")).stdout).added).toEqual([expect.objectContaining({ id: "CL-NEW-1" })]);
  await writeFile(own, await edited(await readFile(own), (wb) => void (sheet(wb, "Claims").getCell(rowOf(sheet(wb, "Claims"), "CL-NEW-1"), column(sheet(wb, "Claims"), "Status")).value = "Rejected")));
  const again = await jmp("merge", own, filled, "--json");
  expect(JSON.parse(again.stdout)).toMatchObject({ added: [], changed: [], conflicts: [], refused: [] });
  expect(again.code).toBe(0);
});
