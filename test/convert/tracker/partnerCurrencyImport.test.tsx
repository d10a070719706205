/** @jest-environment jsdom */
/**
 * A tracker imported into a plan whose partner has a Currency of its own: the plan reads every
 * amount of that partner's rows in that currency. Dollars for a partner in euros are listed for
 * review (they would count as euros, 2,000.00 USD as 2,200.00 USD at 1.10, with nothing said);
 * euros for it are not (they are read as they are, not "as USD"); and the pane's preview shows
 * the partner's rows in euros, as the plan will count them and as their cells are formatted.
 */
import "../../taskpane/support/dom";
import { render, screen, within } from "@testing-library/react";
import { existingPlan, planTrackerImport } from "../../../src/workbook/convert/tracker";
import type { ExistingPlan, TrackerImport } from "../../../src/workbook/convert/tracker";
import { ImportPreview } from "../../../src/taskpane/tracker/ImportPreview";
import type { RawTable } from "../../../src/model/rawTable";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { samplePlanBytes } from "../../packs/packHelpers";

/** The sample plan (USD) with Northwind Systems (P-103) in EUR. */
async function planWithEuroPartner(): Promise<ExistingPlan> {
  const tables = await (await XlsxWorkbook.load(await samplePlanBytes())).readTables();
  return existingPlan(
    tables.map((table): RawTable => {
      if (table.name !== "JmpPartners") return table;
      const id = table.headers.indexOf("Partner ID");
      const code = table.headers.indexOf("Currency");
      return { ...table, rows: table.rows.map((row) => (row[id] === "P-103" ? row.map((v, i) => (i === code ? "EUR" : v)) : row)) };
    }),
  );
}

function imported(mark: string, existing: ExistingPlan): TrackerImport {
  const headers = ["Partner", "Activity", "Start", "End", "Total cost", `MDF requested (${mark})`, `Approved (${mark})`];
  const rows = [
    ["Northwind Systems", "Spring webinar", "2026-03-10", "2026-03-10", 4000, 2000, 2000],
    ["Adatum Corporation", "Roadshow", "2026-04-01", "2026-04-02", 10000, 5000, 5000],
  ];
  return planTrackerImport({ name: "T", values: { headers, rows, headerRow: 1 } }, { existing });
}

const currencyItems = (result: TrackerImport) => result.review.filter((r) => /read as/.test(r.message));

test("dollars for a partner in euros are listed for review with their row; the plan's own partners' dollars are not", async () => {
  const result = imported("$", await planWithEuroPartner());
  expect(currencyItems(result)).toEqual([
    {
      kind: "conflict",
      message: "The amounts of partner P-103 are in USD but are read as EUR, the partner's Currency in the Partners table: convert them to EUR in the tracker, or set that Currency to USD if all of the partner's amounts are in USD",
      rows: [2],
    },
  ]);
});

test("euros for the partner in euros are read as they are: only the plan's own partner's euros are listed", async () => {
  const result = imported("€", await planWithEuroPartner());
  expect(currencyItems(result)).toEqual([
    {
      kind: "conflict",
      message: "The amounts are in EUR but are read as USD, the plan's currency: set the partner's Currency to EUR in the Partners table and a EUR rate in Rates to convert them",
      rows: [3],
    },
  ]);
});

test("the pane's preview shows the partner's rows in its currency, the others in the plan's", async () => {
  render(<ImportPreview plan={imported("$", await planWithEuroPartner())} />);
  const table = screen.getByRole("table", { name: "First rows for Tactics" });
  const rows = within(table).getAllByRole("row").slice(1).map((r) => r.textContent ?? "");
  expect(rows[0]).toContain("Spring webinar");
  expect(rows[0]).toContain("€2,000.00");
  expect(rows[1]).toContain("Roadshow");
  expect(rows[1]).toContain("$5,000.00");
});
