import { analyze } from "../../../src/engine";
import type { Analysis } from "../../../src/engine";
import { columnLetters } from "../../../src/model/rawTable";
import { currency, excelMoneyFormat } from "../../../src/model/money";
import { dashboardLayout, ISSUE_HEADERS, issueRows } from "../../../src/workbook/layout";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../../fakes/fakeExcel";
import type { FakeExcel } from "../../fakes/fakeExcel";
import { generatePlan } from "../../helpers/generatePlan";
import { cleanPlan, workbook } from "../../helpers/tables";

const FOUR_MB = 4_000_000;

async function written(tables = workbook(cleanPlan())): Promise<{ excel: FakeExcel; analysis: Analysis; wb: ExcelWorkbook }> {
  const excel = createFakeExcel({ tables });
  const analysis = analyze(tables);
  const wb = new ExcelWorkbook(excel.host);
  await wb.writeResults(analysis, { activate: "dashboard" });
  return { excel, analysis, wb };
}

/** The row (zero-based) holding `text` in column A of a sheet. */
function rowOf(excel: FakeExcel, sheet: string, text: string): number {
  const s = excel.sheet(sheet);
  for (let r = 0; r < s.values.length; r++) if (s.value(r, 0) === text) return r;
  throw new Error(`${text} not found on ${sheet}`);
}

