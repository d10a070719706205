/**
 * Scenario 3: a user opens a workbook of their own (no JMP tables), sets up the template in
 * the pane, downloads the result, and the downloaded file holds every JMP table as an Excel
 * table, with the user's own sheet as it was.
 */
import { basename, join } from "path";
import { Workbook } from "exceljs";
import { TABLES } from "../../src/model/schema";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { startPane, WORK_DIR } from "./paneBrowser";
import type { PaneHarness } from "./paneBrowser";
import { openFile, showView } from "./paneText";
import { ownWorkbookFile } from "./workbooks";

let pane: PaneHarness;

beforeAll(async () => {
  pane = await startPane();
  await pane.open();
});

afterAll(async () => {
  await pane?.close();
});

test("the template set up in the pane is in the downloaded file", async () => {
  const { page } = pane;
  const file = await ownWorkbookFile();
  await openFile(page, file, basename(file));
  await showView(page, "Set up");
  await page.getByText("This workbook has no JMP tables yet.").waitFor();
  await pane.screenshot("07-setup-empty");

  await page.getByRole("button", { name: "Create the template" }).click();
  await page.getByText("Template version 3 is in place").waitFor();
  await page.getByText(`All ${TABLES.length} JMP tables are in this workbook.`).waitFor();
  await pane.screenshot("08-setup-done");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toBe(basename(file));
  const saved = join(WORK_DIR, "downloaded-template.xlsx");
  await download.saveAs(saved);

  // Read back twice: by the adapter (what the tool sees) and by ExcelJS (real table objects).
  const tables = await (await XlsxWorkbook.fromFile(saved)).readTables();
  expect(tables.map((t) => t.name)).toEqual(TABLES.map((t) => t.name));
  const raw = new Workbook();
  await raw.xlsx.readFile(saved);
  const excelTables = raw.worksheets.flatMap((sheet) => Object.values((sheet as unknown as { tables: Record<string, { table: { name: string } }> }).tables).map((t) => t.table.name));
  expect(excelTables).toEqual(expect.arrayContaining(TABLES.map((t) => t.name)));
  const notes = raw.getWorksheet("Notes");
  expect([notes?.getCell("A1").value, notes?.getCell("A2").value]).toEqual(["Partner marketing notes", "Kick-off with Northwind on 3 March"]);

  expect(pane.outside).toEqual([]);
  expect(pane.errors).toEqual([]);
});
