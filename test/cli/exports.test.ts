import { htmlReport } from "../../src/cli/html/page";
import { csv } from "../../src/cli/report/csv";
import { analyze } from "../../src/engine";
import { selectReport } from "../../src/engine/reportJson";
import { cleanPlan, workbook } from "../helpers/tables";

test("CSV quotes what needs quoting and never lets a cell become a formula", () => {
  const text = csv(["id", "name", "value"], [
    ["P1", "Smith, Jones & Co", 1200.5],
    ["P2", '=HYPERLINK("http://x","y")', null],
    ["P3", "+1 555", -3],
    ["P4", 'He said "hi"', 0],
  ]);
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text.slice(1).split("\r\n")).toEqual([
    "id,name,value",
    'P1,"Smith, Jones & Co",1200.5',
    `P2,"'=HYPERLINK(""http://x"",""y"")",`,
    "P3,'+1 555,-3",
    'P4,"He said ""hi""",0',
    "",
  ]);
});

test("the HTML report shows workbook text as text, never as markup", () => {
  const plan = cleanPlan();
  plan.JmpPartners = (plan.JmpPartners ?? []).map((p, i) => (i === 0 ? { ...p, Partner: '<script>alert("x")</script> & Co' } : p));
  const analysis = analyze(workbook(plan));
  const page = htmlReport(analysis, selectReport(analysis), "");
  expect(page).not.toContain("<script");
  expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
});

test("undefined ratios show as a dash in the HTML tables, not as 0 %", () => {
  const plan = cleanPlan();
  plan.JmpPartners = [...(plan.JmpPartners ?? []), { "Partner ID": "P003", Partner: "Idle Ltd", "MDF budget": 1000 }];
  const analysis = analyze(workbook(plan));
  const page = htmlReport(analysis, selectReport(analysis), "");
  const row = page.split("\n").find((l) => l.includes("<td>P003</td>"));
  expect(row).toBeDefined();
  expect(row).toContain('<td class="num" title="undefined: its denominator is zero">—</td>');
  expect(row).not.toContain(">0%<");
});

test("the HTML report carries its own strict Content-Security-Policy and needs nothing it forbids", () => {
  const analysis = analyze(workbook(cleanPlan()));
  const page = htmlReport(analysis, selectReport(analysis), "");
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
  expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
  // The policy sits in <head> before anything it governs.
  expect(page.indexOf("Content-Security-Policy")).toBeLessThan(page.indexOf("<style>"));
  // Nothing the policy forbids is used: no script, no handler, nothing loaded from anywhere.
  expect(page).not.toMatch(/<script|\son[a-z]+=|\s(src|href|xlink:href)=|url\(|@import/i);
});
