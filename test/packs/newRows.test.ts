/**
 * Where new rows go. In the pack, Excel cannot grow a table on a protected sheet, so rows a
 * partner types just below a table are read as part of it. In the plan, empty rows at a table's
 * end are filled first, then the table grows; when cells below it are in use, nothing is written.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Workbook } from "exceljs";
import { SPARE_ROWS } from "../../src/workbook/packs";
import { applyMerge, prepareMerge } from "../../src/workbook/packs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { day, edited, excel, jmp, packBytes, rowOf, samplePlanBytes, sheet, tempDir, writeRow } from "./packHelpers";

interface LoadedTable {
  table: { tableRef: string; autoFilterRef?: string };
}

function tacticsTable(workbook: Workbook): LoadedTable["table"] {
  return Object.values((sheet(workbook, "Tactics") as unknown as { tables: Record<string, LoadedTable> }).tables)[0].table;
}

const NEW_TACTIC = ["T-NW-1", "P-103", "INI-CLOUD", "Webinar", "Typed below", day("2026-07-01"), day("2026-07-01"), 1000, 400];

async function packWithTypedRow(row: number): Promise<Uint8Array> {
  return edited(await packBytes(await samplePlanBytes(), "P-103"), (wb) => writeRow(sheet(wb, "Tactics"), row, NEW_TACTIC));
}

test("a row typed below the pack's table, past its spare rows, is imported", async () => {
  // Ten tactics and the spare rows end the table at row 11 + SPARE_ROWS; leave a gap.
  const pack = await packWithTypedRow(11 + SPARE_ROWS + 3);
  const plan = await XlsxWorkbook.load(await samplePlanBytes());
  const prepared = await prepareMerge(plan, await XlsxWorkbook.load(pack), "pack.xlsx");
  expect(prepared.merge.added.map((a) => a.id)).toEqual(["T-NW-1"]);
  expect(prepared.merge.added[0].packRow).toBe(11 + SPARE_ROWS + 3);
});

test("new rows fill the empty rows at the end of a plan table before it grows", async () => {
  const planBytes = await edited(await samplePlanBytes(), (wb) => {
    Object.assign(tacticsTable(wb), { tableRef: "A1:L85", autoFilterRef: "A1:L85" });
  });
  const plan = await XlsxWorkbook.load(planBytes);
  applyMerge(plan, await prepareMerge(plan, await XlsxWorkbook.load(await packWithTypedRow(12)), "pack.xlsx"));
  const merged = await excel(await plan.toBuffer());
  expect(rowOf(sheet(merged, "Tactics"), "T-NW-1")).toBe(82);
  expect(tacticsTable(merged).tableRef).toBe("A1:L85");
});

test("when cells below a plan table are in use, the merge stops with one line and writes nothing", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const before = await edited(await samplePlanBytes(), (wb) => {
    sheet(wb, "Tactics").getCell("B82").value = "Totals are below";
  });
  await writeFile(plan, before);
  await writeFile(join(dir, "pack.xlsx"), await packWithTypedRow(12));
  const result = await jmp("merge", plan, join(dir, "pack.xlsx"));
  expect(result.code).toBe(3);
  expect(result.stderr).toMatch(/^jmp: cannot add 1 row to the Tactics table on sheet "Tactics": the cells below it are in use/);
  expect(new Uint8Array(await readFile(plan))).toEqual(before);
  // The preview still works and shows what would be added.
  const preview = await jmp("merge", plan, join(dir, "pack.xlsx"), "--dry-run");
  expect(preview).toMatchObject({ code: 0 });
  expect(preview.stdout).toMatch(/Added: 1\n {2}Tactics T-NW-1/);
});
