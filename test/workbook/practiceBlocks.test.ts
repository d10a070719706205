/**
 * What works best and plan vs actual on both Dashboards: the host-neutral blocks (ranking, too-few
 * mark, the unattributed line, targets in their metric's unit, the tactic list's cap), the Excel
 * Dashboard written through the Office.js adapter on the fake (batched: a refresh stays at three
 * syncs) and the ExcelJS Dashboard the CLI writes.
 */
import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import { analyze } from "../../src/engine";
import { bestPractice } from "../../src/engine/bestPractice";
import { excelMoneyFormat } from "../../src/model/money";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { dashboardLayout } from "../../src/workbook/layout";
import type { Block } from "../../src/workbook/layout";
import { MAX_DASHBOARD_TACTICS, TOO_FEW_TEXT } from "../../src/workbook/practiceBlocks";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { writeResults } from "../../src/workbook/xlsx/writeResults";
import { createFakeExcel } from "../fakes/fakeExcel";
import { generatePlan } from "../helpers/generatePlan";

const tables = samplePlanTables();
const analysis = analyze(tables);
const usd = excelMoneyFormat(analysis.plan.settings.currency);

function blockOf(key: string, a = analysis): Block {
  const block = dashboardLayout(a).blocks.find((b) => b.key === key);
  if (!block) throw new Error(`no block ${key}`);
  return block;
}

const cell = (block: Block, row: number, header: string) => block.rows[row][block.header.indexOf(header)];

describe("the Dashboard's best-practice and plan-vs-actual blocks", () => {
  test("rank tactic types by ROI with tactics, cost per opportunity and the line tied to no tactic type", () => {
    const block = blockOf("bestPractice");
    expect(block.rows[0].slice(0, 5)).toEqual(["Content syndication", 5, 73115.97, 589700, bestPractice(analysis).types[0].roi]);
    expect(cell(block, 1, "Cost rank")).toBe(4);
    expect(block.rows[block.rows.length - 1]).toEqual(["Not tied to any tactic type", null, 0, 686250.5, null, null, null, null, null]);
    expect(block.formats[block.header.indexOf("ROI")]).toBe("percent");
  });

  test("mark the partner and type lines too few tactics stand behind", () => {
    const block = blockOf("partnerPractice");
    const few = bestPractice(analysis).partnerTypes.filter((r) => r.tooFew).length;
    expect(few).toBeGreaterThan(0);
    expect(block.rows.filter((r) => cell({ ...block, rows: [r] }, 0, "Too few") === TOO_FEW_TEXT).length).toBe(few);
  });

  test("give each target its metric's unit: money for Revenue, a count for Deals", () => {
    const block = blockOf("targets");
    expect(block.rows[0]).toEqual(["INI-CLOUD", "Cloud Migration Accelerator", 4000000, 982550.5, 0.245637625, "Revenue"]);
    expect(block.rowFormats?.[0].slice(2, 5)).toEqual(["money", "money", "percent"]);
    expect(block.rows[3].slice(2, 6)).toEqual([400, 66, 0.165, "Deals"]);
    expect(block.rowFormats?.[3].slice(2, 5)).toEqual(["count", "count", "percent"]);
  });

  test("list each tactic's expected and actual, at most the first few hundred of a large plan", () => {
    const block = blockOf("tacticResults");
    expect(block.rows[1].slice(0, 10)).toEqual(["T-26002", "P-108", 22000, 26400, 1.2, 58000, 45000, 45000 / 58000, 1, 4209.19]);
    const large = analyze(generatePlan({ seed: 7, partners: 20, initiatives: 4, tactics: MAX_DASHBOARD_TACTICS + 30, allocations: 10, claims: 10, outcomes: 10 }));
    const big = blockOf("tacticResults", large);
    expect(big.rows.length).toBe(MAX_DASHBOARD_TACTICS);
    expect(big.title).toContain(`the first ${MAX_DASHBOARD_TACTICS} of ${MAX_DASHBOARD_TACTICS + 30}`);
  });
});

type FakeSheet = ReturnType<ReturnType<typeof createFakeExcel>["sheet"]>;

/** The zero-based row holding `text` in column A of the fake's sheet. */
function rowOf(sheet: FakeSheet, text: string): number {
  for (let r = 0; r < sheet.values.length; r++) if (sheet.value(r, 0) === text) return r;
  throw new Error(`${text} not found`);
}

/** The zero-based column of `text` in a row of the fake's sheet. */
function columnOf(sheet: FakeSheet, row: number, text: string): number {
  for (let c = 0; c < 40; c++) if (sheet.value(row, c) === text) return c;
  throw new Error(`${text} not found in row ${row}`);
}

test("the Excel Dashboard holds the blocks with percent and unit formats, in the same three syncs", async () => {
  const excel = createFakeExcel({ tables });
  await new ExcelWorkbook(excel.host).writeResults(analysis, { activate: "dashboard" });
  expect(excel.syncs).toBe(3);
  const sheet = excel.sheet("Dashboard");
  const title = blockOf("bestPractice").title;
  const top = rowOf(sheet, title);
  expect(sheet.value(top + 2, 0)).toBe("Content syndication");
  const roi = columnOf(sheet, top + 1, "ROI");
  expect(sheet.value(top + 2, roi)).toBe(bestPractice(analysis).types[0].roi);
  expect(sheet.numberFormat(top + 2, roi)).toBe("0%");
  const targets = rowOf(sheet, "Plan vs actual: initiative targets");
  const target = columnOf(sheet, targets + 1, "Target");
  expect(sheet.value(targets + 2, target)).toBe(4000000);
  expect(sheet.numberFormat(targets + 2, target)).toBe(usd);
  expect(sheet.value(targets + 5, target)).toBe(400);
  expect(sheet.numberFormat(targets + 5, target)).toBe("#,##0");
});

function rowLabelled(sheet: Worksheet, label: string, from = 1): ExcelJS.Row {
  for (let r = from; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === label) return sheet.getRow(r);
  throw new Error(`no row labelled ${label}`);
}

test("the ExcelJS Dashboard holds the blocks with the same formats", async () => {
  const wb = new ExcelJS.Workbook();
  await writeResults(wb, analysis);
  const sheet = wb.getWorksheet("Dashboard")!;
  const title = rowLabelled(sheet, blockOf("bestPractice").title).number;
  const header = sheet.getRow(title + 1);
  const column = (text: string): number => {
    for (let c = 1; c <= header.cellCount; c++) if (header.getCell(c).value === text) return c;
    throw new Error(`no header ${text}`);
  };
  const first = sheet.getRow(title + 2);
  expect(first.getCell(1).value).toBe("Content syndication");
  expect(first.getCell(column("ROI")).value).toBe(bestPractice(analysis).types[0].roi);
  expect(first.getCell(column("ROI")).numFmt).toBe("0%");
  expect(rowLabelled(sheet, "Not tied to any tactic type").getCell(column("Revenue")).value).toBe(686250.5);
  const targetTitle = rowLabelled(sheet, "Plan vs actual: initiative targets").number;
  const smb = rowLabelled(sheet, "INI-SMB", targetTitle);
  const cloud = rowLabelled(sheet, "INI-CLOUD", targetTitle);
  const targetHeader = sheet.getRow(targetTitle + 1);
  let target = 0;
  for (let c = 1; c <= targetHeader.cellCount; c++) if (targetHeader.getCell(c).value === "Target") target = c;
  expect(smb.getCell(target).value).toBe(400);
  expect(smb.getCell(target).numFmt).toBe("#,##0");
  expect(cloud.getCell(target).numFmt).toBe(usd);
});
