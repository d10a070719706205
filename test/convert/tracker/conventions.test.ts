/**
 * A tracker's columns are read by their own conventions: European amounts, day-first dates,
 * two-digit years, "15-Mar-26"; and the currency its amounts name.
 */
import { dayFromText } from "../../../src/model/dates";
import { existingPlan, planTrackerImport } from "../../../src/workbook/convert/tracker";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { samplePlanBytes } from "../../packs/packHelpers";

const HEADER = ["Partner", "Activity", "Start", "End", "Requested", "Approved", "Claimed"];

function imported(rows: unknown[][]) {
  return planTrackerImport({ name: "T", values: { headers: HEADER, rows, headerRow: 1 } });
}

function tacticCells(result: ReturnType<typeof imported>) {
  return result.rows.filter((r) => r.table === "JmpTactics").map((r) => Object.fromEntries(r.cells));
}

const day = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

test("a column of European amounts is read as one: '4.000 €' is four thousand, '20.000,00 €' twenty thousand", () => {
  const result = imported([
    ["Bechtle", "Messe", "2026-03-01", "2026-03-02", "4.000 €", "2.000 €", "1.500,50 €"],
    ["Cancom", "Webinar", "2026-04-01", "2026-04-01", "20.000,00 €", "150.000 €", null],
  ]);
  expect(tacticCells(result).map((t) => t.mdfRequested)).toEqual([4000, 20000]);
  expect(result.rows.filter((r) => r.table === "JmpAllocations").map((r) => r.cells.get("amount"))).toEqual([2000, 150000]);
  expect(result.rows.find((r) => r.table === "JmpClaims")?.cells.get("amountClaimed")).toBe(1500.5);
  expect(result.notes).toContain('Amounts in "Requested" are read in the European format (1.234,56 or 1 234,56).');
  expect(result.currency).toBe("EUR");
});

test("American amounts stay American, and a column naming two currencies is listed for review", () => {
  const result = imported([
    ["A", "x", "2026-03-01", "2026-03-02", "$4,000.50", "€2,000", null],
    ["B", "y", "2026-04-01", "2026-04-01", "1,250", "$1,000", null],
  ]);
  expect(tacticCells(result).map((t) => t.mdfRequested)).toEqual([4000.5, 1250]);
  expect(result.currency).toBeUndefined();
  // Said with the rows whose amounts are in the other currency, and how the plan converts them.
  expect(result.review.filter((r) => r.message.startsWith("The amounts name several currencies"))).toEqual([
    {
      kind: "conflict",
      message: "The amounts name several currencies (USD, EUR); those in EUR are read as USD, the plan's currency: set the partner's Currency to EUR in the Partners table and a EUR rate in Rates to convert them",
      rows: [2],
    },
  ]);
});

test("a date column holding a date that can only be day first is read day first throughout", () => {
  const result = imported([
    ["A", "x", "02/06/2026", "05/06/2026", 10, 10, null],
    ["B", "y", "28/04/2026", "30/04/2026", 10, 10, null],
  ]);
  expect(tacticCells(result).map((t) => [t.start, t.end])).toEqual([
    [day("2026-06-02"), day("2026-06-05")],
    [day("2026-04-28"), day("2026-04-30")],
  ]);
  expect(result.notes).toContain("Dates are read day first (dd/mm/yyyy) in every date column, as some of them can only be.");
});

test("one date column that can only be day first makes the sheet's other date columns day first too", () => {
  // A one-day webinar: Start "03/04/2026" beside End "03/04/2026" and "27/03/2026" in End's column.
  const result = imported([
    ["A", "Webinar", "03/04/2026", "03/04/2026", 10, 10, null],
    ["B", "Mailing", "02/02/2026", "27/03/2026", 10, 10, null],
  ]);
  expect(tacticCells(result).map((t) => [t.start, t.end])).toEqual([
    [day("2026-04-03"), day("2026-04-03")],
    [day("2026-02-02"), day("2026-03-27")],
  ]);
});

test("European amounts make ambiguous slashed dates day first", () => {
  const result = imported([["A", "x", "03/04/2026", "05/04/2026", "1.000,00 €", null, null]]);
  expect(tacticCells(result)[0]).toMatchObject({ start: day("2026-04-03"), end: day("2026-04-05") });
  expect(result.notes).toContain("Dates are read day first (dd/mm/yyyy) in every date column, as the amounts are written the European way.");
});

