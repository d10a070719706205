/**
 * What the `JMP Log` says of two kinds of change through `jmp merge`: a row refused whole logs
 * why in its Result cell (its Column, Old and New are blank, so nothing else would say it), and
 * a new claim's Status, the Draft or Submitted its partner gave it, is logged with the row's other
 * values. The reason does not make the same pack's refusal new again on the next merge, and the
 * lines already logged never change.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LOG_HEADERS, LOG_SHEET } from "../../src/engine/merge";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { column } from "./eurPack";
import { day, edited, excel, firstEmptyRow, jmp, rowOf, samplePlanBytes, sheet, tempDir } from "./packHelpers";

/** The log's lines below its header, without the When column, as arrays of values. */
async function loggedLines(path: string): Promise<unknown[][]> {
  const log = sheet(await excel(new Uint8Array(await readFile(path))), LOG_SHEET);
  const rows: unknown[][] = [];
  for (let r = 2; r <= log.rowCount; r++) rows.push(LOG_HEADERS.slice(1).map((_, c) => log.getCell(r, c + 2).value));
  return rows;
}

let plan: string;
let pack: string;
beforeAll(async () => {
  const dir = tempDir();
  plan = join(dir, "plan.xlsx");
  await writeFile(plan, await samplePlanBytes());
  const packed = join(dir, "pack.xlsx");
  expect((await jmp("pack", plan, "--partner", "P-103", "-o", packed)).code).toBe(0);
  pack = join(dir, "filled.xlsx");
  await writeFile(
    pack,
    await edited(await readFile(packed), (wb) => {
      const claims = sheet(wb, "Claims");
      const at = (header: string) => column(claims, header);
      const free = firstEmptyRow(claims);
      // A new claim the partner keeps as a Draft, and one on another partner's tactic (refused whole).
      for (const [offset, id, tactic] of [[0, "CL-NW-1", "T-26013"], [1, "CL-XX-1", "T-26001"]] as const) {
        claims.getCell(free + offset, at("Claim ID")).value = id;
        claims.getCell(free + offset, at("Tactic ID")).value = tactic;
        claims.getCell(free + offset, at("Amount claimed")).value = 1500;
        claims.getCell(free + offset, at("Submitted on")).value = day("2026-07-10");
        claims.getCell(free + offset, at("Status")).value = "Draft";
      }
    }),
  );
});

test("a row refused whole logs its reason in Result, and a new claim's Status is logged with its other values", async () => {
  const merged = await jmp("merge", plan, pack, "--json");
  expect(merged.code).toBe(1);
  const result = JSON.parse(merged.stdout);
  expect(result.refused).toEqual([expect.objectContaining({ id: "CL-XX-1", reason: "Tactic ID T-26001 is not one of partner P-103's tactics" })]);
  expect(result.added).toEqual([expect.objectContaining({ id: "CL-NW-1", values: expect.objectContaining({ Status: "Draft" }) })]);

  const made = result.pack.packedAt;
  const lines = await loggedLines(plan);
  expect(lines.filter((l) => l[3] === "CL-NW-1")).toEqual([
    ["P-103", made, "Claims", "CL-NW-1", "", "(cells below)", "(new row)", "applied", null],
    ["P-103", made, "Claims", "CL-NW-1", "Claim ID", null, "CL-NW-1", "applied", null],
    ["P-103", made, "Claims", "CL-NW-1", "Tactic ID", null, "T-26013", "applied", null],
    ["P-103", made, "Claims", "CL-NW-1", "Amount claimed", null, 1500, "applied", null],
    ["P-103", made, "Claims", "CL-NW-1", "Submitted on", null, "2026-07-10", "applied", null],
    ["P-103", made, "Claims", "CL-NW-1", "Status", null, "Draft", "applied", null],
  ]);
  expect(lines.filter((l) => l[3] === "CL-XX-1")).toEqual([["P-103", made, "Claims", "CL-XX-1", "", null, null, "refused: Tactic ID T-26001 is not one of partner P-103's tactics", null]]);

  // Read back (the pane's Partner workbooks view and the next merge), the result stays a result.
  const read = await (await XlsxWorkbook.load(new Uint8Array(await readFile(plan)))).readMergeLog();
  expect(read.find((l) => l.id === "CL-XX-1")).toMatchObject({ result: "refused", reason: "Tactic ID T-26001 is not one of partner P-103's tactics" });
  expect(read.find((l) => l.id === "CL-NW-1" && l.column === "Status")).not.toHaveProperty("reason");
});

test("merged again, the pack's refused row is not listed again, and the log is left as it was", async () => {
  const before = await loggedLines(plan);
  const again = JSON.parse((await jmp("merge", plan, pack, "--json")).stdout);
  expect(again).toMatchObject({ refused: [], conflicts: [], added: [], changed: [] });
  expect(again.refusedBefore.map((r: { id: string }) => r.id)).toEqual(["CL-XX-1"]);
  expect(await loggedLines(plan)).toEqual(before);
  const claims = sheet(await excel(new Uint8Array(await readFile(plan))), "Claims");
  expect(claims.getCell(rowOf(claims, "CL-NW-1"), column(claims, "Status")).value).toBe("Draft");
});
