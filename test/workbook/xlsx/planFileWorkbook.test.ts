/**
 * `PlanFileWorkbook`, the workbook `jmp apply` opens: a plan whose template is current gets its
 * Dashboard and Issues spliced in without ExcelJS ever loading it, every other part (the JMP
 * tables' sheets included) kept byte for byte, and the generated sheets the same as the whole
 * model writes them; a plan the template must change (a missing column, a missing dropdown, an
 * older version) goes through the whole model as before.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Workbook } from "exceljs";
import { analyze } from "../../../src/engine";
import { TEMPLATE_VERSION } from "../../../src/model/schema";
import { PlanFileWorkbook } from "../../../src/workbook/xlsx/PlanFileWorkbook";
import * as generated from "../../../src/workbook/xlsx/refresh/generatedPackage";
import type { TemplateFacts } from "../../../src/workbook/xlsx/refresh/templateCurrent";
import { templateIsCurrent } from "../../../src/workbook/xlsx/refresh/templateCurrent";
import { checkWorkbookBytes } from "../../../src/workbook/xlsx/zipGuard";
import { StreamedTables } from "../../../src/workbook/xlsx/stream/StreamedTables";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { excel, jmp, samplePlanBytes, tempDir } from "../../packs/packHelpers";
import { loadedByExcelJs, withChart } from "./chartParts";
import { packageProblems } from "./packageChecks";
import { partText, rewriteXlsx, unzip } from "./zipFiles";

const dir = tempDir();

/** The parts of `after` that differ from `before` or are new. */
function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const a = unzip(before);
  return [...unzip(after)].filter(([name, bytes]) => !a.get(name)?.equals(bytes)).map(([name]) => name).sort();
}

