/**
 * `jmp apply` on a version 1 workbook (the sample plan as the v1 template wrote it, plus a
 * user's cells): it becomes version 2 — the Tactic Types table with the default types, the
 * Tactic type dropdown pointing at it — and keeps every cell the workbook had.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Worksheet } from "exceljs";
import { analyze } from "../../../src/engine";
import { requireTableSpec, TACTIC_TYPES, TEMPLATE_VERSION } from "../../../src/model/schema";
import type { ColumnSpec } from "../../../src/model/schema";
import { valueListFormula } from "../../../src/workbook/xlsx/validations";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { expectKept, loadRaw, roundTripped, snapshot } from "./cellSnapshot";

const V1 = new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "template-v1-sample.xlsx")));
const NOW = () => new Date(2026, 5, 1);
const TYPE_COLUMN = requireTableSpec("JmpTactics").columns.find((c) => c.key === "tacticType") as ColumnSpec;

type Validations = Record<string, { type: string; formulae: string[]; errorStyle?: string } | undefined>;

function validations(sheet: Worksheet): Validations {
  return (sheet as unknown as { dataValidations: { model: Validations } }).dataValidations.model;
}

/** The validation of a cell, whether the model keys it by the cell or by a range holding it. */
function validationOf(sheet: Worksheet, address: string): Validations[string] {
  const model = validations(sheet);
  if (model[address]) return model[address];
  const cell = sheet.getCell(address);
  for (const [key, v] of Object.entries(model)) {
    const [from, to] = key.split(":");
    if (!to) continue;
    const a = sheet.getCell(from);
    const b = sheet.getCell(to);
    if (Number(cell.row) >= Number(a.row) && Number(cell.row) <= Number(b.row) && cell.col >= a.col && cell.col <= b.col) return v;
  }
  return undefined;
}

async function upgraded(bytes: Uint8Array = V1) {
  const before = snapshot(await roundTripped(bytes));
  const wb = await XlsxWorkbook.load(bytes, { now: NOW });
  const result = await wb.applyTemplate({ withSample: false });
  const saved = await wb.toBuffer();
  const raw = await loadRaw(saved);
  return { result, saved, raw, before, after: snapshot(raw) };
}

test("the fixture is a version 1 workbook: no Tactic Types table, the fixed list of ten on Tactic type", async () => {
  const v1 = await XlsxWorkbook.load(V1);
  expect(v1.templateVersion()).toBe(1);
  expect((await v1.readTables()).map((t) => t.name)).not.toContain("JmpTacticTypes");
  const raw = await loadRaw(V1);
  expect(validationOf(raw.getWorksheet("Tactics") as Worksheet, "D2")?.formulae).toEqual([valueListFormula(TYPE_COLUMN)]);
});

test("apply upgrades it to version 2, adding the Tactic Types table with the default types and keeping every cell", async () => {
  const { result, saved, raw, before, after } = await upgraded();
  // The fixture predates the fiscal calendar too: its Joint Plan Period column and setting are added.
  // And the partner currencies of version 3: the Partners Currency and Number format columns, the Rates table and the Number format setting.
  expect(result).toEqual({
    tablesAdded: ["JmpTacticTypes", "JmpRates"],
    columnsAdded: [
      { table: "JmpPartners", header: "Currency" },
      { table: "JmpPartners", header: "Number format" },
      { table: "JmpJointPlan", header: "Period" },
    ],
    settingsAdded: ["Fiscal year start", "Number format"],
    version: TEMPLATE_VERSION,
  });
  expect(TEMPLATE_VERSION).toBe(3);
  // The one cell that changes is the template's own: the version it records.
  expect(before.cells.get("JmpTemplate!B1")?.value).toBe(1);
  expect(after.cells.get("JmpTemplate!B1")?.value).toBe(TEMPLATE_VERSION);
  before.cells.delete("JmpTemplate!B1");
  expectKept(before, after);
  expect(raw.getWorksheet("Tactics")?.getCell("P2").value).toBe("Our note on T-26001");
  expect(raw.getWorksheet("Notes")?.getCell("B2").value).toEqual({ formula: "SUM(1,2)", result: 3 });
  const reloaded = await XlsxWorkbook.load(saved);
  expect(reloaded.templateVersion()).toBe(TEMPLATE_VERSION);
  const types = (await reloaded.readTables()).find((t) => t.name === "JmpTacticTypes");
  expect(types).toMatchObject({ sheet: "Tactic Types", headers: ["Tactic type", "Description", "Active"] });
  expect(types?.rows.map((r) => r[0])).toEqual([...TACTIC_TYPES]);
  expect(types?.rows.every((r) => r[2] === "Yes" && typeof r[1] === "string" && r[1] !== "")).toBe(true);
});

