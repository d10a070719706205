/**
 * A plan whose Expected revenue column was filled down in Excel (one shared formula: the first
 * row holds it, the rows below point at it) takes a partner's value on the first row: the rows
 * below keep computing with the formula as their own, and the file saves (ExcelJS refused to
 * write a sheet whose shared formula lost its first cell, and the merge failed with its message).
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { column } from "./eurPack";
import { edited, excel, jmp, packBytes, rowOf, samplePlanBytes, sheet, tempDir } from "./packHelpers";

test("a partner's value over the first cell of a filled-down formula: the merge writes it, the cells below keep the formula", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const planBytes = await edited(await samplePlanBytes(), (wb) => {
    const tactics = sheet(wb, "Tactics");
    const revenue = column(tactics, "Expected revenue");
    const cost = tactics.getColumn(column(tactics, "Total cost")).letter;
    const letter = tactics.getColumn(revenue).letter;
    const last = rowOf(tactics, "T-26004");
    tactics.getCell(2, revenue).value = { formula: `${cost}2*3`, shareType: "shared", ref: `${letter}2:${letter}${last}`, result: 0, date1904: false } as never;
    for (let row = 3; row <= last; row++) tactics.getCell(row, revenue).value = { sharedFormula: `${letter}2`, result: 0 } as never;
  });
  await writeFile(plan, planBytes);
  const first = sheet(await excel(planBytes), "Tactics").getCell(2, 1).value as string;
  const filled = await edited(await packBytes(planBytes, "P-101"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, first), column(tactics, "Expected revenue")).value = 77_777;
  });
  await writeFile(join(dir, "filled.xlsx"), filled);

  const merged = await jmp("merge", plan, join(dir, "filled.xlsx"));
  expect(merged.stderr).toBe("");
  expect(merged.code).toBeLessThan(3);
  const tactics = sheet(await excel(new Uint8Array(await readFile(plan))), "Tactics");
  const revenue = column(tactics, "Expected revenue");
  const cost = tactics.getColumn(column(tactics, "Total cost")).letter;
  expect(tactics.getCell(2, revenue).value).toBe(77_777);
  expect(tactics.getCell(3, revenue).formula).toBe(`${cost}3*3`);
  expect(tactics.getCell(rowOf(tactics, "T-26004"), revenue).formula).toBe(`${cost}${rowOf(tactics, "T-26004")}*3`);
});
