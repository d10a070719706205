/**
 * A partner sends an updated copy of the same pack (the one they filled before, edited again):
 * the cells the first merge wrote from it are the partner's own changes, not the vendor's, so the
 * second merge applies the new values instead of calling them conflicts. A cell the vendor
 * changed meanwhile still conflicts.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Worksheet } from "exceljs";
import { edited, excel, jmp, samplePlanBytes, sheet, tempDir } from "./packHelpers";

/** The column of a header on a sheet's first row. */
function column(ws: Worksheet, header: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(1, c).value === header) return c;
  throw new Error(`no column ${header} on ${ws.name}`);
}

/** The first Joint Plan row of partner P-103, and its Forecast revenue column. */
function forecastCell(ws: Worksheet): { row: number; col: number } {
  const partner = column(ws, "Partner ID");
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, partner).value === "P-103") return { row: r, col: column(ws, "Forecast revenue") };
  throw new Error("P-103 has no Joint Plan row");
}

async function withForecast(bytes: Uint8Array, value: number): Promise<Uint8Array> {
  return edited(bytes, (wb) => {
    const ws = sheet(wb, "Joint Plan");
    const { row, col } = forecastCell(ws);
    ws.getCell(row, col).value = value;
  });
}

async function planForecast(path: string): Promise<unknown> {
  const ws = sheet(await excel(new Uint8Array(await readFile(path))), "Joint Plan");
  const { row, col } = forecastCell(ws);
  return ws.getCell(row, col).value;
}

async function firstMergeDone(): Promise<{ plan: string; filled: Uint8Array; dir: string }> {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  await writeFile(plan, await samplePlanBytes());
  const packed = join(dir, "p103.xlsx");
  expect((await jmp("pack", plan, "--partner", "P-103", "-o", packed)).code).toBe(0);
  const filled = await withForecast(new Uint8Array(await readFile(packed)), 210_000);
  await writeFile(join(dir, "first.xlsx"), filled);
  expect((await jmp("merge", plan, join(dir, "first.xlsx"))).code).toBe(0);
  expect(await planForecast(plan)).toBe(210_000);
  return { plan, filled, dir };
}

test("an updated copy of a merged pack applies the partner's new value: no conflict with its own earlier one", async () => {
  const { plan, filled, dir } = await firstMergeDone();
  const second = join(dir, "second.xlsx");
  await writeFile(second, await withForecast(filled, 215_000));
  const merged = await jmp("merge", plan, second, "--json");
  const result = JSON.parse(merged.stdout);
  expect(result.conflicts).toEqual([]);
  expect(result.changed).toEqual([expect.objectContaining({ table: "JmpJointPlan", columns: [expect.objectContaining({ column: "Forecast revenue", plan: 210000, pack: 215000 })] })]);
  expect(merged.code).toBe(0);
  expect(await planForecast(plan)).toBe(215_000);
});

test("a cell the vendor changed after the first merge still conflicts with the partner's update", async () => {
  const { plan, filled, dir } = await firstMergeDone();
  await writeFile(plan, await withForecast(new Uint8Array(await readFile(plan)), 220_000));
  const second = join(dir, "second.xlsx");
  await writeFile(second, await withForecast(filled, 215_000));
  const result = JSON.parse((await jmp("merge", plan, second, "--json")).stdout);
  expect(result.conflicts).toHaveLength(1);
  expect(await planForecast(plan)).toBe(220_000);
});

/** P-103's pack with a new claim CL-NEW on T-26013 of `amount` (proof "Invoice 1"). */
async function withNewClaim(bytes: Uint8Array, amount: unknown, proof = "Invoice 1"): Promise<Uint8Array> {
  return edited(bytes, (wb) => {
    const ws = sheet(wb, "Claims");
    let row = 2;
    while (ws.getCell(row, 1).value !== null && ws.getCell(row, 1).value !== "CL-NEW") row++;
    const values: Record<string, unknown> = { "Claim ID": "CL-NEW", "Tactic ID": "T-26013", "Amount claimed": amount, "Submitted on": new Date(Date.UTC(2026, 4, 4)), Status: "Submitted", "Proof of performance": proof };
    for (const [header, value] of Object.entries(values)) ws.getCell(row, column(ws, header)).value = value as never;
  });
}

async function planClaim(path: string): Promise<{ amount: unknown; proof: unknown }> {
  const ws = sheet(await excel(new Uint8Array(await readFile(path))), "Claims");
  for (let r = 2; r <= ws.rowCount; r++) {
    if (ws.getCell(r, 1).value === "CL-NEW") return { amount: ws.getCell(r, column(ws, "Amount claimed")).value, proof: ws.getCell(r, column(ws, "Proof of performance")).value };
  }
  throw new Error("no CL-NEW in the plan");
}

