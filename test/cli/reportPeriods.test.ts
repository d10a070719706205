/**
 * `jmp report --by quarter|month [--period LABEL]` on a plan whose fiscal year starts in July:
 * the JSON `periods` shape, periods.csv, the table by period, and one clear line for an unknown
 * period or granularity. Figures worked out by hand from the clean plan (calendar 2026 is
 * FY2026-Q3 to FY2027-Q2).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanPlan, d, PLAN_SETTINGS } from "../helpers/tables";
import { fillPlan, jmp, tempDir } from "./planWorkbook";


let path: string;

beforeAll(async () => {
  path = join(tempDir(), "july.xlsx");
  expect((await jmp(["init", path])).code).toBe(0);
  const plan = cleanPlan();
  plan.JmpJointPlan = [...(plan.JmpJointPlan ?? []), { "Partner ID": "P001", "Initiative ID": "I-CLOUD", "Forecast revenue": 5000, Period: "FY2027-Q1" }];
  await fillPlan(path, plan, { ...PLAN_SETTINGS, "Fiscal year start": "July", "As of": d("2026-11-30") });
});

test("--by quarter --json: every quarter of the plan with its dates, totals and partners", async () => {
  const result = await jmp(["report", path, "--by", "quarter", "--json"]);
  expect(result).toMatchObject({ code: 0, stderr: "" });
  const report = JSON.parse(result.stdout);
  expect(report.periods.map((p: { period: string; start: string; end: string }) => [p.period, p.start, p.end])).toEqual([
    ["FY2026-Q3", "2026-01-01", "2026-03-31"],
    ["FY2026-Q4", "2026-04-01", "2026-06-30"],
    ["FY2027-Q1", "2026-07-01", "2026-09-30"],
    ["FY2027-Q2", "2026-10-01", "2026-12-31"],
  ]);
  const [q3, q4, q1, q2] = report.periods;
  expect(q3.totals).toMatchObject({ budget: null, remaining: null, requested: 10000, authorized: 10000, spend: 8500, paid: 8500, committed: 1500, payable: 0, forecast: 0, attainment: null });
  expect(q4.totals).toMatchObject({ requested: 3000, spend: 3000, payable: 3000, revenue: 60000, pipeline: 25000, opportunities: 4 });
  expect(q1.totals).toMatchObject({ requested: 0, revenue: 12000.5, forecast: 5000, attainment: 2.4001 });
  expect(q2.totals).toMatchObject({ requested: 4000, authorized: 4000, spend: 0 });
  expect(q1.partners.map((p: { id: string; forecast: number }) => [p.id, p.forecast])).toEqual([["P001", 5000], ["P002", 0]]);
  // The whole plan is as without periods, finance figures included.
  expect(report.totals).toMatchObject({ forecast: 175000, budget: 70000, authorized: 17000, remaining: 53000, committed: 8500, payable: 3000, pending: 0 });
  // What no quarter holds: the Joint Plan's forecasts for the whole plan (175,000 - FY2027-Q1's 5,000).
  expect(report.outsidePeriods).toMatchObject({ forecast: 170000, revenue: 0, requested: 0, authorized: 0, budget: null, remaining: null, attainment: null });
  for (const key of ["requested", "authorized", "spend", "revenue", "forecast", "committed"]) {
    const periods = report.periods.reduce((sum: number, p: { totals: Record<string, number> }) => sum + p.totals[key], 0);
    expect([key, periods + report.outsidePeriods[key]]).toEqual([key, report.totals[key]]);
  }
});

test("--period picks one quarter (its granularity from its label), filters apply within it", async () => {
  const report = JSON.parse((await jmp(["report", path, "--period", "fy2026-q4", "--partner", "P002", "--json"])).stdout);
  expect(report.periods).toHaveLength(1);
  // One period is no listing of the plan's: nothing is said to be outside it.
  expect(report.outsidePeriods).toBeUndefined();
  expect(report.periods[0]).toMatchObject({ period: "FY2026-Q4", totals: { requested: 3000, revenue: 0, pipeline: 25000 } });
  expect(report.periods[0].partners.map((p: { id: string }) => p.id)).toEqual(["P002"]);
  const month = JSON.parse((await jmp(["report", path, "--period", "2026-07", "--json"])).stdout);
  expect(month.periods).toEqual([expect.objectContaining({ period: "2026-07", start: "2026-07-01", end: "2026-07-31" })]);
  expect(month.periods[0].totals).toMatchObject({ revenue: 12000.5, forecast: null });
});

test("--by month --csv writes periods.csv: per month its totals and each partner", async () => {
  const dir = tempDir();
  const result = await jmp(["report", path, "--by", "month", "--csv", dir]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("periods.csv (36 rows)");
  const lines = readFileSync(join(dir, "periods.csv"), "utf8").replace(/^\uFEFF/, "").split("\r\n");
  const header = lines[0].split(",");
  expect(header.slice(0, 5)).toEqual(["period", "start", "end", "partnerId", "partnerName"]);
  expect(header).toEqual(expect.arrayContaining(["remaining", "committed", "payable", "pending", "openClaimsDays0To30", "openClaimsOver90Days"]));
  const march = lines.find((l) => l.startsWith("2026-03,2026-03-01,2026-03-31,,"));
  expect(march?.split(",")[5 + header.slice(5).indexOf("spend")]).toBe("8500");
  expect(readFileSync(join(dir, "partners.csv"), "utf8")).toContain("committed");
  // Months have no forecast of their own, so none is said to be outside them; the whole plan's
  // figures are all in some month here, so nothing is outside.
  expect(lines.find((l) => l.startsWith("(outside the periods),"))).toBeUndefined();
});

test("the table by period, and the finance table", async () => {
  const result = await jmp(["report", path, "--by", "quarter"]);
  expect(result.code).toBe(0);
  // The row that makes the quarters add up: forecasts for the whole plan are in no quarter.
  expect(result.stdout).toMatch(/^Outside {2,}.*\$170,000\.00/m);
  expect(result.stdout).toContain("Outside: tactics, lump sums and outcomes dated outside every period or not dated, and forecasts naming no period.");
  expect(result.stdout).toContain("By period");
  expect(result.stdout).toMatch(/FY2026-Q3\s+2026-01-01\s+2026-03-31\s+\$10,000\.00/);
  // Each period's money owed and promised, as finance books it by quarter.
  const header = result.stdout.split("\n").find((line) => line.startsWith("Period "));
  expect(header?.split(/\s{2,}/)).toEqual(["Period", "From", "To", "Requested", "Authorized", "Committed", "Spend", "Paid", "Payable", "Pending", "Revenue", "Forecast", "Attainment", "Overdue claims"]);
  expect(result.stdout).toContain("Finance");
  const one = await jmp(["report", path, "--period", "FY2027-Q1"]);
  expect(one.stdout).toContain("Partners in FY2027-Q1");
});

test("an unknown period or granularity is one line and exit 3", async () => {
  const unknown = await jmp(["report", path, "--period", "FY2030-Q1", "--json"]);
  expect(unknown).toMatchObject({ code: 3, stdout: "" });
  expect(unknown.stderr.trim().split("\n")).toEqual([expect.stringContaining('unknown period "FY2030-Q1" (the plan\'s quarters are FY2026-Q3 to FY2027-Q2, its months 2026-01 to 2026-12)')]);
  const quarterOfMonths = await jmp(["report", path, "--by", "month", "--period", "FY2026-Q3"]);
  expect(quarterOfMonths).toMatchObject({ code: 3, stdout: "" });
  expect(quarterOfMonths.stderr.trim().split("\n")).toEqual([expect.stringContaining('"FY2026-Q3" is a quarter, not one of the months the report is by (2026-01 to 2026-12)')]);
  const monthOfQuarters = await jmp(["report", path, "--by", "quarter", "--period", "2026-08"]);
  expect(monthOfQuarters.stderr.trim().split("\n")).toEqual([expect.stringContaining('"2026-08" is a month, not one of the quarters the report is by (FY2026-Q3 to FY2027-Q2)')]);
  const week = await jmp(["report", path, "--by", "week"]);
  expect(week.code).toBe(3);
  expect(week.stderr).toContain("--by takes quarter or month");
});

test("--html draws forecast vs actual and spend by quarter, and lists the quarters, within the filter", async () => {
  const out = join(tempDir(), "report.html");
  expect((await jmp(["report", path, "--html", out])).code).toBe(0);
  const page = readFileSync(out, "utf8");
  const figure = (title: string) => page.slice(page.indexOf(`<h3>${title}</h3>`), page.indexOf("</figure>", page.indexOf(`<h3>${title}</h3>`)));
  expect(figure("Forecast and actual revenue by quarter")).toContain("<svg");
  expect(figure("MDF spend by quarter")).toContain("<svg");
  const table = page.slice(page.indexOf("<caption>By quarter</caption>"));
  expect(table).toMatch(/<td>FY2026-Q3<\/td><td class="num">\$10,000\.00<\/td>/);
  expect(table).toMatch(/<td>FY2027-Q1<\/td>.*<td class="num">\$5,000\.00<\/td>/);
  // The whole plan's forecasts are in no quarter: the row that makes the quarters add up.
  expect(table.slice(0, table.indexOf("</table>"))).toMatch(/<td>Outside<\/td>.*<td class="num">\$170,000\.00<\/td>/);
  const filtered = join(tempDir(), "p002.html");
  await jmp(["report", path, "--html", filtered, "--partner", "P002"]);
  expect(readFileSync(filtered, "utf8")).toMatch(/<td>FY2026-Q3<\/td><td class="num">\$0\.00<\/td>/);
});