test("a sheet whose date columns show both orders is read column by column", () => {
  const result = imported([
    ["A", "x", "28/04/2026", "3/27/2026", 10, 10, null],
    ["B", "y", "03/04/2026", "3/4/2026", 10, 10, null],
  ]);
  expect(tacticCells(result).map((t) => [t.start, t.end])).toEqual([
    [day("2026-04-28"), day("2026-03-27")],
    [day("2026-04-03"), day("2026-03-04")],
  ]);
});

test("French amounts: a space (plain or no-break) groups thousands, a comma marks decimals", () => {
  const result = imported([
    ["Atos", "Webinaire", "2026-03-01", "2026-03-01", "6 000,00 €", "5\u00a0500,50 €", "1\u202f250 €"],
    ["Orange", "Salon", "2026-04-01", "2026-04-02", "20 000 €", "18 000 €", null],
  ]);
  expect(tacticCells(result).map((t) => t.mdfRequested)).toEqual([6000, 20000]);
  expect(result.rows.filter((r) => r.table === "JmpAllocations").map((r) => r.cells.get("amount"))).toEqual([5500.5, 18000]);
  expect(result.rows.find((r) => r.table === "JmpClaims")?.cells.get("amountClaimed")).toBe(1250);
  expect(result.currency).toBe("EUR");
});

test("French and Spanish headers map to their fields", () => {
  const result = planTrackerImport({
    name: "T",
    values: {
      headers: ["Partenaire", "Action", "Type d'action", "Date de début", "Date de fin", "Coût total (€)", "Montant demandé €", "Montant accordé €", "Statut", "Montant réclamé €", "Statut réclamation", "Payé le", "Chiffre d'affaires €"],
      rows: [["Atos", "Webinaire", "Webinar", "2026-03-01", "2026-03-01", 2000, 1000, 900, "Approved", 800, "Paid", "2026-04-01", 5000]],
      headerRow: 1,
    },
  });
  expect(result.columns.map((m) => m.field)).toEqual(["partner", "activity", "tacticType", "start", "end", "totalCost", "requested", "authorized", "tacticStatus", "claimed", "claimStatus", "paidOn", "revenue"]);
  const spanish = planTrackerImport({
    name: "T",
    values: { headers: ["Socio", "Actividad", "Fecha de inicio", "Fecha de fin", "Importe solicitado", "Importe aprobado", "Estado"], rows: [["Acme", "Evento", "2026-03-01", "2026-03-02", 100, 100, "Approved"]], headerRow: 1 },
  });
  expect(spanish.columns.map((m) => m.field)).toEqual(["partner", "activity", "start", "end", "requested", "authorized", "tacticStatus"]);
});

test("two-digit years and '15-Mar-26' are dates; month-first slashes stay month first", () => {
  const result = imported([["A", "x", "1/15/26", "15-Mar-26", 10, 10, null]]);
  expect(tacticCells(result)[0]).toMatchObject({ start: day("2026-01-15"), end: day("2026-03-15") });
  expect(dayFromText("2026-03-15")).toBeDefined();
});

test("a tracker all in euros imported into a dollar plan says so, with each row once", async () => {
  const existing = existingPlan(await (await XlsxWorkbook.load(await samplePlanBytes())).readTables());
  const result = planTrackerImport(
    {
      name: "T",
      values: {
        headers: HEADER,
        rows: [
          ["Bechtle", "Messe", "2026-03-01", "2026-03-02", "4.000 €", "2.000 €", null],
          ["Cancom", "Webinar", "2026-04-01", "2026-04-01", "1.000 €", "1.000 €", null],
        ],
        headerRow: 1,
      },
    },
    { existing },
  );
  expect(result.review.filter((r) => r.message.includes("the plan's currency"))).toEqual([
    {
      kind: "conflict",
      message: "The amounts are in EUR but are read as USD, the plan's currency: set the partner's Currency to EUR in the Partners table and a EUR rate in Rates to convert them",
      rows: [2, 3],
    },
  ]);
});

test("a month named in another language of the plan's formats is read too: '15-mrt-26', '3-Okt-26'", () => {
  const result = imported([["A", "x", "15-mrt-26", "3-Okt-26", 10, 10, null]]);
  expect(tacticCells(result)[0]).toMatchObject({ start: day("2026-03-15"), end: day("2026-10-03") });
});
