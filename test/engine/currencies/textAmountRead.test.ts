/**
 * A V09 says what an amount typed as text is read as: the amount counted, to its currency's own
 * smallest unit. "1.235" on the row of a partner in KWD is counted from the fils (1.235 KWD at
 * 3.25 is $4.01), so it is read as 1.235, not 1.24; "¥1,234.56" on a yen partner's row is
 * counted as ¥1,235, so it is read as ¥1235. In dollars "1.235" is still read as 1.24.
 */
import { analyze } from "../../../src/engine";
import type { Analysis } from "../../../src/engine";
import type { RowData } from "../../helpers/tables";
import { d, PLAN_SETTINGS, workbook } from "../../helpers/tables";
import { lumpSum, planWithP001In } from "./currencyPlan";

type Plan = ReturnType<typeof planWithP001In>;

/** The clean USD plan with P001 in `code` at `rate` (P002 in USD), `change` applied to its tables. */
function planIn(code: string, rate: number, change: (plan: Plan) => void, settings = PLAN_SETTINGS): Analysis {
  const plan = planWithP001In(code, [{ Currency: code, Rate: rate, "Valid from": d("2026-01-01") }]);
  change(plan);
  return analyze(workbook(plan, settings));
}

/** What each V09 of a table says an amount was read as, by the text typed. */
function readAs(analysis: Analysis, table: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of analysis.findings) {
    const said = f.code === "V09" && f.table === table ? /"(.*)" is a number stored as text; it is read as (.*)$/.exec(f.message) : null;
    if (said) out[said[1]] = said[2];
  }
  return out;
}

/** A plan in `code` whose partners all work in it, with P002's allocation typed as `text`. */
function planCurrencyAmount(code: string, text: string): Analysis {
  const plan = planWithP001In("", [], [lumpSum("A1", text, d("2026-02-01"), "P002")]);
  return analyze(workbook(plan, { ...PLAN_SETTINGS, Currency: code }));
}

const figures = (analysis: Analysis, key: string) => analysis.partners.find((p) => p.key === key)!.figures;
const allocations = (...rows: RowData[]) => (plan: Plan) => void (plan.JmpAllocations = rows);

test("KWD: \"1.235\" is read as 1.235, the fils it is counted from ($4.01 at 3.25), not 1.24", () => {
  const analysis = planIn("KWD", 3.25, allocations(lumpSum("A1", "1.235", d("2026-02-01")), lumpSum("A2", "1.2345", d("2026-02-01")), lumpSum("A3", "KWD 2.5", d("2026-02-01"), "P002")));
  // 1.2345 KWD is 1.235 KWD first; "KWD 2.5" on a dollar row is 2.500 KWD, $8.13 (8.125).
  expect(readAs(analysis, "JmpAllocations")).toEqual({ "1.235": "1.235", "1.2345": "1.235", "KWD 2.5": "2.500 KWD" });
  expect(figures(analysis, "P001").authorized).toBe(401 + 401);
  expect(figures(analysis, "P002").authorized).toBe(813);
});

test("KWD: a budget and a claim typed as text say the fils too; a claim's currency is its tactic's partner's", () => {
  const analysis = planIn("KWD", 3.25, (plan) => {
    plan.JmpPartners = plan.JmpPartners!.map((p) => (p["Partner ID"] === "P001" ? { ...p, "MDF budget": "1,000.005" } : p));
    plan.JmpClaims = [
      { "Claim ID": "C1", "Tactic ID": "T1", "Amount claimed": "5.694", "Submitted on": d("2026-03-20"), Status: "Submitted" },
      { "Claim ID": "C2", "Tactic ID": "T3", "Amount claimed": "5.694", "Submitted on": d("2026-04-15"), Status: "Submitted" },
    ];
  });
  expect(readAs(analysis, "JmpPartners")).toEqual({ "1,000.005": "1000.005" });
  // C1 is on P001's tactic (KWD), C2 on P002's (USD): the same text, counted as 5.694 KWD and $5.69.
  const claims = analysis.findings.filter((f) => f.code === "V09" && f.table === "JmpClaims").map((f) => f.message.replace(/.* it is read as /, ""));
  expect(claims).toEqual(["5.694", "5.69"]);
  expect(figures(analysis, "P001").budget).toBe(325_002);
});

test("JPY: \"¥1,234.56\" is read as ¥1235, the whole yen counted ($123.50 at 0.10), not ¥1234.56", () => {
  const analysis = planIn("JPY", 0.1, allocations(lumpSum("A1", "¥1,234.56", d("2026-02-01")), lumpSum("A2", "1234.495", d("2026-02-01")), lumpSum("A3", "0.50", d("2026-02-01"))));
  // Rounded once from what was typed (¥1,234.495 is ¥1,234), half away from zero (¥0.50 is ¥1).
  expect(readAs(analysis, "JmpAllocations")).toEqual({ "¥1,234.56": "¥1235", "1234.495": "1234", "0.50": "1" });
  expect(figures(analysis, "P001").authorized).toBe(12_350 + 12_340 + 10);
});

test("a plan in yen reads its own text amounts to the whole yen, and its V09 says so", () => {
  const analysis = planCurrencyAmount("JPY", "1234.56");
  expect(readAs(analysis, "JmpAllocations")).toEqual({ "1234.56": "1235" });
  expect(figures(analysis, "P002").authorized).toBe(123_500);
});

test("USD: a plain dollar amount is read to the cent as before, on a dollar row of the same plans", () => {
  const kwd = planIn("KWD", 3.25, allocations(lumpSum("A1", "1.235", d("2026-02-01"), "P002"), lumpSum("A2", "$1,250.00", d("2026-02-01"), "P002")));
  const jpy = planIn("JPY", 0.1, allocations(lumpSum("A1", "1.235", d("2026-02-01"), "P002"), lumpSum("A2", "$1,250.00", d("2026-02-01"), "P002")));
  for (const analysis of [kwd, jpy]) {
    expect(readAs(analysis, "JmpAllocations")).toEqual({ "1.235": "1.24", "$1,250.00": "$1250.00" });
    expect(figures(analysis, "P002").authorized).toBe(124 + 125_000);
  }
});

test("in a plan in KWD its own dinars are held to the hundredth, and the V09 says so: \"1.235\" is read as 1.24", () => {
  const analysis = planCurrencyAmount("KWD", "1.235");
  expect(readAs(analysis, "JmpAllocations")).toEqual({ "1.235": "1.24" });
  expect(figures(analysis, "P002").authorized).toBe(124);
});

test("in a partner's own currency (the partner view) its dinars are held to the hundredth too, and its V09 says 1.24", () => {
  const analysis = planIn("KWD", 3.25, allocations(lumpSum("A1", "1.235", d("2026-02-01"))));
  const own = analysis.inPartnerCurrencies()!;
  expect(readAs(own, "JmpAllocations")).toEqual({ "1.235": "1.24" });
  expect(own.partners.find((p) => p.key === "P001")!.figures.authorized).toBe(124);
});
