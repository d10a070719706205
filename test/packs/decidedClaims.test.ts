/**
 * A claim the vendor has Approved, Paid or Rejected is decided: a pack changing its amount claimed,
 * its dates or its proof is refused, so the Paid and Spend figures cannot move after payment
 * through a partner's pack. A Draft or Submitted claim's cells stay the partner's.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Worksheet } from "exceljs";
import { analyze } from "../../src/engine";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { edited, jmp, rowOf, samplePlanBytes, sheet, tempDir } from "./packHelpers";

function column(ws: Worksheet, header: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(1, c).value === header) return c;
  throw new Error(`no column ${header} on ${ws.name}`);
}

/** The sample plan in a new folder, and the merge (as JSON) of `partner`'s pack after `edit`. */
async function mergedPack(partner: string, edit: (claims: Worksheet) => void): Promise<{ plan: string; result: { changed: unknown[]; refused: { reason: string; column: string }[] } }> {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  await writeFile(plan, await samplePlanBytes());
  const packed = join(dir, "pack.xlsx");
  expect((await jmp("pack", plan, "--partner", partner, "-o", packed)).code).toBe(0);
  const filled = join(dir, "filled.xlsx");
  await writeFile(filled, await edited(await readFile(packed), (wb) => edit(sheet(wb, "Claims"))));
  return { plan, result: JSON.parse((await jmp("merge", plan, filled, "--json")).stdout) };
}

/** P-101's Paid figure in a plan file's bytes. */
const paidOf = async (bytes: Uint8Array) => analyze(await (await XlsxWorkbook.load(bytes)).readTables()).partners.find((p) => p.key === "P-101")!.figures.paid;

test("a pack changing a Paid claim's amount claimed is refused and Paid stays as it was", async () => {
  const { plan, result } = await mergedPack("P-101", (claims) => {
    const status = column(claims, "Status");
    const claimed = column(claims, "Amount claimed");
    // Every Paid claim's Amount claimed goes up by 1,000.
    for (let r = 2; r <= claims.rowCount; r++) {
      if (claims.getCell(r, status).value !== "Paid") continue;
      const cell = claims.getCell(r, claimed);
      cell.value = Number(cell.value) + 1000;
    }
  });
  expect(result.changed).toEqual([]);
  expect(result.refused.length).toBeGreaterThan(0);
  expect(result.refused.every((r) => r.column === "Amount claimed" && r.reason === "the claim is Paid: the vendor has decided it, and a pack can no longer change it")).toBe(true);
  expect(await paidOf(new Uint8Array(await readFile(plan)))).toBe(await paidOf(await samplePlanBytes()));
});

test("a Submitted claim's amount is still the partner's to change", async () => {
  const { result } = await mergedPack("P-103", (claims) => {
    claims.getCell(rowOf(claims, "CL-048"), column(claims, "Status")).value = "Submitted";
    claims.getCell(rowOf(claims, "CL-048"), column(claims, "Amount claimed")).value = 1234.5;
  });
  expect(result.changed).toEqual([expect.objectContaining({ id: "CL-048", columns: expect.arrayContaining([expect.objectContaining({ column: "Amount claimed", pack: 1234.5 })]) })]);
});

test("a claim the vendor rejected after packing is decided too: the partner's new amount on it is refused, not applied to a claim no one will review", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  await writeFile(plan, await samplePlanBytes());
  const packed = join(dir, "pack.xlsx");
  expect((await jmp("pack", plan, "--partner", "P-103", "-o", packed)).code).toBe(0);
  await writeFile(plan, await edited(await readFile(plan), (wb) => void (sheet(wb, "Claims").getCell(rowOf(sheet(wb, "Claims"), "CL-048"), column(sheet(wb, "Claims"), "Status")).value = "Rejected")));
  const filled = join(dir, "filled.xlsx");
  await writeFile(filled, await edited(await readFile(packed), (wb) => void (sheet(wb, "Claims").getCell(rowOf(sheet(wb, "Claims"), "CL-048"), column(sheet(wb, "Claims"), "Amount claimed")).value = 1234.5)));
  const merged = await jmp("merge", plan, filled, "--json");
  expect(merged.code).toBe(1);
  const result = JSON.parse(merged.stdout) as { changed: unknown[]; refused: { id: string; column: string; reason: string }[] };
  expect(result.changed).toEqual([]);
  expect(result.refused).toEqual([expect.objectContaining({ id: "CL-048", column: "Amount claimed", reason: "the claim is Rejected: the vendor has decided it, and a pack can no longer change it" })]);
});
