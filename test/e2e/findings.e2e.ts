/**
 * Scenario 2: in the Check view a user narrows the findings to one partner's errors and opens
 * one; the detail names the finding's cell and shows its row. Counts are checked against the
 * engine's findings for the same file.
 */
import { basename } from "path";
import { analyze } from "../../src/engine";
import type { Finding } from "../../src/model/findings";
import { idKey } from "../../src/model/ids";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { startPane } from "./paneBrowser";
import type { PaneHarness } from "./paneBrowser";
import { openFile, showView } from "./paneText";
import { samplePlanFile } from "./workbooks";

let pane: PaneHarness;
let file: string;
let findings: readonly Finding[];

beforeAll(async () => {
  file = samplePlanFile("sample-plan-findings.xlsx");
  findings = analyze(await (await XlsxWorkbook.fromFile(file)).readTables()).findings;
  pane = await startPane();
  await pane.open();
  await openFile(pane.page, file, basename(file));
  await showView(pane.page, "Check");
});

afterAll(async () => {
  await pane?.close();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The partner with the most error findings (the first of them on a tie). */
function busiestPartner(): string {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.severity === "error" && f.partner !== null) counts.set(idKey(f.partner), (counts.get(idKey(f.partner)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

test("filtering by severity and partner shows exactly that partner's errors", async () => {
  const { page } = pane;
  const errors = findings.filter((f) => f.severity === "error");
  await page.getByLabel("Severity").selectOption("error");
  await page.getByText(`Showing ${errors.length} findings: ${errors.length} errors, 0 warnings.`).waitFor();

  const partner = busiestPartner();
  const theirs = errors.filter((f) => f.partner !== null && idKey(f.partner) === partner);
  await page.getByLabel("Partner").selectOption(partner);
  const noun = theirs.length === 1 ? "finding" : "findings";
  await page.getByText(`Showing ${theirs.length} ${noun}: ${theirs.length} ${theirs.length === 1 ? "error" : "errors"}, 0 warnings.`).waitFor();
  const shown = page.getByRole("listitem").getByRole("button");
  await expect(shown.count()).resolves.toBe(theirs.length);
  for (const f of theirs) await shown.filter({ hasText: f.message }).first().waitFor();
});

test("selecting a finding shows its cell and the row it sits on", async () => {
  const { page } = pane;
  const partner = busiestPartner();
  const first = findings.find((f) => f.severity === "error" && f.partner !== null && idKey(f.partner) === partner) as Finding;
  const place = `${first.sheet}!${first.cell}`;
  const button = page.getByRole("button", { name: new RegExp(`${first.code}.*${escapeRegExp(place)}`) }).first();
  await button.click();
  await expect(button.getAttribute("aria-expanded")).resolves.toBe("true");
  const detail = page.getByRole("region", { name: `Row of ${place}` });
  await detail.waitFor();
  if (first.column) await detail.getByText(first.column, { exact: true }).waitFor();
  await pane.screenshot("06-check-filtered-detail");
  expect(pane.outside).toEqual([]);
  expect(pane.errors).toEqual([]);
});
