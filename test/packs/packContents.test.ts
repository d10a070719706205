/**
 * What a partner finds in a pack file: the sheets in order, the vendor's columns locked and
 * shaded, room for new rows, the template's dropdowns listing only this partner, a hidden record
 * of what the pack was made from, and instructions that say the locks are a convenience.
 */
import type { Workbook, Worksheet } from "exceljs";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { TACTIC_TYPES } from "../../src/model/schema";
import { readPack } from "../../src/workbook/xlsx/packs/readPack";
import { makePack, SPARE_ROWS } from "../../src/workbook/packs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { excel, NOW, packBytes, rowOf, samplePlanBytes, sheet } from "./packHelpers";

let bytes: Uint8Array;
let pack: Workbook;
beforeAll(async () => {
  bytes = await packBytes(await samplePlanBytes(), "P-103");
  pack = await excel(bytes);
});

function locked(ws: Worksheet, address: string): boolean {
  return ws.getCell(address).protection?.locked !== false;
}

/** The cells a list validation's range formula points at. */
/** What a list dropdown offers: `INDIRECT("Table[Column]")` read from the pack's table, or a range's cells. */
function listValues(workbook: Workbook, formula: string): { sheet: string; values: unknown[] } {
  const indirect = /^INDIRECT\("([^[]+)\[([^\]]+)\]"\)$/.exec(formula);
  if (indirect) {
    const [, tableName, columnName] = indirect;
    for (const ws of workbook.worksheets) {
      const tables = (ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string; columns: { name: string }[] } }> }).tables;
      const table = Object.values(tables).find((t) => t.table.name === tableName)?.table;
      if (!table) continue;
      const [, fromColumn, from, to] = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(table.tableRef) ?? [];
      const top = Number(from);
      const left = Number(ws.getColumn(fromColumn).number) + table.columns.findIndex((c) => c.name === columnName);
      const bottom = Number(to);
      const values = Array.from({ length: bottom - top }, (_, i) => ws.getCell(top + 1 + i, left).value).filter((v) => v !== null && v !== "");
      return { sheet: ws.name, values };
    }
    throw new Error(`no table ${tableName}`);
  }
  const match = /^'?([^'!]+)'?!\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?$/.exec(formula);
  if (!match) throw new Error(`not a range: ${formula}`);
  const [, name, column, top, bottom = top] = match;
  const ws = workbook.getWorksheet(name) as Worksheet;
  return { sheet: name, values: Array.from({ length: Number(bottom) - Number(top) + 1 }, (_, i) => ws.getCell(`${column}${Number(top) + i}`).value) };
}