describe("writing the Dashboard and Issues sheets in Excel", () => {
  test("the Dashboard holds every block of the layout with its number formats", async () => {
    const { excel, analysis } = await written();
    const layout = dashboardLayout(analysis);
    const sheet = excel.sheet("Dashboard");
    expect(sheet.value(0, 0)).toBe(layout.title);
    expect(sheet.value(1, 0)).toBe(layout.subtitle);
    const money = excelMoneyFormat(currency("USD"));
    for (const block of layout.blocks) {
      const title = rowOf(excel, "Dashboard", block.title);
      const labels = block.formats.findIndex((f) => f !== "text");
      // Metric columns line up after the two label columns whatever the block's own labels.
      const column = (i: number): number => (i < labels ? i : i - labels + 2);
      block.header.forEach((h, i) => expect(sheet.value(title + 1, column(i))).toBe(h));
      block.rows.forEach((row, r) =>
        row.forEach((v, i) => {
          expect(sheet.value(title + 2 + r, column(i))).toBe(v === null ? "" : v);
          const format = (block.rowFormats?.[r] ?? block.formats)[i];
          if (format === "money") expect(sheet.numberFormat(title + 2 + r, column(i))).toBe(money);
          if (format === "percent") expect(sheet.numberFormat(title + 2 + r, column(i))).toBe("0%");
        }),
      );
    }
  });

  test("draws coverage, spend vs revenue, ROI and by-quarter charts from the dashboard's own cells", async () => {
    const { excel } = await written();
    const charts = excel.sheet("Dashboard").charts;
    expect(charts.map((c) => c.title)).toEqual(["MDF coverage by partner", "Spend vs revenue by partner", "ROI by tactic type", "Forecast vs actual by quarter"]);
    const partnersRow = rowOf(excel, "Dashboard", "By partner") + 3;
    const header = (text: string): string => columnLetters(excel.values("Dashboard", `A${partnersRow - 1}:V${partnersRow - 1}`)[0].indexOf(text));
    const cells = (text: string): string => `Dashboard!$${header(text)}$${partnersRow}:$${header(text)}$${partnersRow + 1}`;
    expect(charts[0].series).toEqual([{ name: "Coverage", values: cells("Coverage"), xValues: cells("Partner") }]);
    expect(charts[1].series.map((s) => [s.name, s.values])).toEqual([
      ["Spend", cells("Spend")],
      ["Revenue", cells("Revenue")],
    ]);
    expect(charts.every((c) => c.position !== undefined)).toBe(true);
  });

  test("the Issues sheet lists every finding with a link formula to its cell", async () => {
    const tables = workbook({ ...cleanPlan(), JmpTactics: [...cleanPlan().JmpTactics!, { "Tactic ID": "T9", "Partner ID": "P404", "Initiative ID": "I-CLOUD", "Tactic type": "Webinar", Status: "Draft" }] });
    const { excel, analysis } = await written(tables);
    const rows = issueRows(analysis);
    expect(rows.length).toBeGreaterThan(0);
    const sheet = excel.sheet("Issues");
    expect(excel.values("Issues", "A4:H4")[0]).toEqual([...ISSUE_HEADERS]);
    rows.forEach((row, i) => {
      row.values.slice(0, 7).forEach((v, c) => expect(sheet.value(4 + i, c)).toBe(v === null ? "" : v));
      expect(sheet.formula(4 + i, 7)).toBe(`=HYPERLINK("#'${row.link!.sheet}'!${row.link!.cell}","${row.values[7]}")`);
    });
    expect(sheet.value(1, 0)).toMatch(/^\d+ errors?, \d+ warnings? · /);
    expect(sheet.conditionalFormats.map((cf) => cf.formula)).toEqual(['=$A5="error"', '=$A5="warning"']);
  });

  test("a refresh takes three syncs, whatever the plan's size, and suspends calculation while writing", async () => {
    const small = await written();
    const big = await written(generatePlan({ seed: 5, partners: 2_000, initiatives: 40, tactics: 4_000, allocations: 10, claims: 10, outcomes: 10, problemRate: 0 }));
    for (const { excel } of [small, big]) {
      expect(excel.syncs).toBe(3);
      expect(excel.maxRequestBytes).toBeLessThan(FOUR_MB);
      const [, writes, last] = excel.meter.log;
      expect(writes.suspended).toEqual({ calculation: true, screen: true });
      // The last sync recalculates (links are formulas) and is not suspended.
      expect(last.suspended).toEqual({ calculation: false, screen: false });
      expect(excel.calculations).toBe(1);
    }
    expect(big.excel.state.activeSheet).toBe("Dashboard");
  });

  test("a long Issues list goes out in chunks, each request under the budget", async () => {
    const tables = generatePlan({ seed: 9, partners: 50, initiatives: 5, tactics: 4_000, allocations: 10, claims: 10, outcomes: 10, problemRate: 0.5 });
    // Budget and host limit scaled down 20 times: the same splitting a 100,000-finding list gets at 4 MB.
    const excel = createFakeExcel({ tables, limits: { requestBytes: 200_000 } });
    const analysis = analyze(tables);
    expect(analysis.findings.length).toBeGreaterThan(3_000);
    await new ExcelWorkbook(excel.host, { limits: { budgetBytes: 180_000 } }).writeResults(analysis, { only: "issues" });
    expect(excel.meter.refused).toBe(0);
    expect(excel.maxRequestBytes).toBeLessThan(200_000);
    const bytes = excel.meter.log.reduce((n, s) => n + s.requestBytes, 0);
    expect(excel.syncs).toBeGreaterThan(3);
    expect(excel.syncs).toBeLessThanOrEqual(2 + Math.ceil(bytes / 90_000) + 1);
    const last = 4 + analysis.findings.length - 1;
    expect(excel.sheet("Issues").value(last, 6)).toBe(analysis.findings[analysis.findings.length - 1].message);
    expect(excel.sheet("Issues").formula(last, 7)).toMatch(/^=HYPERLINK\(/);
  });

  test("a second refresh replaces the generated sheets in place and leaves nothing of the first", async () => {
    const tables = workbook({ ...cleanPlan(), JmpClaims: [{ "Claim ID": "C9", "Tactic ID": "T404", "Amount claimed": 5, "Submitted on": 46082, Status: "Paid" }] });
    const excel = createFakeExcel({ tables });
    const wb = new ExcelWorkbook(excel.host);
    await wb.writeResults(analyze(tables));
    const order = excel.state.sheets.map((s) => s.name);
    const fixed = workbook(cleanPlan());
    await wb.writeResults(analyze(fixed));
    expect(excel.state.sheets.map((s) => s.name)).toEqual(order);
    expect(excel.sheet("Issues").value(4, 0)).toBe("No findings: the plan passes every check.");
    expect(excel.sheet("Issues").value(5, 0)).toBe("");
    expect(excel.sheet("Dashboard").charts).toHaveLength(4);
    expect([...excel.state.names.values()].map((n) => n.formula).sort()).toEqual(["=Dashboard!$A$1", "=Issues!$A$1"]);
  });

  test("a refresh rewrites the generated sheets in place: a user's formula into the Dashboard keeps its reference", async () => {
    const tables = workbook(cleanPlan());
    const excel = createFakeExcel({ tables, sheets: ["Notes"] });
    const wb = new ExcelWorkbook(excel.host);
    await wb.writeResults(analyze(tables));
    const ids = { dashboard: excel.sheet("Dashboard").id, issues: excel.sheet("Issues").id };
    const b5 = excel.sheet("Dashboard").value(4, 1);
    excel.sheet("Notes").input(0, 0, "=Dashboard!B5");
    excel.sheet("Notes").input(1, 0, "=Issues!A1");
    excel.reset();

    await wb.writeResults(analyze(tables));
    // One sync more than a first write: the charts of the sheets being rewritten are listed.
    expect(excel.syncs).toBe(4);
    expect(excel.sheet("Notes").formula(0, 0)).toBe("=Dashboard!B5");
    expect(excel.sheet("Notes").formula(1, 0)).toBe("=Issues!A1");
    expect({ dashboard: excel.sheet("Dashboard").id, issues: excel.sheet("Issues").id }).toEqual(ids);
    expect(excel.sheet("Dashboard").value(4, 1)).toEqual(b5);
    expect(excel.sheet("Dashboard").charts).toHaveLength(4);
  });

  test("the fake turns references into a deleted sheet into #REF! (what re-creating the sheets would do)", () => {
    const excel = createFakeExcel({ sheets: ["Notes", "Dashboard"] });
    excel.sheet("Notes").input(0, 0, "=Dashboard!B5");
    excel.state.deleteSheet(excel.sheet("Dashboard"));
    expect(excel.sheet("Notes").formula(0, 0)).toBe("=#REF!B5");
  });

  test("a user's own Dashboard sheet is left alone; the generated one takes a free name", async () => {
    const tables = workbook(cleanPlan());
    const excel = createFakeExcel({ tables, sheets: ["Dashboard"] });
    excel.sheet("Dashboard").setRaw(0, 0, "My own dashboard");
    await new ExcelWorkbook(excel.host).writeResults(analyze(tables));
    expect(excel.sheet("Dashboard").value(0, 0)).toBe("My own dashboard");
    expect(excel.sheet("JMP Dashboard").value(0, 0)).toBe("FY26 Joint Marketing Plan");
  });

  test("text from the plan is written as text, never as a formula or a number", async () => {
    const plan = cleanPlan();
    plan.JmpPartners![0] = { ...plan.JmpPartners![0], Partner: '=HYPERLINK("https://example.com","x")' };
    plan.JmpPartners![1] = { ...plan.JmpPartners![1], "Partner ID": "00123", Partner: "+1-555" };
    const tables = workbook(plan);
    const { excel } = await written(tables);
    const sheet = excel.sheet("Dashboard");
    const first = rowOf(excel, "Dashboard", "By partner") + 2;
    expect(sheet.value(first, 1)).toBe('=HYPERLINK("https://example.com","x")');
    expect(sheet.value(first + 1, 0)).toBe("00123");
    expect(sheet.value(first + 1, 1)).toBe("+1-555");
    expect(sheet.formulas.size).toBe(0);
  });
});
