/**
 * A tactic the vendor has Approved or Completed was approved for a scope: its initiative, type,
 * dates, total cost and MDF requested. A pack changing those is refused (the partner asks the
 * vendor), and the pack shows those cells locked; the description and the expected results stay
 * the partner's. A tactic still to be decided is the partner's to change.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CellValue, Worksheet } from "exceljs";
import { edited, excel, jmp, packBytes, rowOf, samplePlanBytes, sheet, tempDir } from "./packHelpers";

function column(ws: Worksheet, header: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(1, c).value === header) return c;
  throw new Error(`no column ${header} on ${ws.name}`);
}

/** Sets tactic `id`'s cells by header. */
function setTactic(ws: Worksheet, id: string, values: Record<string, CellValue>): void {
  for (const [header, value] of Object.entries(values)) ws.getCell(rowOf(ws, id), column(ws, header)).value = value;
}

interface MergeJson {
  readonly changed: { id: string; columns: { column: string; pack: unknown }[] }[];
  readonly refused: { id: string; column: string; reason: string }[];
}

/** P-101's pack of the sample plan, edited by `edit`, merged (as `--json`) into the plan after `vendor` edited it. */
async function merged(edit: (tactics: Worksheet) => void, vendor?: (tactics: Worksheet) => void): Promise<{ code: number; json: MergeJson; plan: string }> {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  await writeFile(plan, await samplePlanBytes());
  const packed = join(dir, "pack.xlsx");
  expect((await jmp("pack", plan, "--partner", "P-101", "-o", packed)).code).toBe(0);
  if (vendor) await writeFile(plan, await edited(await readFile(plan), (wb) => vendor(sheet(wb, "Tactics"))));
  const filled = join(dir, "filled.xlsx");
  await writeFile(filled, await edited(await readFile(packed), (wb) => edit(sheet(wb, "Tactics"))));
  const run = await jmp("merge", plan, filled, "--json");
  return { code: run.code, json: JSON.parse(run.stdout) as MergeJson, plan };
}

test("an approved tactic's MDF requested and dates are refused; its description and expected revenue are taken", async () => {
  const { code, json, plan } = await merged((tactics) => {
    setTactic(tactics, "T-26050", { "MDF requested": 99_000, Description: "Two-day summit", "Expected revenue": 250_000 });
    setTactic(tactics, "T-26049", { End: new Date(Date.UTC(2026, 11, 31)) });
  });
  expect(code).toBe(1);
  expect(json.refused).toEqual([
    expect.objectContaining({ id: "T-26049", column: "End", reason: "the tactic is Completed: its End is what the vendor approved; ask the vendor to change it" }),
    expect.objectContaining({ id: "T-26050", column: "MDF requested", reason: "the tactic is Approved: its MDF requested is what the vendor approved; ask the vendor to change it" }),
  ]);
  expect(json.changed).toEqual([expect.objectContaining({ id: "T-26050", columns: [expect.objectContaining({ column: "Description" }), expect.objectContaining({ column: "Expected revenue", pack: 250_000 })] })]);
  const tactics = sheet(await excel(new Uint8Array(await readFile(plan))), "Tactics");
  const original = sheet(await excel(await samplePlanBytes()), "Tactics");
  const mdf = column(tactics, "MDF requested");
  expect(tactics.getCell(rowOf(tactics, "T-26050"), mdf).value).toBe(original.getCell(rowOf(original, "T-26050"), mdf).value);
});

test("a Draft tactic's MDF requested is the partner's to change", async () => {
  const { code, json } = await merged((tactics) => setTactic(tactics, "T-26078", { "MDF requested": 4_321 }));
  expect(code).toBe(0);
  expect(json.refused).toEqual([]);
  expect(json.changed).toEqual([expect.objectContaining({ id: "T-26078", columns: [expect.objectContaining({ column: "MDF requested", pack: 4_321 })] })]);
});

test("a tactic the vendor approved after packing is locked from then on: the pack's change to its request is refused", async () => {
  const { json } = await merged(
    (tactics) => setTactic(tactics, "T-26078", { "MDF requested": 4_321 }),
    (tactics) => setTactic(tactics, "T-26078", { Status: "Approved" }),
  );
  expect(json.changed).toEqual([]);
  expect(json.refused).toEqual([expect.objectContaining({ id: "T-26078", column: "MDF requested", reason: expect.stringMatching(/^the tactic is Approved/) })]);
});

test("the pack shows an approved tactic's scope and a decided claim's cells locked and shaded; the rest stays open", async () => {
  const pack = await excel(await packBytes(await samplePlanBytes(), "P-101"));
  const tactics = sheet(pack, "Tactics");
  const locked = (ws: Worksheet, row: number, header: string): boolean => ws.getCell(row, column(ws, header)).protection?.locked !== false;
  const approved = rowOf(tactics, "T-26050");
  const draft = rowOf(tactics, "T-26078");
  const scope = ["Initiative ID", "Tactic type", "Start", "End", "Total cost", "MDF requested"];
  expect(scope.map((h) => locked(tactics, approved, h))).toEqual(scope.map(() => true));
  expect(tactics.getCell(approved, column(tactics, "MDF requested")).fill).toMatchObject({ type: "pattern", pattern: "solid" });
  expect(["Description", "Expected pipeline", "Expected revenue"].map((h) => locked(tactics, approved, h))).toEqual([false, false, false]);
  expect(scope.map((h) => locked(tactics, draft, h))).toEqual(scope.map(() => false));
  const claims = sheet(pack, "Claims");
  const status = column(claims, "Status");
  const paid = Array.from({ length: claims.rowCount - 1 }, (_, i) => i + 2).find((r) => claims.getCell(r, status).value === "Paid")!;
  expect(locked(claims, paid, "Amount claimed")).toBe(true);
});
