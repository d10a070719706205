/**
 * JMP.TARGET(initiative) and JMP.TARGETATTAINMENT(initiative): an initiative's Target in its
 * Metric's unit, and the actual of that Metric over it as a fraction; the reasons a cell shows
 * none; and the cells following edits over the Office.js adapter on the Excel fake.
 */
import { analyze } from "../../src/engine";
import { computeFunction } from "../../src/functions/figureLookup";
import { LiveFunctions } from "../../src/functions/liveFunctions";
import { toCellValue } from "../../src/functions/errors";
import { columnLetters } from "../../src/model/rawTable";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { requireTableSpec } from "../../src/model/schema";
import type { TableName } from "../../src/model/schema";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { startSharedPlan } from "../../src/workbook/live/sharedPlan";
import { createFakeExcel } from "../fakes/fakeExcel";
import { workbook } from "../helpers/tables";
import { cellError, na, RecordingInvocation, until } from "./doubles";

const sample = analyze(samplePlanTables());
const cell = (analysis: typeof sample, name: "TARGET" | "TARGETATTAINMENT", initiative?: unknown) => toCellValue(computeFunction(analysis, name, undefined, initiative), cellError);

describe("values", () => {
  test("a Revenue target is in currency units, its attainment a fraction of it", () => {
    expect(cell(sample, "TARGET", "INI-CLOUD")).toBe(4_000_000);
    expect(cell(sample, "TARGETATTAINMENT", "INI-CLOUD")).toBeCloseTo(982_550.5 / 4_000_000, 12);
  });

  test("a Deals target is a count; the initiative is found by name too", () => {
    expect(cell(sample, "TARGET", "SMB Growth Bundle")).toBe(400);
    expect(cell(sample, "TARGETATTAINMENT", " ini-smb ")).toBe(66 / 400);
  });

  test("an initiative with a target and nothing achieved is 0, not an error", () => {
    expect(cell(sample, "TARGETATTAINMENT", "INI-SERVER")).toBe(0);
  });
});

describe("no value", () => {
  const noTarget = workbook({ JmpInitiatives: [{ "Initiative ID": "I-1", Initiative: "Open", Metric: "Revenue", Active: "Yes" }] });

  test.each(["TARGET", "TARGETATTAINMENT"] as const)('JMP.%s of an initiative with a blank Target is #N/A "no target set"', (name) => {
    expect(cell(analyze(noTarget), name, "I-1")).toEqual(na("no target set"));
  });

  test.each(["TARGET", "TARGETATTAINMENT"] as const)("JMP.%s needs an initiative: blank is #VALUE!, unknown is #N/A", (name) => {
    expect(cell(sample, name)).toMatchObject({ error: "#VALUE!" });
    expect(cell(sample, name, "*")).toMatchObject({ error: "#VALUE!" });
    expect(cell(sample, name, true)).toMatchObject({ error: "#VALUE!" });
    expect(cell(sample, name, "INI-NOPE")).toEqual(na("unknown initiative INI-NOPE"));
    expect(cell(analyze([]), name, "INI-CLOUD")).toEqual(na("no JMP plan in this workbook"));
  });
});

/** The A1 address of a column of a sample table's data row (header on row 1 from column A). */
function sampleCell(table: TableName, header: string, dataRow: number): string {
  const index = requireTableSpec(table).columns.findIndex((c) => c.header === header);
  return `${columnLetters(index)}${dataRow + 2}`;
}

test("in Excel, the cells follow an edited Target and an edited outcome, with one read per wave", async () => {
  const excel = createFakeExcel({ tables: samplePlanTables() });
  const book = new ExcelWorkbook(excel.host, { debounceMs: 5 });
  const reads = jest.spyOn(book, "readTables");
  const live = new LiveFunctions(await startSharedPlan(book, {}), cellError);
  const target = new RecordingInvocation();
  const attainment = new RecordingInvocation();
  live.stream("TARGET", target, undefined, "INI-CLOUD");
  live.stream("TARGETATTAINMENT", attainment, undefined, "Cloud Migration Accelerator");
  await until(() => target.results.length === 1 && attainment.results.length === 1, 5, 30);
  expect(target.shown).toBe(4_000_000);
  expect(reads).toHaveBeenCalledTimes(1);

  // The Cloud Migration target goes from 4,000,000 to 5,000,000.
  excel.edit("Initiatives", sampleCell("JmpInitiatives", "Target", 0), [[5_000_000]]);
  await until(() => target.results.length === 2 && attainment.results.length === 2, 5, 30);
  expect(target.shown).toBe(5_000_000);
  expect(attainment.shown).toBeCloseTo(982_550.5 / 5_000_000, 12);
  // OC-001, Cloud Migration revenue of 57,300, becomes 60,000.
  excel.edit("Outcomes", sampleCell("JmpOutcomes", "Value", 0), [[60_000]]);
  await until(() => attainment.results.length === 3, 5, 30);
  expect(attainment.shown).toBeCloseTo((982_550.5 + 2_700) / 5_000_000, 12);
  // The target did not change, so its cell was left alone.
  expect(target.results).toHaveLength(2);
  expect(reads).toHaveBeenCalledTimes(3);
});