async function claimMerged(): Promise<{ plan: string; packed: Uint8Array; dir: string }> {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  await writeFile(plan, await samplePlanBytes());
  const path = join(dir, "p103.xlsx");
  expect((await jmp("pack", plan, "--partner", "P-103", "-o", path)).code).toBe(0);
  const packed = new Uint8Array(await readFile(path));
  await writeFile(join(dir, "first.xlsx"), await withNewClaim(packed, "1.234,56"));
  expect((await jmp("merge", plan, join(dir, "first.xlsx"))).code).toBeLessThan(3);
  expect(await planClaim(plan)).toEqual({ amount: "1.234,56", proof: "Invoice 1" });
  return { plan, packed, dir };
}

test("a row an earlier merge of the same pack added takes the partner's correction: no conflict with its own values", async () => {
  const { plan, packed, dir } = await claimMerged();
  const second = join(dir, "second.xlsx");
  await writeFile(second, await withNewClaim(packed, 1234.56));
  const result = JSON.parse((await jmp("merge", plan, second, "--json")).stdout);
  expect(result.conflicts).toEqual([]);
  expect(result.changed).toEqual([expect.objectContaining({ table: "JmpClaims", id: "CL-NEW", columns: [expect.objectContaining({ column: "Amount claimed", plan: "1.234,56", pack: 1234.56 })] })]);
  expect(await planClaim(plan)).toEqual({ amount: 1234.56, proof: "Invoice 1" });
});

test("a row an earlier merge of the same pack added and the vendor edited since conflicts with the partner's correction", async () => {
  const { plan, packed, dir } = await claimMerged();
  await writeFile(
    plan,
    await edited(new Uint8Array(await readFile(plan)), (wb) => {
      const ws = sheet(wb, "Claims");
      for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === "CL-NEW") ws.getCell(r, column(ws, "Proof of performance")).value = "Invoice 1 (checked)";
    }),
  );
  const second = join(dir, "second.xlsx");
  await writeFile(second, await withNewClaim(packed, 1234.56));
  const result = JSON.parse((await jmp("merge", plan, second, "--json")).stdout);
  expect(result.conflicts).toEqual([expect.objectContaining({ table: "JmpClaims", id: "CL-NEW" })]);
  expect(await planClaim(plan)).toEqual({ amount: "1.234,56", proof: "Invoice 1 (checked)" });
});

test("a plan whose log predates the new row's cell lines: the vendor's clearing of a cell of that row conflicts with the same copy sent again, never undone", async () => {
  const { plan, packed, dir } = await claimMerged();
  await writeFile(
    plan,
    await edited(new Uint8Array(await readFile(plan)), (wb) => {
      // The log as earlier versions wrote it: the new row's line alone.
      const log = sheet(wb, "JMP Log");
      for (let r = log.rowCount; r >= 2; r--) {
        if (log.getCell(r, 6).value) log.spliceRows(r, 1);
        else log.getCell(r, 7).value = null;
      }
      const ws = sheet(wb, "Claims");
      for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === "CL-NEW") ws.getCell(r, column(ws, "Proof of performance")).value = null;
    }),
  );
  // The partner sends the same copy again.
  const second = join(dir, "second.xlsx");
  await writeFile(second, await withNewClaim(packed, "1.234,56"));
  const result = JSON.parse((await jmp("merge", plan, second, "--json")).stdout);
  expect(result.changed).toEqual([]);
  expect(result.conflicts).toEqual([expect.objectContaining({ table: "JmpClaims", id: "CL-NEW" })]);
  expect(await planClaim(plan)).toEqual({ amount: "1.234,56", proof: null });
});

test("an older copy merged after a newer copy of the same pack conflicts instead of turning the newer value back", async () => {
  const { plan, filled, dir } = await firstMergeDone();
  const second = join(dir, "second.xlsx");
  await writeFile(second, await withForecast(filled, 215_000));
  expect((await jmp("merge", plan, second)).code).toBe(0);
  const again = await jmp("merge", plan, join(dir, "first.xlsx"), "--json");
  expect(again.code).toBe(1);
  const result = JSON.parse(again.stdout);
  expect(result.changed).toEqual([]);
  expect(result.conflicts).toEqual([
    expect.objectContaining({ table: "JmpJointPlan", reason: expect.stringMatching(/^this copy of the pack looks older than one merged on \d{4}-\d\d-\d\dT/), columns: [expect.objectContaining({ column: "Forecast revenue", plan: 215000, pack: 210000 })] }),
  ]);
  expect(await planForecast(plan)).toBe(215_000);
});

test("an older copy of a pack does not turn a corrected amount of a row it added back into text", async () => {
  const { plan, packed, dir } = await claimMerged();
  const second = join(dir, "second.xlsx");
  await writeFile(second, await withNewClaim(packed, 1234.56));
  expect((await jmp("merge", plan, second)).code).toBe(0);
  const result = JSON.parse((await jmp("merge", plan, join(dir, "first.xlsx"), "--json")).stdout);
  expect(result.conflicts).toEqual([expect.objectContaining({ table: "JmpClaims", id: "CL-NEW", reason: expect.stringMatching(/looks older than one merged on/) })]);
  expect(await planClaim(plan)).toEqual({ amount: 1234.56, proof: "Invoice 1" });
});
