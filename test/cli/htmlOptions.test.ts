/**
 * `jmp report --html` honours `--currency partner`, `--by` and `--period` as the terminal report
 * does: a EUR partner's figures in euros beside the totals in dollars, months instead of
 * quarters, and one period's figures with its partners. Figures worked out by hand (the EUR
 * plan: authorized 1,000.00 + 2,000.00 + 0.05 + 0.05 EUR, requested 10,000 + 4,000 EUR; the July
 * plan: see reportPeriods.test.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanPlan, d, PLAN_SETTINGS } from "../helpers/tables";
import { eurPlan, lumpSum } from "../engine/currencies/currencyPlan";
import { fillPlan, jmp, tempDir } from "./planWorkbook";

let eurPath: string;
let julyPath: string;

beforeAll(async () => {
  eurPath = join(tempDir(), "eur.xlsx");
  expect((await jmp(["init", eurPath])).code).toBe(0);
  await fillPlan(eurPath, eurPlan([lumpSum("A1", 1000, d("2026-02-01")), lumpSum("A2", 2000, d("2026-10-01")), lumpSum("A3", 0.05, d("2026-08-01")), lumpSum("A4", 0.05, d("2026-08-01"))]));
  julyPath = join(tempDir(), "july.xlsx");
  expect((await jmp(["init", julyPath])).code).toBe(0);
  const plan = cleanPlan();
  plan.JmpJointPlan = [...(plan.JmpJointPlan ?? []), { "Partner ID": "P001", "Initiative ID": "I-CLOUD", "Forecast revenue": 5000, Period: "FY2027-Q1" }];
  await fillPlan(julyPath, plan, { ...PLAN_SETTINGS, "Fiscal year start": "July", "As of": d("2026-11-30") });
});

/** Runs `jmp report FILE --html OUT ...options` and returns the page. */
async function page(path: string, ...options: string[]): Promise<string> {
  const out = join(tempDir(), "report.html");
  const result = await jmp(["report", path, "--html", out, ...options]);
  expect(result).toMatchObject({ code: 0, stderr: "" });
  return readFileSync(out, "utf8");
}

/** The rows of the table with this caption, each as its cells' texts (footer rows too). */
function rowsOf(html: string, caption: string): string[][] {
  const start = html.indexOf(`<caption>${caption}</caption>`);
  if (start < 0) return [];
  const table = html.slice(start, html.indexOf("</table>", start));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => c[1])).filter((r) => r.length > 0);
}

test("--currency partner shows a EUR partner's figures in euros, the totals in dollars", async () => {
  const html = await page(eurPath, "--currency", "partner");
  expect(html).toContain("Partners in their own currencies; totals, charts and periods in USD.");
  const rows = rowsOf(html, "By partner: funding and claims");
  const p001 = rows.find((r) => r[0] === "P001");
  expect(p001?.slice(2, 6)).toEqual(["EUR", "€50,000.00", "€14,000.00", "€3,000.10"]);
  expect(rows.find((r) => r[0] === "P002")?.[2]).toBe("USD");
  expect(rows.find((r) => r[0] === "Total")?.slice(2, 3)).toEqual(["USD"]);
  expect(rows.find((r) => r[0] === "Total")).toContain("$3,280.12");
  expect(rowsOf(html, "By partner: results").find((r) => r[0] === "P001")?.[2]).toBe("EUR");
});

test("without --currency partner every partner is in the plan currency", async () => {
  const html = await page(eurPath);
  // (Findings about a partner's money speak its currency; the figures do not.)
  for (const caption of ["By partner: funding and claims", "By partner: results"]) expect(rowsOf(html, caption).flat().join(" ")).not.toContain("€");
  // Budget €50,000 at the As of rate 1.10; requested €10,000 at 1.08 and €4,000 at 1.10.
  expect(rowsOf(html, "By partner: funding and claims").find((r) => r[0] === "P001")?.slice(2, 5)).toEqual(["$55,000.00", "$15,200.00", "$3,280.12"]);
});

test("--by month lists and charts months instead of quarters", async () => {
  const html = await page(julyPath, "--by", "month");
  expect(rowsOf(html, "By quarter")).toEqual([]);
  const [headers, ...months] = rowsOf(html, "By month");
  // Every row is in some month (months have no forecast to leave out): no Outside row.
  expect(months.map((r) => r[0])).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
  // The March tactic's claims: 8,500.00 spent.
  expect(months.find((r) => r[0] === "2026-03")?.[headers.indexOf("Spend")]).toBe("$8,500.00");
  expect(html).toContain("<h3>MDF spend by month</h3>");
  // A month has no forecast (a Joint Plan Period names a quarter): its chart is revenue alone.
  expect(html).toContain("<h3>Revenue by month</h3>");
  expect(html).not.toContain("Joint Plan rows naming the month");
});

test("--period shows that period's figures and its partners", async () => {
  const html = await page(julyPath, "--period", "FY2026-Q4");
  const [headers, ...quarters] = rowsOf(html, "Totals in FY2026-Q4");
  expect(quarters.map((r) => r.slice(0, 2))).toEqual([["FY2026-Q4", "$3,000.00"]]);
  expect(quarters[0][headers.indexOf("Revenue")]).toBe("$60,000.00");
  const [partnerHeaders, ...partners] = rowsOf(html, "Partners in FY2026-Q4: funding and claims");
  // Only P002's 3,000.00 starts in the quarter.
  const requested = partnerHeaders.indexOf("Requested");
  expect(partners.filter((r) => r[0] === "P001" || r[0] === "P002").map((r) => [r[0], r[requested]])).toEqual([["P001", "$0.00"], ["P002", "$3,000.00"]]);
  expect(rowsOf(html, "Partners in FY2026-Q4: results").length).toBeGreaterThan(0);
  const month = await page(julyPath, "--period", "2026-07");
  const [monthHeaders, ...monthRows] = rowsOf(month, "Totals in 2026-07");
  expect(monthRows.map((r) => [r[0], r[monthHeaders.indexOf("Revenue")]])).toEqual([["2026-07", "$12,000.50"]]);
});

test("the default page keeps every quarter", async () => {
  const html = await page(julyPath);
  expect(rowsOf(html, "By quarter").slice(1).map((r) => r[0])).toEqual(["FY2026-Q3", "FY2026-Q4", "FY2027-Q1", "FY2027-Q2", "Outside"]);
  expect(html).not.toContain("Partners in FY");
});

test("only the partners' table of the whole plan has a Budget column: initiatives and tactic types have no budget", async () => {
  const html = await page(julyPath);
  expect(rowsOf(html, "By partner: funding and claims")[0]).toContain("Budget");
  for (const caption of ["By initiative: funding and claims", "By tactic type: funding and claims", "By initiative: finance"]) {
    const [headers] = rowsOf(html, caption);
    expect([caption, headers.includes("Paid"), headers.includes("Budget"), headers.includes("Remaining")]).toEqual([caption, true, false, false]);
  }
  expect(rowsOf(html, "By partner: finance")[0]).toEqual(expect.arrayContaining(["Budget", "Remaining"]));
  // Within one initiative a partner has no budget either.
  const within = await page(julyPath, "--initiative", "I-CLOUD");
  for (const caption of ["By partner: funding and claims", "By partner: finance"]) expect([caption, rowsOf(within, caption)[0].includes("Budget")]).toEqual([caption, false]);
});