/** Every cell value of a sheet, row by row. */
function sheetValues(workbook: Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow((row, r) => {
    rows[r] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

/** How a sheet looks: every cell's format, the row heights, column widths, frozen panes and filter. */
function sheetLook(workbook: Workbook, name: string): unknown {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const cells: Record<string, unknown> = {};
  const heights: Record<number, number> = {};
  sheet.eachRow((row, r) => {
    if (row.height !== undefined) heights[r] = row.height;
    row.eachCell((cell) => {
      const { font, fill, border, alignment, numFmt } = cell.style;
      cells[cell.address] = { font, fill, border, alignment, numFmt };
    });
  });
  const widths = sheet.columns.map((c) => c.width);
  const [view] = sheet.views;
  return { cells, heights, widths, view: { state: view?.state, ...(view?.state === "frozen" ? { x: view.xSplit, y: view.ySplit, topLeft: view.topLeftCell } : {}) }, filter: sheet.autoFilter };
}

/** Applies the template and refreshes as `jmp apply` does; returns the saved bytes and the result. */
async function applied(bytes: Uint8Array): Promise<{ saved: Uint8Array; added: number }> {
  const workbook = await PlanFileWorkbook.load(bytes);
  const result = await workbook.applyTemplate();
  await workbook.writeResults(analyze(await workbook.readTables()));
  const added = result.tablesAdded.length + result.columnsAdded.length + result.settingsAdded.length;
  return { saved: await workbook.toBuffer(), added };
}

/** The same through ExcelJS's model of the whole workbook. */
async function appliedThroughModel(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = await XlsxWorkbook.load(bytes);
  await workbook.applyTemplate();
  await workbook.writeResults(analyze(await workbook.readTables()));
  return workbook.toBuffer();
}

test("a plan at the current template gets only its Dashboard and Issues, as the whole model writes them", async () => {
  const original = await samplePlanBytes();
  const { saved, added } = await applied(original);
  expect(added).toBe(0);
  // The JMP tables' sheets and tables and the shared strings are the file's own; the styles grow.
  expect(changedParts(original, saved)).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet12.xml", "xl/worksheets/sheet13.xml"].sort());
  expect(packageProblems(saved)).toEqual([]);
  expect(await (await StreamedTables.load(saved)).readTables()).toEqual(await (await XlsxWorkbook.load(saved)).readTables());

  const model = await excel(await appliedThroughModel(original));
  const spliced = await excel(saved);
  expect(spliced.worksheets.map((s) => s.name)).toEqual(model.worksheets.map((s) => s.name));
  for (const name of ["Dashboard", "Issues"]) {
    expect(sheetValues(spliced, name)).toEqual(sheetValues(model, name));
    expect(sheetLook(spliced, name)).toEqual(sheetLook(model, name));
  }
});

test("applying again replaces the generated sheets in place, the same as they were", async () => {
  const once = (await applied(await samplePlanBytes())).saved;
  const twice = (await applied(once)).saved;
  const thrice = (await applied(twice)).saved;
  // Nothing in the plan changed, so nothing in the file does: the generated sheets are rewritten as they were.
  expect(changedParts(once, twice)).toEqual([]);
  expect(changedParts(twice, thrice)).toEqual([]);
  expect(partText(thrice, "xl/workbook.xml")).toBe(partText(twice, "xl/workbook.xml"));
  expect(partText(thrice, "xl/styles.xml")).toBe(partText(once, "xl/styles.xml"));
  expect(thrice.byteLength).toBe(twice.byteLength);
  expect(packageProblems(thrice)).toEqual([]);
});

test("a user's own Dashboard sheet is kept; the generated one takes a free name after the last sheet", async () => {
  const original = rewriteXlsx(await samplePlanBytes(), (name, text) => (name === "xl/workbook.xml" ? text.replace('name="Outcomes"', 'name="Dashboard"') : text));
  const { saved } = await applied(original);
  const names = (await excel(saved)).worksheets.map((s) => s.name);
  expect(names.slice(-3)).toEqual(["JmpTemplate", "JMP Dashboard", "Issues"]);
  expect(names).toContain("Dashboard");
  expect(packageProblems(saved)).toEqual([]);
});

test("jmp apply refreshes a plan holding a chart ExcelJS cannot load, keeping the chart byte for byte", async () => {
  const original = withChart(await samplePlanBytes(), "Tactics", "$H$2:$H$9");
  await expect(loadedByExcelJs(original)).rejects.toThrow("reading 'anchors'");
  const path = join(dir, "chart.xlsx");
  writeFileSync(path, original);
  const result = await jmp("apply", path);
  expect(result).toMatchObject({ code: 0, stderr: "" });
  expect(result.stdout).toContain("nothing to add");
  const saved = readFileSync(path);
  for (const part of ["xl/charts/chart9.xml", "xl/drawings/drawing9.xml", "xl/worksheets/sheet6.xml"]) expect(unzip(saved).get(part)).toEqual(unzip(original).get(part));
  expect(packageProblems(saved)).toEqual([]);
  expect(await (await StreamedTables.load(saved)).readTables()).toEqual(await (await StreamedTables.load(original)).readTables());
});

/** The sample plan with one edit to the part `part`. */
async function editedPlan(part: string, edit: (text: string) => string): Promise<Uint8Array> {
  return rewriteXlsx(await samplePlanBytes(), (name, text) => (name === part ? edit(text) : text));
}

test.each([
  ["a dropdown is missing", "xl/worksheets/sheet6.xml", (text: string) => text.replace(/<dataValidation [^>]*sqref="D2:D81"[^>]*>.*?<\/dataValidation>/, "").replace(/count="\d+"/, 'count="3"')],
  ["the template version is older", "xl/worksheets/sheet11.xml", (text: string) => text.replace('<c r="B1"><v>3</v>', '<c r="B1"><v>2</v>')],
])("a plan whose template is not current goes through the whole model (%s)", async (_, part, edit) => {
  const original = await editedPlan(part, edit);
  expect(partText(original, part)).not.toBe(partText(await samplePlanBytes(), part));
  const { saved } = await applied(original);
  // The model rewrites the JMP tables' sheets; what it writes is what the whole model writes.
  expect(changedParts(original, saved)).toContain("xl/worksheets/sheet6.xml");
  expect(partText(saved, "xl/worksheets/sheet11.xml")).toContain('<c r="B1"><v>3</v>');
  expect(partText(saved, "xl/worksheets/sheet6.xml")).toMatch(/<dataValidation [^>]*sqref="D2:D81"/);
  expect(packageProblems(saved)).toEqual([]);
});

/** The facts the template decision reads, from a plan's bytes. */
async function factsOf(bytes: Uint8Array): Promise<TemplateFacts> {
  const streamed = await StreamedTables.load(bytes);
  const contents = await checkWorkbookBytes(bytes);
  return { map: streamed.map, version: TEMPLATE_VERSION, tables: await streamed.readTables(), validations: contents.validations ?? new Map() };
}

test("the template is current only with every table, column, setting, dropdown and the version", async () => {
  const facts = await factsOf(await samplePlanBytes());
  expect(templateIsCurrent(facts)).toBe(true);
  expect(templateIsCurrent({ ...facts, version: TEMPLATE_VERSION - 1 })).toBe(false);
  expect(templateIsCurrent({ ...facts, version: undefined })).toBe(false);
  const withoutColumn = facts.map.sheets.map((s) => ({ ...s, tables: s.tables.map((t) => (t.name === "JmpClaims" ? { ...t, columns: t.columns.slice(0, -1) } : t)) }));
  expect(templateIsCurrent({ ...facts, map: { ...facts.map, sheets: withoutColumn } })).toBe(false);
  const withoutTable = facts.map.sheets.map((s) => ({ ...s, tables: s.tables.filter((t) => t.name !== "JmpOutcomes") }));
  expect(templateIsCurrent({ ...facts, map: { ...facts.map, sheets: withoutTable } })).toBe(false);
  const settings = facts.tables.map((t) => (t.name === "JmpSettings" ? { ...t, rows: t.rows.slice(0, -1) } : t));
  expect(templateIsCurrent({ ...facts, tables: settings })).toBe(false);
  const tactics = facts.map.sheets.find((s) => s.name === "Tactics")?.part ?? "";
  const fewerDropdowns = new Map(facts.validations);
  fewerDropdowns.set(tactics, (facts.validations.get(tactics) ?? []).slice(1));
  expect(templateIsCurrent({ ...facts, validations: fewerDropdowns })).toBe(false);
  // A dropdown over part of the column's cells is one (the model asks the same).
  fewerDropdowns.set(tactics, [...(facts.validations.get(tactics) ?? []).slice(1), "B40 ZZ1"]);
  expect(templateIsCurrent({ ...facts, validations: fewerDropdowns })).toBe(true);
});

test("when the light writer refuses the generated sheets, the whole model writes them", async () => {
  const original = await samplePlanBytes();
  const refused = jest.spyOn(generated, "generatedPackage").mockImplementation(() => {
    throw new Error("The generated sheets hold a value the light writer does not write");
  });
  try {
    const { saved } = await applied(original);
    expect(refused).toHaveBeenCalled();
    // The model rewrote the JMP tables' sheets, and wrote the Dashboard and Issues.
    expect(changedParts(original, saved)).toContain("xl/worksheets/sheet6.xml");
    expect((await excel(saved)).worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Dashboard", "Issues"]));
    expect(packageProblems(saved)).toEqual([]);
  } finally {
    refused.mockRestore();
  }
});
