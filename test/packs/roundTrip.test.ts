/**
 * The round trip of SPEC section 7 through `jmp`: pack a partner, let the partner edit the pack
 * (a description, a new tactic and claim, a Status change, another partner's row pasted in, a
 * formula-looking description), preview the merge, merge it, and find the partner's edits in
 * the plan, the refused edits absent and every other cell, sheet and user column as it was.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Workbook } from "exceljs";
import { unzip } from "../workbook/xlsx/zipFiles";
import { cellMap, day, edited, excel, firstEmptyRow, jmp, rowOf, samplePlanBytes, sheet, tempDir, writeRow } from "./packHelpers";

interface LoadedTable {
  table: { name: string; tableRef: string; autoFilterRef?: string; columns: { name: string; filterButton?: boolean }[] };
}

/** Adds a user column inside the Tactics table, a formula beside it and a sheet of notes. */
function addUserContent(workbook: Workbook): void {
  const tactics = sheet(workbook, "Tactics");
  const holder = Object.values((tactics as unknown as { tables: Record<string, LoadedTable> }).tables)[0];
  holder.table.tableRef = "A1:M81";
  holder.table.autoFilterRef = "A1:M81";
  holder.table.columns.push({ name: "Internal note", filterButton: true });
  tactics.getCell("M1").value = "Internal note";
  for (let r = 2; r <= 81; r++) tactics.getCell(r, 13).value = `Vendor-only note ${r}`;
  tactics.getCell("O2").value = { formula: "I2*2", result: 0 };
  const notes = workbook.addWorksheet("Vendor notes");
  notes.getCell("A1").value = "Renewal risk list";
  notes.getCell("A2").value = "Adatum Corporation: watch budget";
}

interface Scenario {
  readonly dir: string;
  readonly plan: string;
  readonly pack: string;
  readonly planBefore: Uint8Array;
  readonly rows: { readonly described: number; readonly formula: number; readonly status: number };
  readonly statusBefore: string;
}

const FORMULA_TEXT = '=HYPERLINK("http://example.com/register","Register")';

async function scenario(): Promise<Scenario> {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const planBefore = await edited(await samplePlanBytes(), addUserContent);
  await writeFile(plan, planBefore);
  const packed = join(dir, "northwind.xlsx");
  const made = await jmp("pack", plan, "--partner", "P-103", "-o", packed);
  expect(made).toMatchObject({ code: 0, stderr: "" });

  let rows = { described: 0, formula: 0, status: 0 };
  let statusBefore = "";
  const filled = await edited(await readFile(packed), (wb) => {
    const tactics = sheet(wb, "Tactics");
    rows = { described: rowOf(tactics, "T-26013"), formula: rowOf(tactics, "T-26017"), status: rowOf(tactics, "T-26015") };
    tactics.getCell(rows.described, 5).value = "Updated briefing agenda";
    tactics.getCell(rows.formula, 5).value = FORMULA_TEXT;
    statusBefore = String(tactics.getCell(rows.status, 10).value);
    tactics.getCell(rows.status, 10).value = statusBefore === "Approved" ? "Completed" : "Approved";
    const free = firstEmptyRow(tactics);
    writeRow(tactics, free, ["T-NW-900", "P-103", "INI-CLOUD", "Webinar", "Partner webinar on migration", day("2026-07-01"), day("2026-07-01"), 8000, 3000, "Approved"]);
    writeRow(tactics, free + 1, ["T-26001", "P-101", "INI-CLOUD", "Event", "Pasted over", day("2026-01-28"), day("2026-01-28"), 1, 1, "Completed"]);
    const claims = sheet(wb, "Claims");
    const freeClaim = firstEmptyRow(claims);
    writeRow(claims, freeClaim, ["CL-NW-1", "T-NW-900", 1500, null, day("2026-07-10"), "Submitted", null, "@SUM(1,2)"]);
    writeRow(claims, freeClaim + 1, ["CL-XX-1", "T-26001", 999, null, day("2026-07-10"), "Submitted", null, "pasted"]);
  });
  const pack = join(dir, "northwind-filled.xlsx");
  await writeFile(pack, filled);
  return { dir, plan, pack, planBefore, rows, statusBefore };
}