test("the sheets come in working order and the provenance sheet is very hidden", () => {
  expect(pack.worksheets.map((w) => [w.name, w.state])).toEqual([
    ["Instructions", "visible"],
    ["Joint Plan", "visible"],
    ["Tactics", "visible"],
    ["Claims", "visible"],
    ["Outcomes", "visible"],
    ["Allocations", "visible"],
    ["Initiatives", "visible"],
    ["Tactic Types", "visible"],
    ["Partners", "visible"],
    ["Settings", "visible"],
    ["JmpPack", "veryHidden"],
  ]);
  expect(pack.worksheets.every((w) => (w as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true)).toBe(true);
  expect(pack.definedNames.model).toEqual([]);
});

test("vendor-owned columns are locked and shaded; the partner's cells and spare rows are open", () => {
  const tactics = sheet(pack, "Tactics");
  const row = rowOf(tactics, "T-26013");
  expect(tactics.getCell("J1").value).toBe("Status");
  expect(locked(tactics, `J${row}`)).toBe(true);
  expect(tactics.getCell(`J${row}`).fill).toMatchObject({ type: "pattern", pattern: "solid" });
  expect(locked(tactics, `E${row}`)).toBe(false);
  expect(locked(tactics, "A1")).toBe(true);
  const claims = sheet(pack, "Claims");
  // CL-047 is Submitted, so still the partner's; Status (F) is open: the partner moves a Draft claim to Submitted there.
  const open = rowOf(claims, "CL-047");
  expect(["D", "G"].map((c) => locked(claims, `${c}${open}`))).toEqual([true, true]);
  expect(["A", "B", "C", "E", "F", "H"].map((c) => locked(claims, `${c}${open}`))).toEqual([false, false, false, false, false, false]);
  // Ten tactics and the spare rows, all inside the table.
  expect(locked(tactics, `E${11 + SPARE_ROWS}`)).toBe(false);
  expect(tactics.getCell(`B${11 + SPARE_ROWS}`).dataValidation).toMatchObject({ type: "list" });
  expect(locked(sheet(pack, "Initiatives"), "B2")).toBe(true);
});

test("the partner's allocations are on a locked reference sheet: each authorized amount, read-only", () => {
  const allocations = sheet(pack, "Allocations");
  const rows = Array.from({ length: allocations.rowCount - 1 }, (_, i) => [allocations.getCell(i + 2, 1).value, allocations.getCell(i + 2, 2).value, allocations.getCell(i + 2, 4).value]);
  expect(rows.map((r) => r[0])).toEqual(["AL-011", "AL-013", "AL-023", "AL-030", "AL-035", "AL-041", "AL-059"]);
  expect(rows.every((r) => r[1] === "P-103")).toBe(true);
  // AL-011 funds T-26015 with 10,750 (the sample plan).
  expect(rows[0][2]).toBe(10750);
  expect(locked(allocations, "D2")).toBe(true);
  expect(locked(allocations, `A${allocations.rowCount + 1}`)).toBe(true);
});

test("the Partner ID dropdowns list only this partner; the Initiative ID dropdowns only the reference initiatives", () => {
  for (const name of ["Joint Plan", "Tactics", "Outcomes"]) {
    const ws = sheet(pack, name);
    const partnerColumn = name === "Joint Plan" ? "A" : "B";
    const list = listValues(pack, String(ws.getCell(`${partnerColumn}2`).dataValidation?.formulae?.[0]));
    expect(list).toEqual({ sheet: "Partners", values: ["P-103"] });
  }
  const initiatives = listValues(pack, String(sheet(pack, "Tactics").getCell("C2").dataValidation?.formulae?.[0]));
  expect(initiatives.values).toEqual(["INI-CLOUD", "INI-SECURITY", "INI-DATA-AI", "INI-SMB", "INI-HYBRID"]);
  expect(sheet(pack, "Tactics").getCell("J2").dataValidation?.formulae).toEqual(['"Draft,Submitted,Approved,Rejected,Cancelled,Completed"']);
});

describe("the Tactic type dropdown lists the plan's own types", () => {
  /** The pack of P-103 made from the sample plan's tables changed by `edit`. */
  async function packOf(edit: (tables: ReturnType<typeof samplePlanTables>) => ReturnType<typeof samplePlanTables>): Promise<Workbook> {
    const { pack: made } = await makePack({ readTables: async () => edit(samplePlanTables()) }, "P-103", { now: NOW });
    return excel(await made.toBuffer());
  }
  const typesOn = (wb: Workbook): unknown[] => sheet(wb, "Tactic Types").getColumn(1).values.slice(2);

  test("the plan's list, inactive types and descriptions included, on a locked reference sheet the dropdown points at", async () => {
    const wb = await packOf((tables) =>
      tables.map((t) => (t.name === "JmpTacticTypes" ? { ...t, rows: [...t.rows, ["Paid Social", "Social ads", "Yes"], ["Fax", "Retired", "No"]] } : t)),
    );
    expect(typesOn(wb)).toEqual([...TACTIC_TYPES, "Paid Social", "Fax"]);
    const types = sheet(wb, "Tactic Types");
    expect(types.getCell(`C${TACTIC_TYPES.length + 3}`).value).toBe("No");
    expect(locked(types, "A2")).toBe(true);
    const tactics = sheet(wb, "Tactics");
    expect(tactics.getCell("D2").dataValidation).toMatchObject({ type: "list", formulae: ['INDIRECT("JmpTacticTypes[Tactic type]")'] });
    expect(tactics.getCell(`D${11 + SPARE_ROWS}`).dataValidation).toMatchObject({ formulae: ['INDIRECT("JmpTacticTypes[Tactic type]")'] });
  });

  test("a plan without its own list (template version 1) packs the ten defaults", async () => {
    const wb = await packOf((tables) => tables.filter((t) => t.name !== "JmpTacticTypes"));
    expect(typesOn(wb)).toEqual([...TACTIC_TYPES]);
  });
});

test("claims in the pack are all on the partner's tactics", () => {
  const tactics = sheet(pack, "Tactics");
  const own = new Set<unknown>();
  for (let r = 2; r <= tactics.rowCount; r++) own.add(tactics.getCell(r, 1).value);
  const claims = sheet(pack, "Claims");
  const claimed: unknown[] = [];
  for (let r = 2; r <= claims.rowCount; r++) if (claims.getCell(r, 1).value) claimed.push(claims.getCell(r, 2).value);
  expect(claimed).toHaveLength(7);
  expect(claimed.every((t) => own.has(t))).toBe(true);
});

test("the pack records its partner, plan, time and a fingerprint of every packed row", async () => {
  const { provenance, tables } = await readPack(await XlsxWorkbook.load(bytes), "pack.xlsx");
  expect(provenance).toMatchObject({ partnerId: "P-103", partnerName: "Northwind Systems", planName: "FY2026 Joint Marketing Plan", vendor: "Contoso Cloud", source: "plan.xlsx", packedAt: NOW().toISOString() });
  const count = (table: string): number => provenance.rows.filter((r) => r.table === table).length;
  expect([count("JmpJointPlan"), count("JmpTactics"), count("JmpClaims"), count("JmpOutcomes"), count("JmpAllocations")]).toEqual([3, 10, 7, 15, 7]);
  expect(provenance.rows.find((r) => r.id === "T-26013")?.columns.get("description")).toMatch(/^[0-9a-f]{16}$/);
  expect(tables.map((t) => t.name)).toEqual(["JmpSettings", "JmpTacticTypes", "JmpInitiatives", "JmpPartners", "JmpJointPlan", "JmpTactics", "JmpAllocations", "JmpClaims", "JmpOutcomes"]);
});

test("the instructions name the vendor's columns and say the locks are no safeguard", () => {
  const text = sheet(pack, "Instructions").getColumn(1).values.join("\n");
  expect(text).toContain("Tactics: Status; Claims: Amount approved, Status, Paid on");
  expect(text).toMatch(/no password/);
  expect(text).toMatch(/not imported/);
  expect(text).toMatch(/move your own Draft claim to Submitted/);
  expect(text).toMatch(/Allocations shows what the vendor authorized/);
  // The day the pack was made, never as an "as of" a partner would take for the plan's As of.
  expect(text).toContain(`as it was when the pack was made, on ${NOW().toISOString().slice(0, 10)}`);
  expect(text).not.toMatch(/as of \d/);
  expect(String(pack.title)).toContain("P-103");
  expect(pack.creator).toBe("JMP Planner");
});
