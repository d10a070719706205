/**
 * `jmp report --currency partner`: each partner's figures in its own currency, exactly as its
 * rows were typed, the totals in the plan currency; the default report stays in the plan's. By
 * period too: each period's partner rows come from the same period of the partner view.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../../src/engine";
import { writeCsvReport } from "../../src/cli/report/csvReport";
import { reportJson, selectReport } from "../../src/engine/reportJson";
import { plainReport } from "../../src/cli/report/plainReport";
import { htmlReport } from "../../src/cli/html/page";
import { d, workbook } from "../helpers/tables";
import { eurPlan, lumpSum, planWithP001In } from "../engine/currencies/currencyPlan";

const plan = eurPlan([lumpSum("A1", 1000, d("2026-02-01")), lumpSum("A2", 2000, d("2026-10-01")), lumpSum("A3", 0.05, d("2026-08-01")), lumpSum("A4", 0.05, d("2026-08-01"))]);
const analysis = analyze(workbook(plan));

test("the JSON report in the partner view lists each partner in its own currency; totals stay in the plan's", () => {
  const json = reportJson(analysis, {}, undefined, "partner");
  expect(json.partners.map((p) => [p.id, p.currency, p.authorized, p.budget])).toEqual([
    ["P001", "EUR", 3000.1, 50000],
    ["P002", "USD", 0, 20000],
  ]);
  // The README's example: 1,080.00 + 2,200.00 + 0.06 + 0.06 USD.
  expect(json.totals.authorized).toBe(3280.12);
  expect(reportJson(analysis).partners[0]).not.toHaveProperty("currency");
  expect(reportJson(analysis).partners[0].authorized).toBe(3280.12);
});

test("the terminal report names each partner's currency and formats its money in it", () => {
  const text = plainReport(analysis, selectReport(analysis), "", "hint", {}, undefined, "partner");
  expect(text).toContain("Partners in their own currencies; totals in USD.");
  const p1 = text.split("\n").find((line) => line.includes("P001") && line.includes("EUR"));
  expect(p1).toContain("€3,000.10");
  expect(plainReport(analysis, selectReport(analysis), "", "hint")).toContain("$3,280.12");
});

test("a partner filter keeps the partner's own currency, within the initiative asked", () => {
  const json = reportJson(analysis, { partnerKey: "P001", initiativeKey: "I-CLOUD" }, undefined, "partner");
  expect(json.partners.map((p) => [p.currency, p.requested])).toEqual([["EUR", 10000]]);
});

describe("by period, the partner view lists each period's partners in their own currencies too", () => {
  const quarters = () => {
    const cut = analysis.periods("quarter");
    if (!("periods" in cut)) throw new Error(cut.problem);
    return cut.periods;
  };
  const p001 = (json: ReturnType<typeof reportJson>) => json.periods?.map((p) => [p.period, p.partners.find((x) => x.id === "P001")?.currency, p.partners.find((x) => x.id === "P001")?.authorized]);

  test("JSON: P001's quarters in euros as typed (0.05 + 0.05 in Q3), each row naming its currency; totals in dollars", () => {
    const json = reportJson(analysis, {}, quarters(), "partner");
    expect(p001(json)).toEqual([
      ["FY2026-Q1", "EUR", 1000],
      ["FY2026-Q2", "EUR", 0],
      ["FY2026-Q3", "EUR", 0.1],
      ["FY2026-Q4", "EUR", 2000],
    ]);
    expect(json.periods?.[2].partners.find((x) => x.id === "P002")?.currency).toBe("USD");
    // Each 0.05 EUR at 1.10 is 5.5 cents, rounded to 6 on its row.
    expect(json.periods?.[2].totals.authorized).toBe(0.12);
    const planView = reportJson(analysis, {}, quarters());
    expect(p001(planView)).toEqual([
      ["FY2026-Q1", undefined, 1080],
      ["FY2026-Q2", undefined, 0],
      ["FY2026-Q3", undefined, 0.12],
      ["FY2026-Q4", undefined, 2200],
    ]);
  });

  test("periods.csv gets a currency column: the partners' own, the plan's on each period's totals row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jmp-currency-csv-"));
    await writeCsvReport(dir, reportJson(analysis, {}, quarters(), "partner"));
    const [header, ...rows] = readFileSync(join(dir, "periods.csv"), "utf8").replace(/^\uFEFF/, "").trim().split("\r\n").map((l) => l.split(","));
    expect(header.slice(0, 7)).toEqual(["period", "start", "end", "partnerId", "partnerName", "currency", "budget"]);
    const at = (period: string, partner: string) => rows.find((r) => r[0] === period && r[3] === partner);
    const authorized = header.indexOf("authorized");
    expect([at("FY2026-Q3", "")?.[5], at("FY2026-Q3", "")?.[authorized]]).toEqual(["USD", "0.12"]);
    expect([at("FY2026-Q3", "P001")?.[5], at("FY2026-Q3", "P001")?.[authorized]]).toEqual(["EUR", "0.1"]);
    expect(at("FY2026-Q3", "P002")?.[5]).toBe("USD");
  });
});

describe("a partner whose currency has no rate: its money in its currency is unknown, never 0.00", () => {
  // P001 in CHF, and the Rates table has no rate for it: V10 at its Currency cell, its rows count nowhere.
  const chf = analyze(workbook(planWithP001In("CHF", [], [lumpSum("A1", 1000, d("2026-02-01")), lumpSum("A3", 500, d("2026-02-01"), "P002")])));
  const quarters = () => {
    const cut = chf.periods("quarter");
    if (!("periods" in cut)) throw new Error(cut.problem);
    return cut.periods;
  };

  test("JSON: its money is null and noRate true; counts and the other partners as they are; totals in the plan currency", () => {
    expect(chf.findings.filter((f) => f.code === "V10").map((f) => [f.table, f.column])).toEqual([["JmpPartners", "Currency"]]);
    const json = reportJson(chf, {}, quarters(), "partner");
    const p001 = json.partners.find((p) => p.id === "P001")!;
    expect([p001.currency, p001.noRate, p001.authorized, p001.requested, p001.budget, p001.spend, p001.revenue, p001.forecast, p001.coverage]).toEqual(["CHF", true, null, null, null, null, null, null, null]);
    expect(p001.openClaimsByAge).toEqual({ days0To30: null, days31To60: null, days61To90: null, over90Days: null });
    const p002 = json.partners.find((p) => p.id === "P002")!;
    expect([p002.currency, p002.noRate, p002.authorized]).toEqual(["USD", false, 500]);
    expect(json.totals.authorized).toBe(500);
    // Each period's P001 row too.
    expect(json.periods?.map((p) => p.partners.find((x) => x.id === "P001")).map((x) => [x?.noRate, x?.authorized])).toEqual([
      [true, null],
      [true, null],
      [true, null],
      [true, null],
    ]);
  });

  test("the terminal report shows 'no rate' in its money cells and says why under the table", () => {
    const text = plainReport(chf, selectReport(chf), "", "hint", {}, undefined, "partner");
    const rows = text.split("\n").filter((line) => line.startsWith("P001"));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toContain("no rate");
      expect(row).not.toMatch(/CHF\s+0\.00|0\.00/);
    }
    expect(text).toContain("No rate for CHF in the Rates table: P001's amounts are not counted (V10), and its money cannot be given in CHF.");
    expect(plainReport(analysis, selectReport(analysis), "", "hint", {}, undefined, "partner")).not.toContain("No rate");
  });

  test("the HTML page too", () => {
    const html = htmlReport(chf, selectReport(chf), "", {}, { currencyView: "partner" });
    const p001 = html.split("\n").filter((line) => line.startsWith("<tr><td>P001</td>"));
    expect(p001.length).toBeGreaterThan(0);
    for (const row of p001) expect(row).not.toContain("0.00");
    expect(p001[0]).toContain(`<td class="num">no rate</td>`);
    expect(html).toContain("No rate for CHF in the Rates table: P001&#39;s amounts are not counted (V10)");
  });

  test("CSV: its money cells are blank and its row ends noRate yes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jmp-norate-csv-"));
    await writeCsvReport(dir, reportJson(chf, {}, quarters(), "partner"));
    const read = (file: string) => readFileSync(join(dir, file), "utf8").replace(/^\uFEFF/, "").trim().split("\r\n").map((l) => l.split(","));
    const [header, ...rows] = read("partners.csv");
    const p001 = rows.find((r) => r[0] === "P001")!;
    expect([p001[header.indexOf("currency")], p001[header.indexOf("authorized")], p001[header.indexOf("budget")], header[header.length - 1], p001[p001.length - 1]]).toEqual(["CHF", "", "", "noRate", "yes"]);
    expect(rows.find((r) => r[0] === "P002")?.[header.length - 1]).toBe("no");
    const [periodHeader, ...periodRows] = read("periods.csv");
    const q1 = periodRows.find((r) => r[0] === "FY2026-Q1" && r[3] === "P001")!;
    expect([q1[periodHeader.indexOf("authorized")], q1[q1.length - 1]]).toEqual(["", "yes"]);
    expect(periodRows.find((r) => r[0] === "FY2026-Q1" && r[3] === "")?.[periodHeader.length - 1]).toBe("");
  });
});