let s: Scenario;
beforeAll(async () => {
  s = await scenario();
});

test("the pack leaves out the plan's user columns and other sheets", async () => {
  const pack = await excel(await readFile(join(s.dir, "northwind.xlsx")));
  const values = [...cellMap(pack).values()].join("\n");
  expect(values).not.toMatch(/Vendor-only note|Renewal risk|watch budget/);
  expect(pack.worksheets.map((w) => w.name)).not.toContain("Vendor notes");
});

test("the dry run lists each edit where it belongs and writes nothing", async () => {
  const result = await jmp("merge", s.plan, s.pack, "--dry-run", "--json");
  expect(result.stderr).toBe("");
  expect(result.code).toBe(1);
  const preview = JSON.parse(result.stdout);
  expect(preview).toMatchObject({ dryRun: true, applied: false, pack: { partner: "P-103", plan: "FY2026 Joint Marketing Plan", source: "plan.xlsx" } });
  expect(preview.added.map((a: { table: string; id: string }) => `${a.table} ${a.id}`)).toEqual(["JmpTactics T-NW-900", "JmpClaims CL-NW-1"]);
  expect(preview.added[0].values).toMatchObject({ Status: "Submitted", Description: "Partner webinar on migration", "Partner ID": "P-103" });
  expect(preview.changed).toEqual([
    { table: "JmpTactics", id: "T-26013", planRow: 14, packRow: s.rows.described, columns: [{ column: "Description", plan: "Cloud migration executive briefing, Atlanta", pack: "Updated briefing agenda" }] },
    expect.objectContaining({ table: "JmpTactics", id: "T-26017", columns: [expect.objectContaining({ column: "Description", pack: FORMULA_TEXT })] }),
  ]);
  expect(preview.conflicts).toEqual([]);
  const refused = preview.refused.map((r: { table: string; id: string; column?: string }) => `${r.table} ${r.id} ${r.column ?? "(row)"}`);
  expect(refused).toEqual(["JmpTactics T-26015 Status", "JmpTactics T-NW-900 Status", "JmpTactics T-26001 (row)", "JmpClaims CL-XX-1 (row)"]);
  expect(preview.refused[0]).toMatchObject({ plan: s.statusBefore, pack: s.statusBefore === "Approved" ? "Completed" : "Approved" });
  expect(preview.refused[2].reason).toMatch(/P-101/);
  expect(preview.kept).toEqual([]);
  expect(new Uint8Array(await readFile(s.plan))).toEqual(s.planBefore);
});