test("the Tactic type dropdown now lists the plan's types, over every tactic row", async () => {
  const { raw } = await upgraded();
  const tactics = raw.getWorksheet("Tactics") as Worksheet;
  const last = tactics.getColumn(1).values.length - 1;
  for (const address of ["D2", `D${last}`]) {
    expect(validationOf(tactics, address)).toMatchObject({ type: "list", formulae: ['INDIRECT("JmpTacticTypes[Tactic type]")'], errorStyle: "warning" });
  }
  // No cell keeps the old fixed list.
  expect(Object.values(validations(tactics)).some((v) => v?.formulae[0] === valueListFormula(TYPE_COLUMN))).toBe(false);
});

test("the upgraded plan reads as the v1 plan did: same findings and figures", async () => {
  const before = analyze(await (await XlsxWorkbook.load(V1)).readTables());
  const after = analyze(await (await XlsxWorkbook.load((await upgraded()).saved)).readTables());
  expect(after.findings).toEqual(before.findings);
  expect(after.totals).toEqual(before.totals);
  expect(after.tacticTypes).toEqual(before.tacticTypes);
  expect(after.plan.tacticTypes.map((t) => t.row)).toEqual(TACTIC_TYPES.map((_, i) => i + 2));
});

test("applying again changes nothing; a type added to the table is read and no longer V05", async () => {
  const first = await upgraded();
  const second = await upgraded(new Uint8Array(first.saved));
  expect(second.result).toEqual({ tablesAdded: [], columnsAdded: [], settingsAdded: [], version: TEMPLATE_VERSION });
  expectKept(second.before, second.after);

  const tables = await (await XlsxWorkbook.load(first.saved)).readTables();
  const tactics = tables.find((t) => t.name === "JmpTactics");
  if (!tactics) throw new Error("no Tactics");
  const typeAt = tactics.headers.indexOf("Tactic type");
  const edited = tables.map((t) => (t.name === "JmpTactics" ? { ...t, rows: t.rows.map((r, i) => (i === 0 ? r.map((v, c) => (c === typeAt ? "Paid Social" : v)) : r)) } : t));
  expect(analyze(edited).findings.filter((f) => f.code === "V05").map((f) => f.cell)).toEqual(["D2"]);
  const withType = edited.map((t) => (t.name === "JmpTacticTypes" ? { ...t, rows: [...t.rows, ["Paid Social", "Social ads", "Yes"]] } : t));
  expect(analyze(withType).findings.filter((f) => f.code === "V05")).toEqual([]);
});

test("a validation of the user's own on Tactic type is kept on upgrade", async () => {
  const raw = await loadRaw(V1);
  const tactics = raw.getWorksheet("Tactics") as Worksheet;
  const model = validations(tactics);
  for (const key of Object.keys(model)) if (model[key]?.formulae[0] === valueListFormula(TYPE_COLUMN)) delete model[key];
  expect(validationOf(tactics, "D2")).toBeUndefined();
  (tactics as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add("D2:D200", { type: "list", allowBlank: true, formulae: ['"Ours,Theirs"'] });
  const { raw: after } = await upgraded(new Uint8Array(await raw.xlsx.writeBuffer()));
  expect(validationOf(after.getWorksheet("Tactics") as Worksheet, "D2")?.formulae).toEqual(['"Ours,Theirs"']);
});
