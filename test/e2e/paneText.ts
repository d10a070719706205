/**
 * Reading what the pane shows, and the figures of `jmp report --json` written the way the pane
 * writes them, so the two can be compared as text.
 */
import type { Locator, Page } from "playwright-core";
import type { FiguresOrUnknownJson } from "../../src/engine/figuresJson";
import { currency as currencyOf, unitsToCents } from "../../src/model/money";
import { money, percent } from "../../src/taskpane/format";

/** Money in report units as the pane shows it ("$12,000.00"). */
export function moneyText(units: number | null, currencyCode: string): string {
  return money(units === null ? null : unitsToCents(units), currencyOf(currencyCode));
}

/** A ratio as the pane shows it ("98.1%", "—"). */
export function ratioText(ratio: number | null): string {
  return percent(ratio);
}

/** How the pane shows each figure a partner table may have as a column, by column header. */
const FIGURE_COLUMNS: Readonly<Record<string, (f: FiguresOrUnknownJson, currency: string) => string>> = {
  Budget: (f, c) => moneyText(f.budget, c),
  Requested: (f, c) => moneyText(f.requested, c),
  Authorized: (f, c) => moneyText(f.authorized, c),
  Aligned: (f, c) => moneyText(f.aligned, c),
  Coverage: (f) => ratioText(f.coverage),
  Alignment: (f) => ratioText(f.alignment),
  Spend: (f, c) => moneyText(f.spend, c),
  Paid: (f, c) => moneyText(f.paid, c),
  Utilization: (f) => ratioText(f.utilization),
  Progress: (f) => ratioText(f.progress),
  Revenue: (f, c) => moneyText(f.revenue, c),
  Pipeline: (f, c) => moneyText(f.pipeline, c),
  Forecast: (f, c) => moneyText(f.forecast, c),
  Attainment: (f) => ratioText(f.attainment),
  ROI: (f) => ratioText(f.roi),
};

/**
 * The rows a per-partner table should show for the report's partners, in the columns it has:
 * the partner's name, then each figure as the pane writes it. Throws on a column it does not
 * know, so a new column is compared too rather than skipped.
 */
export function expectedPartnerRows(headers: readonly string[], partners: readonly (FiguresOrUnknownJson & { name: string; id: string })[], currency: string): string[][] {
  const [, ...figures] = headers;
  const formats = figures.map((h) => {
    const format = FIGURE_COLUMNS[h];
    if (!format) throw new Error(`No report figure for the column "${h}"`);
    return format;
  });
  return partners.map((p) => [p.name || p.id, ...formats.map((format) => format(p, currency))]);
}

/** The header texts of a table. */
export async function tableHeaders(table: Locator): Promise<string[]> {
  return (await table.getByRole("columnheader").allInnerTexts()).map((h) => h.trim());
}

/** The cells of every body row of a table, as text; a cell's first line only (names carry a note). */
export async function tableRows(table: Locator): Promise<string[][]> {
  const rows = table.locator("tbody tr");
  const out: string[][] = [];
  for (const row of await rows.all()) {
    const cells = await row.getByRole("cell").allInnerTexts();
    out.push(cells.map((c) => c.split("\n")[0].trim()));
  }
  return out;
}

/** Shows a view of the pane by its tab. */
export async function showView(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("tab", { name, selected: true }).waitFor();
}

/** Opens a workbook file through the pane's file input and waits for the check to finish. */
export async function openFile(page: Page, file: string, fileName: string): Promise<void> {
  await page.getByLabel("Open an .xlsx workbook").setInputFiles(file);
  await page.getByRole("group", { name: "Workbook file" }).getByText(fileName, { exact: false }).waitFor();
  await page.getByRole("tab", { name: "Check" }).waitFor();
  // The check reads the streamed tables first; the setup view's sheet lists (tracker, convert)
  // load the whole workbook after it, each with its own spinner: wait for all of them.
  await page.waitForFunction(() => document.querySelectorAll('[role="progressbar"]').length === 0);
}
