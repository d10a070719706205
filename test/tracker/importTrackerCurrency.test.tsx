/** @jest-environment jsdom */
/**
 * Inside Excel (the Office.js adapter on the typed fake), a plan set up with Create the template
 * (its money columns in the template's dollars) takes a euro tracker's Currency on import: the
 * amounts the pane writes show in euros, and so do the money columns of the tables left empty,
 * whose look a row the user types later takes.
 */
import "../taskpane/support/dom";
import { screen } from "@testing-library/react";
import { currency, excelMoneyFormat } from "../../src/model/money";
import { formatKind, requireTableSpec, TABLES } from "../../src/model/schema";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel, tableNamed } from "../fakes/fakeExcel";
import type { FakeExcel } from "../fakes/fakeExcel";
import { d } from "../import/trackerKit";
import type { Cell } from "../import/trackerKit";
import { storedCell } from "./paneTracker";
import { showImport } from "./trackerPane";

const EURO = excelMoneyFormat(currency("EUR"));
const DOLLAR = excelMoneyFormat(currency("USD"));

const TRACKER: readonly (readonly Cell[])[] = [
  ["Partner", "Activity", "Type", "Start", "End", "Total Cost", "MDF Requested (€)", "Approved (€)"],
  ["Contoso Ltd", "Spring webinar", "Webinar", d("2026-03-10"), d("2026-03-10"), "€4,000", "€2,000", "€2,000"],
  ["Northwind", "Autumn roadshow", "Event", d("2026-09-01"), d("2026-09-03"), "€20,000", "€10,000", "€8,000"],
];

/** One money cell of a plan table's body in the fake: its value and number format. */
function moneyCells(excel: FakeExcel): { table: string; value: unknown; format: string }[] {
  return TABLES.flatMap((spec) => {
    const table = tableNamed(excel, spec.name);
    const money = table.columnNames.flatMap((name, c) => (requireTableSpec(spec.name).columns.some((col) => col.header === name && formatKind(col.type) === "money") ? [c] : []));
    return Array.from({ length: table.bodyRows }, (_, r) => r).flatMap((r) =>
      money.map((c) => ({ table: spec.name, value: table.sheet.value(table.top + 1 + r, table.left + c), format: table.sheet.numberFormat(table.top + 1 + r, table.left + c) })),
    );
  });
}

test("a plan made with Create the template takes a euro tracker's Currency, and its money shows in euros", async () => {
  const excel = createFakeExcel({ sheets: ["MDF"] });
  TRACKER.forEach((row, r) => row.forEach((value, c) => excel.sheet("MDF").setRaw(r, c, storedCell(value))));
  const workbook = new ExcelWorkbook(excel.host, { debounceMs: 5 });
  await workbook.applyTemplate();
  expect([...new Set(moneyCells(excel).map((c) => c.format))]).toEqual([DOLLAR]);

  const { user } = showImport(workbook);
  await screen.findByRole("heading", { name: "Preview" });
  await user.click(screen.getByRole("button", { name: "Accept and import 2 activities" }));
  await screen.findByText("Imported 2 activities from MDF");

  const settings = (await workbook.readTables()).find((t) => t.name === "JmpSettings");
  expect(settings?.rows.find((row) => row[0] === "Currency")?.[1]).toBe("EUR");
  const cells = moneyCells(excel);
  expect(cells.filter((c) => c.value !== undefined && c.value !== null && c.value !== "").map((c) => [c.table, c.value, c.format])).toEqual([
    ["JmpTactics", 4000, EURO],
    ["JmpTactics", 2000, EURO],
    ["JmpTactics", 20000, EURO],
    ["JmpTactics", 10000, EURO],
    ["JmpAllocations", 2000, EURO],
    ["JmpAllocations", 8000, EURO],
  ]);
  // The written rows' blank money cells, and the Claims table's empty row.
  expect([...new Set(cells.map((c) => c.format))]).toEqual([EURO]);
  expect(cells.some((c) => c.table === "JmpClaims")).toBe(true);
});
