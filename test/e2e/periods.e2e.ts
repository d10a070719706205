/**
 * Results by quarter in the pane's browser mode: the trend by quarter and the period picker show
 * the same figures as `jmp report --period LABEL --json` for the sample plan (fiscal year =
 * calendar year, so FY2026-Q1 to FY2026-Q4); and the HTML report draws forecast vs actual and
 * spend by quarter, photographed.
 */
import { readFileSync } from "fs";
import { basename, join } from "path";
import { chromium } from "playwright-core";
import type { ReportJson } from "../../src/engine/reportJson";
import { CHROMIUM, SCREENSHOTS, startPane, WORK_DIR } from "./paneBrowser";
import type { PaneHarness } from "./paneBrowser";
import { moneyText, openFile, ratioText, showView } from "./paneText";
import { jmp, samplePlanFile } from "./workbooks";

let pane: PaneHarness;
let file: string;

beforeAll(async () => {
  file = samplePlanFile("periods-plan.xlsx");
  pane = await startPane();
  await pane.open();
  await openFile(pane.page, file, basename(file));
});

afterAll(async () => {
  await pane?.close();
});

/** The figures of a FigureList group, label -> value. */
async function figureValues(group: ReturnType<PaneHarness["page"]["getByRole"]>): Promise<Record<string, string>> {
  const labels = await group.locator("dt").allTextContents();
  const values = await group.locator("dd").allTextContents();
  return Object.fromEntries(labels.map((l, i) => [l, values[i]]));
}

test("the period picker shows a quarter's figures as the command line gives them", async () => {
  const { page } = pane;
  await showView(page, "Results");
  const picker = page.getByLabel("Period");
  // The sample plan holds revenue dated before the plan and whole-plan forecasts: what no quarter holds is offered too.
  await expect(picker.locator("option").allTextContents()).resolves.toEqual(["Whole plan", "FY2026-Q1", "FY2026-Q2", "FY2026-Q3", "FY2026-Q4", "Outside the quarters"]);
  await picker.selectOption("FY2026-Q2");
  const report = JSON.parse(jmp("report", file, "--period", "FY2026-Q2", "--json")) as ReportJson;
  const q2 = report.periods?.[0]?.totals;
  if (!q2) throw new Error("no FY2026-Q2 in the report");
  const shown = await figureValues(page.getByRole("group", { name: "Results of FY2026-Q2" }));
  const currency = report.plan.currency;
  expect(shown).toMatchObject({
    Revenue: moneyText(q2.revenue, currency),
    Forecast: moneyText(q2.forecast, currency),
    Spend: moneyText(q2.spend, currency),
    Pending: moneyText(q2.pending, currency),
    ROI: ratioText(q2.roi),
  });
  expect(q2.revenue).toBeGreaterThan(0);
  await page.getByRole("group", { name: "Results of FY2026-Q2" }).scrollIntoViewIfNeeded();
  await pane.screenshot("14-results-by-quarter");
  await picker.selectOption({ label: "Outside the quarters" });
  const outside = (JSON.parse(jmp("report", file, "--by", "quarter", "--json")) as ReportJson).outsidePeriods;
  if (!outside) throw new Error("nothing outside the quarters in the report");
  const shownOutside = await figureValues(page.getByRole("group", { name: "Results outside the quarters" }));
  expect(shownOutside).toMatchObject({ Revenue: moneyText(outside.revenue, currency), Forecast: moneyText(outside.forecast, currency), Spend: moneyText(outside.spend, currency) });
  await picker.selectOption("*");
  await page.getByRole("group", { name: "Results of the whole plan" }).waitFor();
});

test("the HTML report charts forecast vs actual and spend by quarter", async () => {
  const out = join(WORK_DIR, "periods-report.html");
  jmp("report", file, "--html", out);
  const html = readFileSync(out, "utf8");
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    await page.setContent(html);
    for (const title of ["Forecast and actual revenue by quarter", "MDF spend by quarter"]) {
      const figure = page.locator("figure", { has: page.getByRole("heading", { name: title }) });
      await expect(figure.locator(".wide svg").count()).resolves.toBe(1);
    }
    const quarters = page.locator("figure", { has: page.getByRole("heading", { name: "Forecast and actual revenue by quarter" }) });
    await quarters.scrollIntoViewIfNeeded();
    await quarters.screenshot({ path: join(SCREENSHOTS, "report-forecast-by-quarter.png") });
    await page.locator("figure", { has: page.getByRole("heading", { name: "MDF spend by quarter" }) }).screenshot({ path: join(SCREENSHOTS, "report-spend-by-quarter.png") });
  } finally {
    await browser.close();
  }
});
