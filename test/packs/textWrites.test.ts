/**
 * A partner's amount their pack's number format cannot read ("1.234,56" in an en-US pack) is
 * written as typed, and the check reports it: the preview lists it before the merge, in the CLI
 * (text and JSON) and in the pane's preview, so the vendor sees it before accepting.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { textWrites } from "../../src/engine/merge";
import { prepareMerge } from "../../src/workbook/packs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { previewRows } from "../../src/taskpane/partners/previewRows";
import { column } from "./eurPack";
import { edited, firstEmptyRow, jmp, packBytes, rowOf, samplePlanBytes, sheet, tempDir, writeRow } from "./packHelpers";

async function filledPack(planBytes: Uint8Array): Promise<Uint8Array> {
  return edited(await packBytes(planBytes, "P-103"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26013"), column(tactics, "MDF requested")).value = "4.934,18";
    const claims = sheet(wb, "Claims");
    writeRow(claims, firstEmptyRow(claims), ["CL-TEXT-1", "T-26013", "1.234,56", null, "after the event", "Submitted", null, "Invoice 3"]);
  });
}

test("jmp merge --dry-run lists the cells it would write as text where a number or date is expected", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const planBytes = await samplePlanBytes();
  await writeFile(plan, planBytes);
  await writeFile(join(dir, "filled.xlsx"), await filledPack(planBytes));
  const preview = await jmp("merge", plan, join(dir, "filled.xlsx"), "--dry-run");
  expect(preview.stdout).toContain("Written as text where a number or date is expected (the check reports them): 3");
  expect(preview.stdout).toContain('  Tactics T-26013 MDF requested: "4.934,18" is not a number');
  expect(preview.stdout).toContain('  Claims CL-TEXT-1 Amount claimed: "1.234,56" is not a number');
  expect(preview.stdout).toContain('  Claims CL-TEXT-1 Submitted on: "after the event" is not a date');
  const json = JSON.parse((await jmp("merge", plan, join(dir, "filled.xlsx"), "--dry-run", "--json")).stdout);
  expect(json.textWrites).toEqual([
    { table: "JmpTactics", id: "T-26013", column: "MDF requested", text: "4.934,18", expected: "number" },
    { table: "JmpClaims", id: "CL-TEXT-1", column: "Amount claimed", text: "1.234,56", expected: "number" },
    { table: "JmpClaims", id: "CL-TEXT-1", column: "Submitted on", text: "after the event", expected: "date" },
  ]);
});

test("the pane's preview lists the same cells; a pack whose amounts read lists none", async () => {
  const planBytes = await samplePlanBytes();
  const plan = await XlsxWorkbook.load(planBytes);
  const prepared = await prepareMerge(plan, await XlsxWorkbook.load(await filledPack(planBytes)), "filled.xlsx");
  expect(previewRows(prepared.merge, "text").map((r) => `${r.table} ${r.id} ${r.detail}`)).toEqual([
    'Tactics T-26013 MDF requested: "4.934,18" is not a number; the check will report it',
    'Claims CL-TEXT-1 Amount claimed: "1.234,56" is not a number; the check will report it',
    'Claims CL-TEXT-1 Submitted on: "after the event" is not a date; the check will report it',
  ]);
  const clean = await edited(await packBytes(planBytes, "P-103"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26013"), column(tactics, "MDF requested")).value = 4934.18;
  });
  expect(textWrites((await prepareMerge(plan, await XlsxWorkbook.load(clean), "clean.xlsx")).merge)).toEqual([]);
});

test("an amount naming another currency is listed as such, not as 'not a number'", async () => {
  const planBytes = await samplePlanBytes();
  const plan = await XlsxWorkbook.load(planBytes);
  const pack = await edited(await packBytes(planBytes, "P-101"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26078"), column(tactics, "Total cost")).value = "EUR 45,678.90";
    tactics.getCell(rowOf(tactics, "T-26078"), column(tactics, "MDF requested")).value = "about 5k";
    // Written the de-DE way in an en-US pack: neither the partner's writing nor the plan's reads
    // it, so it is no amount the plan counts, symbol or not.
    tactics.getCell(rowOf(tactics, "T-26078"), column(tactics, "Expected revenue")).value = "1.234,56 €";
  });
  const prepared = await prepareMerge(plan, await XlsxWorkbook.load(pack), "filled.xlsx");
  expect(prepared.planConvention.name).toBe("en-US");
  // The euro amount is written as text naming its currency, which the plan reads in euros.
  expect(prepared.merge.cellWrites).toContainEqual(expect.objectContaining({ column: "totalCost", value: "EUR 45678.90" }));
  expect(previewRows(prepared.merge, "text", { planConvention: prepared.planConvention }).map((r) => `${r.table} ${r.id} ${r.detail}`)).toEqual([
    'Tactics T-26078 Total cost: "EUR 45678.90" is an amount in EUR, kept as text naming it; the check will report it',
    'Tactics T-26078 MDF requested: "about 5k" is not a number; the check will report it',
    'Tactics T-26078 Expected revenue: "1.234,56 €" is not a number; the check will report it',
  ]);
});
