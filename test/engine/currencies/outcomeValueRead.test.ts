/**
 * A V09 on an outcome's Value typed as text says what is counted. A Revenue or Pipeline value is
 * money, counted in its currency's own smallest unit, rounded once: "1234.56" on a yen partner's
 * row is read as 1235 (¥1,235), "1.235" on a dollar row as 1.24, "1.2345" on the row of a
 * partner in KWD as 1.235 (the fils it converts from). It is written as plain digits, as before:
 * "1250.50" is still read as 1250.5. A Leads, Deals or Opportunities value is a count, counted
 * as typed: a whole number, never rounded ("3.5" is refused, V02).
 */
import { analyze } from "../../../src/engine";
import type { Analysis } from "../../../src/engine";
import type { RowData } from "../../helpers/tables";
import { cleanPlan, d, PLAN_SETTINGS, workbook } from "../../helpers/tables";
import { planWithP001In } from "./currencyPlan";

/** An outcome of `partner` with `metric` and `value`. */
const outcome = (id: string, metric: string, value: unknown, partner = "P001"): RowData => ({ "Outcome ID": id, "Partner ID": partner, Metric: metric, Value: value, Date: d("2026-06-01") });

/** The clean USD plan with P001 in `code` at `rate` (P002 in USD), with `outcomes` for its own. */
function planIn(code: string, rate: number, ...outcomes: RowData[]): Analysis {
  const plan = planWithP001In(code, [{ Currency: code, Rate: rate, "Valid from": d("2026-01-01") }]);
  plan.JmpOutcomes = outcomes;
  return analyze(workbook(plan));
}

/** The clean plan, every partner in USD, with `outcomes` for its own. */
function dollarPlan(...outcomes: RowData[]): Analysis {
  const plan = cleanPlan();
  plan.JmpOutcomes = outcomes;
  return analyze(workbook(plan));
}

/** What each outcome V09 says its Value was read as, by the text typed. */
function readAs(analysis: Analysis): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of analysis.findings) {
    const said = f.code === "V09" && f.table === "JmpOutcomes" ? /^Value "(.*)" is a number stored as text; it is read as (.*)$/.exec(f.message) : null;
    if (said) out[said[1]] = said[2];
  }
  return out;
}

const figures = (analysis: Analysis, key: string) => analysis.partners.find((p) => p.key === key)!.figures;

test("yen: Revenue \"1234.56\" is read as 1235, the whole yen counted ($123.50 at 0.10), not 1234.56", () => {
  const analysis = planIn("JPY", 0.1, outcome("O1", "Revenue", "1234.56"), outcome("O2", "Pipeline", "¥1,234.495"));
  // Rounded once from what was typed: ¥1,234.495 is ¥1,234, not ¥1,235 by way of ¥1,234.50.
  expect(readAs(analysis)).toEqual({ "1234.56": "1235", "¥1,234.495": "¥1234" });
  expect([figures(analysis, "P001").revenue, figures(analysis, "P001").pipeline]).toEqual([12_350, 12_340]);
  expect(analysis.inPartnerCurrencies()!.partners.find((p) => p.key === "P001")!.figures.revenue).toBe(123_500);
});

test("a plan in yen reads its own Revenue typed as text to the whole yen, and its V09 says so", () => {
  const plan = cleanPlan();
  plan.JmpOutcomes = [outcome("O1", "Revenue", "1234.56", "P002")];
  const analysis = analyze(workbook(plan, { ...PLAN_SETTINGS, Currency: "JPY" }));
  expect(readAs(analysis)).toEqual({ "1234.56": "1235" });
  expect(figures(analysis, "P002").revenue).toBe(123_500);
});

test("dollars: Revenue \"1.235\" is read as 1.24, the cent counted, in a plan of dollars alone and beside a partner in yen", () => {
  for (const analysis of [dollarPlan(outcome("O1", "Revenue", "1.235", "P002")), planIn("JPY", 0.1, outcome("O1", "Revenue", "1.235", "P002"))]) {
    expect(readAs(analysis)).toEqual({ "1.235": "1.24" });
    expect(figures(analysis, "P002").revenue).toBe(124);
  }
});

test("a Value is counted from the number it reads as, at Excel's 15 digits, and its V09 says that count", () => {
  // 1.0049999999999999 is the number 1.005, counted as $1.01: not "1", which its last digits alone would give.
  // "5%" is the share 0.05: $0.05, as it says.
  const analysis = dollarPlan(outcome("O1", "Revenue", "1.0049999999999999", "P002"), outcome("O2", "Pipeline", "5%", "P002"));
  expect(readAs(analysis)).toEqual({ "1.0049999999999999": "1.01", "5%": "0.05" });
  expect(figures(analysis, "P002").revenue).toBe(101);
  expect(figures(analysis, "P002").pipeline).toBe(5);
});

test("KWD: Revenue \"1.2345\" is read as 1.235, the fils it converts from ($4.01 at 3.25); \"KWD 2.5\" on a dollar row as 2.5 KWD", () => {
  const analysis = planIn("KWD", 3.25, outcome("O1", "Revenue", "1.2345"), outcome("O2", "Pipeline", "KWD 2.5", "P002"));
  expect(readAs(analysis)).toEqual({ "1.2345": "1.235", "KWD 2.5": "2.5 KWD" });
  // 1.235 KWD at 3.25 is $4.01375; from 1.23 KWD it would be $4.00. 2.5 KWD is $8.125, $8.13.
  expect(figures(analysis, "P001").revenue).toBe(401);
  expect(figures(analysis, "P002").pipeline).toBe(813);
  // In the partner's own figures the dinar is held to the hundredth, and that V09 says 1.23.
  const own = analysis.inPartnerCurrencies()!;
  expect(readAs(own)["1.2345"]).toBe("1.23");
  expect(own.partners.find((p) => p.key === "P001")!.figures.revenue).toBe(123);
});

test("a count (Leads, Deals, Opportunities) is counted as typed, a whole number, never rounded", () => {
  const analysis = planIn("JPY", 0.1, outcome("O1", "Leads", "12"), outcome("O2", "Deals", "3.0"), outcome("O3", "Opportunities", "3.5"), outcome("O4", "Leads", "1,000", "P002"), outcome("O5", "Deals", "500%", "P002"));
  // A percent is a share: "500%" counts 5 deals.
  expect(readAs(analysis)).toEqual({ "12": "12", "3.0": "3", "3.5": "3.5", "1,000": "1000", "500%": "5" });
  // 3.5 opportunities is not rounded to 4: it is refused and counts as absent.
  expect(analysis.findings.filter((f) => f.code === "V02").map((f) => f.message)).toEqual(["Value 3.5 is not a whole number"]);
  expect([figures(analysis, "P001").leads, figures(analysis, "P001").deals, figures(analysis, "P001").opportunities]).toEqual([12, 3, 0]);
  expect([figures(analysis, "P002").leads, figures(analysis, "P002").deals]).toEqual([1000, 5]);
});

test("plain dollar values say what they said before: the amount in plain digits, the currency the text named", () => {
  const analysis = dollarPlan(outcome("O1", "Revenue", "1250.50", "P002"), outcome("O2", "Pipeline", "60,000", "P002"), outcome("O3", "Revenue", "$1,250.00", "P002"));
  expect(readAs(analysis)).toEqual({ "1250.50": "1250.5", "60,000": "60000", "$1,250.00": "$1250" });
  expect(figures(analysis, "P002").revenue).toBe(125_050 + 125_000);
  expect(figures(analysis, "P002").pipeline).toBe(6_000_000);
});
