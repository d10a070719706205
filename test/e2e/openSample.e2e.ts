/**
 * Scenario 1: a user opens the sample plan workbook (made with `jmp init --sample`) in the pane's
 * browser mode and sees the same findings and per-partner figures as `jmp report --json` gives
 * for that file; the page asks nothing of any server but its own.
 */
import { basename } from "path";
import type { ReportJson } from "../../src/engine/reportJson";
import { startPane } from "./paneBrowser";
import type { PaneHarness } from "./paneBrowser";
import { expectedPartnerRows, moneyText, openFile, ratioText, showView, tableHeaders, tableRows } from "./paneText";
import { reportOf, samplePlanFile } from "./workbooks";

let pane: PaneHarness;
let file: string;
let report: ReportJson;

beforeAll(async () => {
  file = samplePlanFile();
  report = reportOf(file);
  pane = await startPane();
  await pane.open();
  await pane.screenshot("01-start");
  await openFile(pane.page, file, basename(file));
});

afterAll(async () => {
  await pane?.close();
});

test("the pane shows the plan and the same findings count as the command line", async () => {
  const { page } = pane;
  await showView(page, "Check");
  const errors = report.issues.filter((i) => i.severity === "error").length;
  const warnings = report.issues.length - errors;
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(report.plan.name);
  await page.getByText(`${errors} errors and ${warnings} warnings in the plan.`).waitFor();
  await expect(page.getByLabel("Severity").locator("option").allTextContents()).resolves.toEqual([`All (${report.issues.length})`, `Errors (${errors})`, `Warnings (${warnings})`]);
  await pane.screenshot("02-check");
});

test("funding per partner matches the report", async () => {
  const { page } = pane;
  await showView(page, "Funding");
  const table = page.getByRole("table", { name: "Funding by partner" });
  const headers = await tableHeaders(table);
  expect(headers).toEqual(expect.arrayContaining(["Partner", "Coverage", "Alignment"]));
  expect(await tableRows(table)).toEqual(expectedPartnerRows(headers, report.partners, report.plan.currency));
  await pane.screenshot("03-funding");
});

test("results per partner match the report", async () => {
  const { page } = pane;
  await showView(page, "Results");
  const table = page.getByRole("table", { name: "Results by partner" });
  const headers = await tableHeaders(table);
  expect(headers).toEqual(expect.arrayContaining(["Partner", "Revenue", "ROI"]));
  expect(await tableRows(table)).toEqual(expectedPartnerRows(headers, report.partners, report.plan.currency));
  await pane.screenshot("04-results");
  await showView(page, "Claims");
  await pane.screenshot("05-claims");
});

test("what works best and plan vs actual match the report", async () => {
  const { page } = pane;
  await showView(page, "Results");
  const c = report.plan.currency;
  const types = await tableRows(page.getByRole("table", { name: "Tactic types ranked by ROI" }));
  expect(types.map((r) => [r[0], r[1]])).toEqual(report.bestPractice.types.map((t) => [t.type, ratioText(t.roi)]));
  const u = report.bestPractice.unattributed;
  await page.getByText(`Not tied to any tactic type: revenue ${moneyText(u.revenue, c)}`).waitFor();
  const targets = await tableRows(page.getByRole("table", { name: "Targets by initiative" }));
  expect(targets.map((r) => [r[0], r[3]])).toEqual(report.targets.map((t) => [t.name, ratioText(t.attainment)]));
  const tactics = await tableRows(page.getByRole("table", { name: "Plan vs actual by tactic" }));
  expect(tactics.map((r) => [r[0], r[1]])).toEqual(report.tactics.slice(0, tactics.length).map((t) => [t.id, moneyText(t.revenue, c)]));
  await page.getByRole("heading", { name: "What works best" }).scrollIntoViewIfNeeded();
  await pane.screenshot("04b-best-practice");
});

test("nothing was requested outside the local server and the page logged no error", () => {
  expect(pane.outside).toEqual([]);
  expect(pane.errors).toEqual([]);
  expect(pane.server.served).toContain("/app.html");
});
