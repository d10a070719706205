/**
 * Where the partner typed what a merge refuses or finds in conflict: each refused cell and each
 * conflicting cell names its pack cell, a row refused whole names the row, as Excel writes a
 * reference (a sheet name with a space quoted), in the JSON, the text of `jmp merge` and the pane.
 */
import { readFile } from "node:fs/promises";
import { planMerge } from "../../src/engine/merge";
import { PackCellRefusal } from "../../src/engine/merge/packCellRefusal";
import { previewRows } from "../../src/taskpane/partners/previewRows";
import { cleanPlan, workbook } from "../helpers/tables";
import { packOf, row } from "./mergeFixtures";
import { day, excel, firstEmptyRow, jmp, planAndFilledPack, rowOf, samplePlanBytes, sheet, writeRow } from "./packHelpers";

test("refused cells, rows refused whole and conflicts carry their place in the pack, wherever its tables sit", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  row(plan, "JmpTactics", "Tactic ID", "T1").Description = "Vendor's wording";
  row(pack.rows, "JmpTactics", "Tactic ID", "T1").Description = "Partner's wording";
  row(pack.rows, "JmpTactics", "Tactic ID", "T2").Status = "Completed";
  row(pack.rows, "JmpJointPlan", "Initiative ID", "I-SEC")["Forecast revenue"] = "about 45k";
  pack.rows.JmpJointPlan?.push({ "Partner ID": "P002", "Initiative ID": "I-CLOUD", "Forecast revenue": 1 });
  // The partner moved the Tactics table to C4: its rows are sheet rows 5 and 6, its columns C to N.
  const packTables = workbook(pack.rows).map((t) => (t.name === "JmpTactics" ? { ...t, headerRow: 4, firstColumn: 2 } : t));
  const result = planMerge({ plan: workbook(plan), pack: packTables, provenance: pack.provenance, readPackCell: (_column, value) => (value === "about 45k" ? new PackCellRefusal("not an amount") : value) });

  expect(result.refused.map((r) => [r.id, r.column ?? "(row)", r.packRef])).toEqual([
    ["P001 / I-SEC", "Forecast revenue", "'Joint Plan'!D3"],
    ["P002 / I-CLOUD", "(row)", "'Joint Plan'!A4:G4"],
    ["T2", "Status", "Tactics!L6"],
  ]);
  expect(result.conflicts).toEqual([expect.objectContaining({ id: "T1", packRef: "Tactics!C5:N5", columns: [expect.objectContaining({ column: "Description", packRef: "Tactics!G5" })] })]);

  // The pane: a cell's place follows its column, as in `jmp merge`; a whole row's goes under its ID.
  const refused = previewRows(result, "refused");
  expect(refused.map((r) => r.place)).toEqual([undefined, "'Joint Plan'!A4:G4", undefined]);
  expect(refused[2].detail).toMatch(/^Status \(Tactics!L6\): pack "Completed", plan keeps "Approved"/);
  expect(previewRows(result, "conflicts")[0].detail).toMatch(/: Description \(Tactics!G5\): plan has "Vendor's wording"/);
});

test("jmp merge names the pack cell of each refusal and conflict, and --json carries the same place", async () => {
  const { plan, pack } = await planAndFilledPack(
    await samplePlanBytes(),
    "P-103",
    (wb) => {
      const tactics = sheet(wb, "Tactics");
      tactics.getCell(rowOf(tactics, "T-26013"), 5).value = "Vendor renamed briefing";
    },
    (wb) => {
      const tactics = sheet(wb, "Tactics");
      tactics.getCell(rowOf(tactics, "T-26013"), 5).value = "Partner's briefing";
      const status = tactics.getCell(rowOf(tactics, "T-26015"), 10);
      status.value = status.value === "Approved" ? "Completed" : "Approved";
      writeRow(tactics, firstEmptyRow(tactics), ["T-26001", "P-101", "INI-CLOUD", "Event", "Pasted over", day("2026-01-28"), day("2026-01-28"), 1, 1, "Completed"]);
    },
  );
  const packed = sheet(await excel(new Uint8Array(await readFile(pack))), "Tactics");
  const [briefing, status, pasted] = ["T-26013", "T-26015", "T-26001"].map((id) => rowOf(packed, id));

  const text = await jmp("merge", plan, pack, "--dry-run");
  expect(text.code).toBe(1);
  expect(text.stdout).toContain(`Tactics T-26013: changed in the plan and in the pack since the pack was made: Description (Tactics!E${briefing}): plan has "Vendor renamed briefing"`);
  expect(text.stdout).toMatch(new RegExp(`^ {2}Tactics T-26015 Status \\(Tactics!J${status}\\): pack "\\w+", plan keeps`, "m"));
  expect(text.stdout).toMatch(new RegExp(`^ {2}Tactics T-26001 \\(Tactics!A${pasted}:[A-Z]+${pasted}\\): the row is partner P-101's`, "m"));

  const json = JSON.parse((await jmp("merge", plan, pack, "--dry-run", "--json")).stdout);
  expect(json.conflicts[0].columns[0]).toMatchObject({ column: "Description", packRef: `Tactics!E${briefing}` });
  expect(json.refused.map((r: { id: string; packRef?: string }) => [r.id, r.packRef])).toEqual([
    ["T-26015", `Tactics!J${status}`],
    ["T-26001", expect.stringMatching(new RegExp(`^Tactics!A${pasted}:[A-Z]+${pasted}$`))],
  ]);
  for (const r of json.refused) expect(text.stdout).toContain(`(${r.packRef})`);
});
