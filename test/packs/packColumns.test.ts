/**
 * A pack whose column headers the partner renamed or deleted: the values under them are not
 * read, so the preview names each template column the pack lacks and each header the plan does
 * not know, and the merge exits 1, on every merge of that pack (a later copy may hold new values).
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Workbook } from "exceljs";
import { planMerge } from "../../src/engine/merge";
import { requireTableSpec } from "../../src/model/schema";
import { cleanPlan, d, table, workbook } from "../helpers/tables";
import { packOf, row } from "./mergeFixtures";
import { edited, excel, jmp, packBytes, rowOf, samplePlanBytes, sheet, tempDir } from "./packHelpers";

/** Renames a header of a sheet's table, in its header cell and its table column, as Excel does. */
function renameHeader(wb: Workbook, sheetName: string, from: string, to: string): void {
  const ws = sheet(wb, sheetName);
  const tables = (ws as unknown as { tables: Record<string, { table: { columns: { name: string }[] } }> }).tables;
  const columns = Object.values(tables)[0].table.columns;
  const index = columns.findIndex((c) => c.name === from);
  columns[index].name = to;
  ws.getCell(1, index + 1).value = to;
}

test("a renamed column: the preview names the column not read and the header not known, exits 1, and the plan keeps its value", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  await writeFile(plan, await samplePlanBytes());
  const pack = join(dir, "pack.xlsx");
  await writeFile(
    pack,
    await edited(await packBytes(await samplePlanBytes(), "P-103"), (wb) => {
      renameHeader(wb, "Tactics", "MDF requested", "MDF Req.");
      const ws = sheet(wb, "Tactics");
      ws.getCell(rowOf(ws, "T-26069"), 9).value = 7777;
    }),
  );
  const before = sheet(await excel(new Uint8Array(await readFile(plan))), "Tactics");
  const planValue = before.getCell(rowOf(before, "T-26069"), 9).value;
  for (let merge = 1; merge <= 2; merge++) {
    const result = await jmp("merge", plan, pack);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Tactics: column MDF requested not found in the pack; its values were not read");
    // The unknown header is named with its cell in the pack; a missing column has none.
    expect(result.stdout).toContain("Tactics (Tactics!I1): 'MDF Req.' is not a column of the plan: ignored");
    expect(result.stdout).not.toMatch(/Refused by an earlier merge/);
  }
  const after = sheet(await excel(new Uint8Array(await readFile(plan))), "Tactics");
  expect(after.getCell(rowOf(after, "T-26069"), 9).value).toBe(planValue);
});

test("a new outcome under a renamed Reference column is added, and the Reference column is listed as not read", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  pack.rows.JmpOutcomes?.push({ "Outcome ID": "O-NEW", "Partner ID": "P001", "Initiative ID": "I-SEC", Metric: "Revenue", Value: 5000, Date: d("2026-08-01"), "Ref #": "OPP-7" });
  const headers = requireTableSpec("JmpOutcomes").columns.map((c) => (c.header === "Reference" ? "Ref #" : c.header));
  const packTables = workbook(pack.rows).map((t) => (t.name === "JmpOutcomes" ? table("JmpOutcomes", pack.rows.JmpOutcomes ?? [], headers) : t));
  const result = planMerge({ plan: workbook(plan), pack: packTables, provenance: pack.provenance });
  expect(result.added.map((a) => a.id)).toEqual(["O-NEW"]);
  expect(result.refused).toEqual([
    { table: "JmpOutcomes", id: "", column: "Reference", reason: "column Reference not found in the pack; its values were not read", wholeColumn: true },
    { table: "JmpOutcomes", id: "", column: "Ref #", reason: "'Ref #' is not a column of the plan: ignored", wholeColumn: true, packRef: "Outcomes!H1" },
  ]);
});

test("a column the partner deleted from the pack blanks nothing and is listed as not read", () => {
  const plan = cleanPlan();
  row(plan, "JmpTactics", "Tactic ID", "T1").Description = "Kick-off event";
  const pack = packOf(plan, "P001");
  const headers = requireTableSpec("JmpTactics").columns.map((c) => c.header).filter((h) => h !== "Description");
  const packTables = workbook(pack.rows).map((t) => (t.name === "JmpTactics" ? table("JmpTactics", pack.rows.JmpTactics ?? [], headers) : t));
  const result = planMerge({ plan: workbook(plan), pack: packTables, provenance: pack.provenance });
  expect(result).toMatchObject({ changed: [], conflicts: [], cellWrites: [] });
  expect(result.refused.map((r) => r.reason)).toEqual(["column Description not found in the pack; its values were not read"]);
});
