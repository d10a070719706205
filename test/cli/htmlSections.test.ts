/**
 * The HTML report's "What works best" and "Plan vs actual" sections: the ranking with its
 * too-few mark, the money tied to no tactic type never dropped, the sections kept under a
 * partner filter, and each initiative's target against its actual.
 */
import { analyze } from "../../src/engine";
import { bestPractice } from "../../src/engine/bestPractice";
import { selectReport } from "../../src/engine/reportJson";
import { htmlReport } from "../../src/cli/html/page";
import { periodFocus } from "../../src/cli/report/periodFocus";
import { samplePlanTables } from "../../src/model/sample/samplePlan";

const analysis = analyze(samplePlanTables());

/** The body rows of the table with this caption, as lists of cell texts. */
function rowsOf(page: string, caption: string): string[][] {
  const start = page.indexOf(`<caption>${caption}</caption>`);
  if (start < 0) throw new Error(`No table "${caption}"`);
  const table = page.slice(start, page.indexOf("</table>", start));
  const part = (tag: string): string => table.slice(table.indexOf(`<${tag}>`), table.indexOf(`</${tag}>`));
  const rows = (html: string): string[][] => [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => c[1]));
  return [...rows(part("tbody")), ...(table.includes("<tfoot>") ? rows(part("tfoot")).map((r) => ["(foot)", ...r]) : [])];
}

describe("the HTML report's best-practice section", () => {
  const page = htmlReport(analysis, selectReport(analysis), "");

  test("ranks tactic types by ROI with tactics, spend, revenue, ROI and cost per opportunity", () => {
    const rows = rowsOf(page, "Tactic types ranked by ROI");
    expect(rows[0]).toEqual(["Content syndication", "5", "$73,115.97", "$589,700.00", "707%", "1", "—", "—"]);
    expect(rows[1]).toEqual(["Trade show", "4", "$67,559.87", "$515,300.00", "663%", "2", "$5,629.99", "4"]);
    expect(page).toContain("Content syndication returns the most per MDF dollar: ROI 707% over 5 tactics.");
  });

  test("closes the ranking with the money tied to no tactic type", () => {
    const foot = rowsOf(page, "Tactic types ranked by ROI").filter((r) => r[0] === "(foot)");
    expect(foot).toEqual([["(foot)", "Not tied to any tactic type", "", "$0.00", "$686,250.50", "", "", "", ""]]);
  });

  test("keeps the section under a partner filter, with the too-few mark and the partner's own unattributed line", () => {
    const filtered = htmlReport(analysis, selectReport(analysis, { partnerKey: "P-101" }), "partner P-101", { partnerKey: "P-101" });
    const expected = bestPractice(analysis, "P-101");
    const rows = rowsOf(filtered, "Tactic types ranked by ROI");
    const body = rows.filter((r) => r[0] !== "(foot)");
    expect(body.map((r) => r[0])).toEqual(expected.types.map((t) => t.type));
    expect(body.filter((r) => r[1].endsWith(" *")).length).toBe(expected.types.filter((t) => t.tooFew).length);
    expect(expected.types.some((t) => t.tooFew)).toBe(true);
    expect(filtered).toContain("* fewer than 3 tactics stand behind the figure: too few to trust.");
    expect(rows.find((r) => r[0] === "(foot)")?.[1]).toBe("Not tied to any tactic type");
    expect(rowsOf(filtered, "Partner and tactic type ranked by ROI").every((r) => r[0] === "Adatum Corporation")).toBe(true);
    // The ROI chart ranks the partner's types too, rather than saying types are for the whole plan only.
    expect(filtered).not.toContain("Tactic types are reported for the whole plan only");
  });
});

describe("the HTML report's plan-vs-actual section", () => {
  test("shows each initiative's target against the actual of its metric", () => {
    const page = htmlReport(analysis, selectReport(analysis), "");
    const targets = rowsOf(page, "Targets by initiative");
    expect(targets[0]).toEqual(["INI-CLOUD", "Cloud Migration Accelerator", "Revenue", "$4,000,000.00", "$982,550.50", "25%"]);
    expect(targets[3]).toEqual(["INI-SMB", "SMB Growth Bundle", "Deals", "400", "66", "17%"]);
    expect(page).toContain("Progress to target by initiative");
  });

  test("shows each tactic's expected and actual revenue and pipeline with its claims, within the filter", () => {
    const filter = { initiativeKey: "INI-SMB" };
    const page = htmlReport(analysis, selectReport(analysis, filter), "initiative INI-SMB", filter);
    const tactics = rowsOf(page, "Plan vs actual by tactic");
    expect(tactics[0]).toEqual(["T-26002", "P-108", "INI-SMB", "Webinar", "Completed", "$22,000.00", "$26,400.00", "120%", "$58,000.00", "$45,000.00", "78%", "1", "$4,209.19"]);
    expect(tactics.every((r) => r[2] === "INI-SMB")).toBe(true);
    expect(rowsOf(page, "Targets by initiative").map((r) => r[0])).toEqual(["INI-SMB"]);
  });
});

describe("the HTML report's finance tables", () => {
  test("give each partner's and initiative's remaining, committed, payable, pending and open claims by age, as the terminal report does", () => {
    const page = htmlReport(analysis, selectReport(analysis), "");
    const partners = rowsOf(page, "By partner: finance");
    expect(partners[0]).toEqual(["P-101", "Adatum Corporation", "$250,000.00", "$216,000.00", "$34,000.00", "$75,620.91", "$140,379.09", "$22,238.00", "$0.00", "$20,988.00", "$0.00", "$0.00", "$1,250.00"]);
    expect(partners.find((r) => r[0] === "(foot)")).toEqual(["(foot)", "Total", "", "$1,085,000.00", "$884,500.00", "$200,500.00", "$344,609.17", "$539,890.83", "$37,726.91", "$60,169.38", "$77,297.80", "$10,494.06", "$0.00", "$10,104.43"]);
    expect(rowsOf(page, "By initiative: finance").length).toBe(analysis.initiatives.length + 1);
  });

  test("about one period, give the period's figures without Budget and Remaining, which a period has not", () => {
    const plan = selectReport(analysis);
    const quarters = analysis.periods("quarter");
    if (!("periods" in quarters)) throw new Error(quarters.problem);
    const quarter = quarters.periods.find((p) => p.period.label === "FY2026-Q2")!;
    const focus = periodFocus([quarter], "FY2026-Q2", "quarter", plan, {})!;
    const page = htmlReport(analysis, plan, "", {}, { focus });
    const caption = "<caption>Partners in FY2026-Q2: finance</caption>";
    const head = page.slice(page.indexOf(caption), page.indexOf("</thead>", page.indexOf(caption)));
    expect(head).not.toContain(">Budget<");
    expect(head).not.toContain(">Remaining<");
    // P-101's tactics starting in the quarter: 29,500 + 15,500 + 21,000 authorized.
    expect(rowsOf(page, "Partners in FY2026-Q2: finance")[0].slice(0, 3)).toEqual(["P-101", "Adatum Corporation", "$66,000.00"]);
  });
});
