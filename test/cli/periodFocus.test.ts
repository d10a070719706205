/**
 * `jmp report --period LABEL` as a user runs it on the sample plan: the terminal report and the
 * HTML page say which period they show right under the plan header and show its figures, not the
 * whole plan's; JSON and CSV hold the same period. Hand-checked: Adatum (P-101) has three tactics
 * starting in FY2026-Q2 (T-26022 on 26 April, T-26025 on 8 May, T-26027 on 12 May), authorized
 * 29,500 + 15,500 + 21,000 = 66,000.00; its lump sum AL-033 was authorized on 1 July, in Q3. Its
 * whole-plan Authorized is 216,000.00.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanPlan, d, PLAN_SETTINGS } from "../helpers/tables";
import { eurPlan, lumpSum } from "../engine/currencies/currencyPlan";
import { fillPlan, jmp, tempDir } from "./planWorkbook";

let sample: string;

beforeAll(async () => {
  sample = join(tempDir(), "sample.xlsx");
  expect((await jmp(["init", sample, "--sample"])).code).toBe(0);
});

/** The titles of the report's blocks (the first line after each blank line), the header excepted. */
function titles(text: string): string[] {
  return text.split("\n\n").slice(1).map((block) => block.split("\n")[0]);
}

/** The cells of the first line starting with `id` after the line `title`. */
function rowAfter(text: string, title: string, id: string): string[] {
  const lines = text.split("\n");
  const row = lines.slice(lines.indexOf(title)).find((l) => l.startsWith(`${id} `));
  return row?.split(/\s{2,}/) ?? [];
}

describe("the terminal report", () => {
  test("with --period: the period named under the header, then its partners, initiatives and finance", async () => {
    const result = await jmp(["report", sample, "--by", "quarter", "--period", "FY2026-Q2"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const lines = result.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "FY2026 Joint Marketing Plan",
      "Contoso Cloud · 2026-01-01 to 2026-12-31 · USD · as of 2026-11-30",
      "Period: FY2026-Q2 (2026-04-01 to 2026-06-30). Figures of the tactics starting in this quarter and of the outcomes dated in it.",
    ]);
    expect(titles(result.stdout)).toEqual([
      "Partners in FY2026-Q2",
      "Initiatives in FY2026-Q2",
      "Finance in FY2026-Q2",
      "Totals in FY2026-Q2",
      "What works best (all periods, tactic types by ROI)",
      "Targets (all periods)",
      expect.stringMatching(/^Findings \(all periods\): 6 errors/),
    ]);
    // Columns: ID, Partner, Authorized, ...
    expect(rowAfter(result.stdout, "Partners in FY2026-Q2", "P-101").slice(0, 3)).toEqual(["P-101", "Adatum Corporation", "$66,000.00"]);
    expect(result.stdout).not.toContain("$216,000.00");
    const finance = lines[lines.indexOf("Finance in FY2026-Q2") + 1];
    expect(finance).toMatch(/^ID\s+Partner\s+Authorized\s+Committed\s+Paid\s+Payable\s+Pending/);
    expect(rowAfter(result.stdout, "Finance in FY2026-Q2", "P-101")[2]).toBe("$66,000.00");
  });

  test("without --period the whole plan comes first, as before; --by quarter adds only the table by period", async () => {
    const plain = await jmp(["report", sample]);
    expect(plain.stdout.split("\n")[2]).toBe("");
    expect(titles(plain.stdout).slice(0, 4)).toEqual(["Partners", "Initiatives", "Finance", "Tactic types"]);
    expect(rowAfter(plain.stdout, "Partners", "P-101")[2]).toBe("$216,000.00");
    const byQuarter = await jmp(["report", sample, "--by", "quarter"]);
    expect(titles(byQuarter.stdout).slice(0, 5)).toEqual(["Partners", "Initiatives", "Finance", "By period", "Tactic types"]);
    expect(byQuarter.stdout).not.toContain("Partners in");
    expect(byQuarter.stdout).not.toContain("Period: ");
  });

  test("with --currency partner: a EUR partner's figures of the period, in euros", async () => {
    const path = join(tempDir(), "eur.xlsx");
    expect((await jmp(["init", path])).code).toBe(0);
    // Lump sums go by their Authorized on: 1,000 EUR in Q1, 2,000 EUR in Q4.
    await fillPlan(path, eurPlan([lumpSum("A1", 1000, d("2026-02-01")), lumpSum("A2", 2000, d("2026-10-01"))]));
    const result = await jmp(["report", path, "--currency", "partner", "--period", "FY2026-Q1"]);
    expect(result.code).toBeLessThan(3);
    expect(rowAfter(result.stdout, "Partners in FY2026-Q1", "P001").slice(0, 4)).toEqual(["P001", "Northwind", "EUR", "€1,000.00"]);
    expect(rowAfter(result.stdout, "Finance in FY2026-Q1", "P001").slice(0, 4)).toEqual(["P001", "Northwind", "EUR", "€1,000.00"]);
  });

  test("an unknown period is still one line and exit 3", async () => {
    const result = await jmp(["report", sample, "--period", "FY2031-Q1"]);
    expect(result).toMatchObject({ code: 3, stdout: "" });
    expect(result.stderr.trim().split("\n")).toEqual(['jmp: report: unknown period "FY2031-Q1" (the plan\'s quarters are FY2026-Q1 to FY2026-Q4, its months 2026-01 to 2026-12)']);
  });
});

