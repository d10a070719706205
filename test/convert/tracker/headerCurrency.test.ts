/**
 * A currency named in a column's header ("MDF requested (EUR)", "Budget [€]", "Approved (€)") is
 * the currency of the plain amounts below it, as a symbol typed in each cell would be: a new plan
 * takes it, a plan in another currency gets the review item a cell in another currency gets, and a
 * cell naming its own currency keeps it. The header still maps to the field its label names.
 */
import { existingPlan, planTrackerImport, writeImport } from "../../../src/workbook/convert/tracker";
import type { TrackerImport } from "../../../src/workbook/convert/tracker";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { samplePlanBytes } from "../../packs/packHelpers";

const HEADER = ["Partner", "Activity", "Start", "End", "Budget [€]", "MDF requested (EUR)", "Approved (€)"];
const PLAIN = ["Partner", "Activity", "Start", "End", "Budget", "MDF requested", "Approved"];
const ROWS: unknown[][] = [
  ["Bechtle", "Messe", "2026-03-01", "2026-03-02", 8000, 4000, 2000],
  ["Cancom", "Webinar", "2026-04-01", "2026-04-01", 3000, 1500.5, 1000],
];
const CURRENCY_ITEM = /the plan's currency/;

function imported(headers: readonly string[], rows: unknown[][] = ROWS, existing?: ReturnType<typeof existingPlan>): TrackerImport {
  return planTrackerImport({ name: "T", values: { headers: [...headers], rows, headerRow: 1 } }, { existing });
}

test("the headers map to the fields their labels name, and the amounts are read as they are", () => {
  const withCurrency = imported(HEADER);
  expect(withCurrency.columns.map((c) => [c.field, c.confidence])).toEqual(imported(PLAIN).columns.map((c) => [c.field, c.confidence]));
  const tactics = withCurrency.rows.filter((r) => r.table === "JmpTactics").map((r) => [r.cells.get("totalCost"), r.cells.get("mdfRequested")]);
  expect(tactics).toEqual([
    [8000, 4000],
    [3000, 1500.5],
  ]);
});

test("a new plan takes the currency the headers name", () => {
  const result = imported(HEADER);
  expect([result.currency, result.planCurrency]).toEqual(["EUR", "EUR"]);
  expect(result.review.filter((r) => CURRENCY_ITEM.test(r.message))).toEqual([]);
  // Without a currency in the headers nothing changes: a plain number names none.
  expect([imported(PLAIN).currency, imported(PLAIN).planCurrency]).toEqual([undefined, "USD"]);
});

test("into a dollar plan: the review item a euro cell gives, with each row once", async () => {
  const existing = existingPlan(await (await XlsxWorkbook.load(await samplePlanBytes())).readTables());
  expect(imported(HEADER, ROWS, existing).review.filter((r) => CURRENCY_ITEM.test(r.message))).toEqual([
    {
      kind: "conflict",
      message: "The amounts are in EUR but are read as USD, the plan's currency: set the partner's Currency to EUR in the Partners table and a EUR rate in Rates to convert them",
      rows: [2, 3],
    },
  ]);
});

test("a cell naming its own currency keeps it under a header naming another", () => {
  const result = imported(["Partner", "Activity", "Start", "End", "Requested (EUR)"], [
    ["Bechtle", "Messe", "2026-03-01", "2026-03-02", 4000],
    ["Contoso", "Webinar", "2026-04-01", "2026-04-01", "$1,000"],
    ["Cancom", "Webinar", "2026-04-01", "2026-04-01", ""],
  ]);
  expect(result.currency).toBeUndefined();
  expect(result.review.filter((r) => CURRENCY_ITEM.test(r.message))).toEqual([
    expect.objectContaining({ message: expect.stringMatching(/^The amounts name several currencies \(EUR, USD\); those in EUR are read as USD/), rows: [2] }),
  ]);
});

test("in a file: the new plan's Settings say EUR", async () => {
  const workbook = XlsxWorkbook.create({ now: () => new Date(Date.UTC(2026, 11, 6)) });
  const sheet = workbook.workbook.addWorksheet("T");
  [HEADER, ...ROWS].forEach((row, r) => row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v as never)));
  await writeImport(workbook, { name: "T", values: await workbook.readSheet("T") }, {}, "Euro plan");
  const settings = (await workbook.readTables()).find((t) => t.name === "JmpSettings");
  expect(settings?.rows.find((r) => r[0] === "Currency")?.[1]).toBe("EUR");
});

test("a dollar written apart is its own currency, in a cell or a header: C$ is Canadian, A$ Australian, $ alone the US dollar", () => {
  const cells = imported(PLAIN, [
    ["Bechtle", "Messe", "2026-03-01", "2026-03-02", "C$8,000.00", "C$4,000.00", "C$2,000.00"],
    ["Cancom", "Webinar", "2026-04-01", "2026-04-01", "C$3,000.00", "C$1,500.50", "C$1,000.00"],
  ]);
  expect(cells.currency).toBe("CAD");
  expect(cells.rows.filter((r) => r.table === "JmpTactics").map((r) => r.cells.get("mdfRequested"))).toEqual([4000, 1500.5]);
  const headers = imported(["Partner", "Activity", "Start", "End", "Cost (A$)", "MDF requested (A$)", "Approved (A$)"]);
  expect(headers.currency).toBe("AUD");
  expect(imported(["Partner", "Activity", "Start", "End", "Cost ($)", "MDF requested ($)", "Approved ($)"]).currency).toBe("USD");
});
