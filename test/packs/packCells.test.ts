/**
 * How a pack's cells are taken, through real files: a new row's blank cells, however the file
 * wrote them, arrive as blank cells.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Worksheet } from "exceljs";
import { edited, excel, jmp, packBytes, rowOf, samplePlanBytes, sheet, tempDir } from "./packHelpers";

/** The column of a header on a sheet's first row. */
function column(ws: Worksheet, header: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(1, c).value === header) return c;
  throw new Error(`no column ${header} on ${ws.name}`);
}

async function planAndPack(edit: (pack: { tactics: Worksheet; claims: Worksheet }) => void): Promise<{ plan: string; pack: string }> {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const pack = join(dir, "pack.xlsx");
  await writeFile(plan, await samplePlanBytes());
  await writeFile(pack, await edited(await packBytes(await samplePlanBytes(), "P-103"), (wb) => edit({ tactics: sheet(wb, "Tactics"), claims: sheet(wb, "Claims") })));
  return { plan, pack };
}

async function planSheet(path: string, name: string): Promise<Worksheet> {
  return sheet(await excel(new Uint8Array(await readFile(path))), name);
}

test("a new claim's blank cells are written as blank cells, not as empty text", async () => {
  const { plan, pack } = await planAndPack(({ claims }) => {
    const r = rowOf(claims, "CL-048") + 1;
    claims.getCell(r, column(claims, "Claim ID")).value = "CL-N5";
    claims.getCell(r, column(claims, "Tactic ID")).value = "T-26069";
    claims.getCell(r, column(claims, "Amount claimed")).value = "";
    claims.getCell(r, column(claims, "Submitted on")).value = " ";
    claims.getCell(r, column(claims, "Proof of performance")).value = "blank amount";
  });
  expect((await jmp("merge", plan, pack)).code).toBe(0);
  const claims = await planSheet(plan, "Claims");
  const r = rowOf(claims, "CL-N5");
  expect(claims.getCell(r, column(claims, "Amount claimed")).value).toBeNull();
  expect(claims.getCell(r, column(claims, "Submitted on")).value).toBeNull();
  expect(claims.getCell(r, column(claims, "Proof of performance")).value).toBe("blank amount");
});