describe("after the merge", () => {
  let merged: Workbook;
  let mergedBytes: Uint8Array;
  let code: number;
  beforeAll(async () => {
    const result = await jmp("merge", s.plan, s.pack);
    code = result.code;
    expect(result.stdout).toMatch(/updated: 2 rows added, 2 cells changed in 2 rows/);
    mergedBytes = new Uint8Array(await readFile(s.plan));
    merged = await excel(mergedBytes);
  });

  test("exit 1 says refused edits are listed", () => {
    expect(code).toBe(1);
  });

  test("the partner's edits are in the plan", () => {
    const tactics = sheet(merged, "Tactics");
    expect(tactics.getCell(rowOf(tactics, "T-26013"), 5).value).toBe("Updated briefing agenda");
    const added = rowOf(tactics, "T-NW-900");
    expect(added).toBe(82);
    expect([2, 3, 4, 5, 8, 9, 10].map((c) => tactics.getCell(added, c).value)).toEqual(["P-103", "INI-CLOUD", "Webinar", "Partner webinar on migration", 8000, 3000, "Submitted"]);
    const claims = sheet(merged, "Claims");
    expect(claims.getCell(rowOf(claims, "CL-NW-1"), 8).value).toBe("@SUM(1,2)");
  });

  test("formula-looking text stays text", () => {
    const tactics = sheet(merged, "Tactics");
    expect(tactics.getCell(rowOf(tactics, "T-26017"), 5).value).toBe(FORMULA_TEXT);
    const formulas = [...unzip(mergedBytes)].filter(([name]) => name.startsWith("xl/worksheets/")).flatMap(([, xml]) => xml.toString("utf8").match(/<f>[^<]*<\/f>/g) ?? []);
    expect(formulas.filter((f) => /example\.com|SUM\(1,2\)/.test(f))).toEqual([]);
  });

  test("refused edits are absent", async () => {
    const tactics = sheet(merged, "Tactics");
    expect(tactics.getCell(rowOf(tactics, "T-26015"), 10).value).toBe(s.statusBefore);
    expect(tactics.getCell(rowOf(tactics, "T-26001"), 5).value).toBe("Cloud migration executive briefing, Dallas");
    const claims = sheet(merged, "Claims");
    expect(() => rowOf(claims, "CL-XX-1")).toThrow();
  });

  test("every other cell, sheet and user column is as it was", async () => {
    const before = cellMap(await excel(s.planBefore));
    // The JMP Log is generated: its lines are checked on their own.
    const after = cellMap(merged, ["Dashboard", "Issues", "JMP Log"]);
    const tactics = sheet(merged, "Tactics");
    const claimRow = rowOf(sheet(merged, "Claims"), "CL-NW-1");
    const expectedChanges = new Set([`Tactics!E${rowOf(tactics, "T-26013")}`, `Tactics!E${rowOf(tactics, "T-26017")}`]);
    const changed = [...before].filter(([key, value]) => after.get(key) !== value).map(([key]) => key);
    expect(changed.sort()).toEqual([...expectedChanges].sort());
    const appeared = [...after.keys()].filter((key) => !before.has(key));
    expect(appeared.every((key) => /^Tactics![A-L]82$/.test(key) || new RegExp(`^Claims![A-H]${claimRow}$`).test(key))).toBe(true);
    expect(tactics.getCell("M82").value).toBeNull();
    // The plan had no results sheets yet; the merge refreshes (here: creates) them.
    const sheetsBefore = (await excel(s.planBefore)).worksheets.map((w) => w.name);
    expect(merged.worksheets.map((w) => w.name)).toEqual([...sheetsBefore, "JMP Log", "Dashboard", "Issues"]);
  });

  test("the tables grew to hold the new rows and the plan still checks", async () => {
    const tactics = sheet(merged, "Tactics");
    const model = Object.values((tactics as unknown as { tables: Record<string, LoadedTable> }).tables)[0].table;
    expect(model.tableRef).toBe("A1:M82");
    // The new row looks like the one above it and keeps the Status dropdown.
    expect(tactics.getCell("F82").numFmt).toBe(tactics.getCell("F81").numFmt);
    expect(tactics.getCell("J82").dataValidation).toMatchObject({ type: "list", formulae: [expect.stringContaining("Submitted")] });
    const check = await jmp("check", s.plan);
    expect(check.stdout).toMatch(/errors?|warnings?/);
    expect(check.code).toBe(2);
  });

  test("merging the same pack again changes nothing and refuses nothing: the JMP Log holds what it refused the first time", async () => {
    const again = await jmp("merge", s.plan, s.pack, "--json");
    const result = JSON.parse(again.stdout);
    expect(again.code).toBe(0);
    expect(result).toMatchObject({ applied: false, added: [], changed: [], conflicts: [], refused: [] });
    // T-NW-900 holds the Submitted the first merge wrote; the rest the log records as refused by this pack.
    expect(result.refusedBefore.map((r: { table: string; id: string; column?: string }) => `${r.table} ${r.id} ${r.column ?? "(row)"}`)).toEqual(["JmpTactics T-26015 Status", "JmpTactics T-26001 (row)", "JmpClaims CL-XX-1 (row)"]);
    expect(new Uint8Array(await readFile(s.plan))).toEqual(mergedBytes);
  });
});