/** Runs `jmp report FILE --html OUT ...options` and returns the page. */
async function page(path: string, ...options: string[]): Promise<string> {
  const out = join(tempDir(), "report.html");
  expect(await jmp(["report", path, "--html", out, ...options])).toMatchObject({ code: 0, stderr: "" });
  return readFileSync(out, "utf8");
}

/** The captions of a page's tables. */
function captions(html: string): string[] {
  return [...html.matchAll(/<caption>(.*?)<\/caption>/g)].map((m) => m[1]);
}

/** The cells of the row of the table captioned `caption` whose first cell is `id`. */
function htmlRow(html: string, caption: string, id: string): string[] {
  const start = html.indexOf(`<caption>${caption}</caption>`);
  const table = html.slice(start, html.indexOf("</table>", start));
  const row = [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => c[1])).find((r) => r[0] === id);
  return row ?? [];
}

describe("the HTML report", () => {
  test("with --period: the period under the header, its headline figures, partners and initiatives; no tactic types", async () => {
    const html = await page(sample, "--period", "FY2026-Q2");
    const header = html.slice(html.indexOf("<header>"), html.indexOf("</header>"));
    expect(header).toContain("Period: FY2026-Q2 (2026-04-01 to 2026-06-30).");
    expect(header).toContain("What works best, plan vs actual and the findings cover all periods");
    expect(captions(html).slice(0, 7)).toEqual([
      "Partners in FY2026-Q2: funding and claims",
      "Partners in FY2026-Q2: results",
      "Partners in FY2026-Q2: finance",
      "Initiatives in FY2026-Q2: funding and claims",
      "Initiatives in FY2026-Q2: results",
      "Initiatives in FY2026-Q2: finance",
      "Totals in FY2026-Q2",
    ]);
    expect(captions(html).filter((c) => /^By (partner|initiative|tactic type)/.test(c))).toEqual([]);
    // A period has no budget: its partners' table has no Budget column of dashes.
    const funding = "Partners in FY2026-Q2: funding and claims";
    const headers = htmlRow(html, funding, "Partner ID");
    expect(headers.slice(0, 4)).toEqual(["Partner ID", "Partner", "Requested", "Authorized"]);
    expect(htmlRow(html, funding, "P-101")[headers.indexOf("Authorized")]).toBe("$66,000.00");
    expect(html).toContain("<h3>ROI by tactic type (all periods)</h3>");
    const authorizedCard = /<div class="label">Authorized<\/div><div class="value"[^>]*>(.*?)<\/div>/.exec(html)?.[1];
    expect(authorizedCard).toBe(htmlRow(html, funding, "Total")[headers.indexOf("Authorized")]);
  });

  test("a plan of one quarter, by quarter: no partner tables repeating the whole plan's", async () => {
    const path = join(tempDir(), "one-quarter.xlsx");
    expect((await jmp(["init", path])).code).toBe(0);
    await fillPlan(path, cleanPlan(), { ...PLAN_SETTINGS, "Period start": d("2026-04-01"), "Period end": d("2026-06-30") });
    for (const html of [await page(path), await page(path, "--by", "quarter")]) {
      expect(captions(html).filter((c) => c.startsWith("Partners"))).toEqual([]);
      expect(captions(html)).toEqual(expect.arrayContaining(["By partner: funding and claims", "By quarter"]));
    }
  });
});

test("text, JSON, CSV and HTML show the same figures for --period", async () => {
  const json = JSON.parse((await jmp(["report", sample, "--period", "FY2026-Q2", "--json"])).stdout);
  expect(json.periods).toHaveLength(1);
  expect(json.periods[0]).toMatchObject({ period: "FY2026-Q2", start: "2026-04-01", end: "2026-06-30" });
  expect(json.periods[0].partners.find((p: { id: string }) => p.id === "P-101").authorized).toBe(66000);
  const dir = tempDir();
  expect((await jmp(["report", sample, "--period", "FY2026-Q2", "--csv", dir])).code).toBe(0);
  const rows = readFileSync(join(dir, "periods.csv"), "utf8").replace(/^\uFEFF/, "").split("\r\n").map((l) => l.split(","));
  const authorized = rows[0].indexOf("authorized");
  expect(rows.filter((r) => r[3] === "P-101").map((r) => [r[0], r[authorized]])).toEqual([["FY2026-Q2", "66000"]]);
  // Each initiative of the period: the same figure in JSON, period-initiatives.csv and the terminal table.
  const cloud = json.periods[0].initiatives.find((i: { id: string }) => i.id === "INI-CLOUD").authorized;
  const initiatives = readFileSync(join(dir, "period-initiatives.csv"), "utf8").replace(/^\uFEFF/, "").split("\r\n").map((l) => l.split(","));
  expect(initiatives[0].slice(0, 5)).toEqual(["period", "start", "end", "initiativeId", "initiativeName"]);
  expect(initiatives.filter((r) => r[3] === "INI-CLOUD").map((r) => [r[0], Number(r[initiatives[0].indexOf("authorized")])])).toEqual([["FY2026-Q2", cloud]]);
  const text = (await jmp(["report", sample, "--period", "FY2026-Q2"])).stdout;
  expect(rowAfter(text, "Initiatives in FY2026-Q2", "INI-CLOUD")[2]).toBe(`$${cloud.toLocaleString("en-US", { minimumFractionDigits: 2 })}`);
});
