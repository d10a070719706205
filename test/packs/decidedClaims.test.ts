/**
 * A claim the vendor has Approved or Paid is decided money: a pack changing its amount claimed,
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

test("a pack changing a Paid claim's amount claimed is refused and Paid stays as it was", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  await writeFile(plan, await samplePlanBytes());
  const paidBefore = analyze(await (await XlsxWorkbook.load(await readFile(plan))).readTables()).partners.find((p) => p.key === "P-101")!.figures.paid;
  const packed = join(dir, "p101.xlsx");
  expect((await jmp("pack", plan, "--partner", "P-101", "-o", packed)).code).toBe(0);
  const filled = join(dir, "filled.xlsx");
  await writeFile(
    filled,
    await edited(await readFile(packed), (wb) => {
      const claims = sheet(wb, "Claims");
      const status = column(claims, "Status");
      const claimed = column(claims, "Amount claimed");
      // Every Paid claim's Amount claimed goes up by 1,000.
      for (let r = 2; r <= claims.rowCount; r++) {
        if (claims.getCell(r, status).value !== "Paid") continue;
        const cell = claims.getCell(r, claimed);
        cell.value = Number(cell.value) + 1000;
      }
    }),
  );
  const result = JSON.parse((await jmp("merge", plan, filled, "--json")).stdout);
  expect(result.changed).toEqual([]);
  expect(result.refused.length).toBeGreaterThan(0);
  expect(result.refused.every((r: { reason: string; column: string }) => r.column === "Amount claimed" && r.reason === "the claim is Paid: the vendor has decided it, and a pack can no longer change it")).toBe(true);
  const paidAfter = analyze(await (await XlsxWorkbook.load(await readFile(plan))).readTables()).partners.find((p) => p.key === "P-101")!.figures.paid;
  expect(paidAfter).toBe(paidBefore);
});

test("a Submitted claim's amount is still the partner's to change", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  await writeFile(plan, await samplePlanBytes());
  const packed = join(dir, "p103.xlsx");
  expect((await jmp("pack", plan, "--partner", "P-103", "-o", packed)).code).toBe(0);
  const filled = join(dir, "filled.xlsx");
  await writeFile(
    filled,
    await edited(await readFile(packed), (wb) => {
      const claims = sheet(wb, "Claims");
      claims.getCell(rowOf(claims, "CL-048"), column(claims, "Status")).value = "Submitted";
      claims.getCell(rowOf(claims, "CL-048"), column(claims, "Amount claimed")).value = 1234.5;
    }),
  );
  const result = JSON.parse((await jmp("merge", plan, filled, "--json")).stdout);
  expect(result.changed).toEqual([expect.objectContaining({ id: "CL-048", columns: expect.arrayContaining([expect.objectContaining({ column: "Amount claimed", pack: 1234.5 })]) })]);
});
