/**
 * The `--json` report of SPEC section 6 on the metric plan: keys exactly as specified, money in
 * currency units with at most two decimals, ratios as fractions, null where undefined, ISO dates.
 */
import { analyze } from "../../../src/engine";
import { reportJson } from "../../../src/engine/reportJson";
import { metricPlan } from "./metricPlan";

const FIGURE_KEYS = [
  "budget", "requested", "authorized", "aligned", "coverage", "alignment", "spend", "paid", "utilization", "progress",
  "revenue", "pipeline", "opportunities", "leads", "deals", "forecast", "attainment", "roi", "costPerOpportunity", "overdueClaims",
  "unclaimedAfterWindow",
  "remaining", "committed", "payable", "pending", "openClaimsByAge",
];

describe("reportJson", () => {
  const analysis = analyze(metricPlan());
  const report = reportJson(analysis);

  test("top-level, plan and figure keys are exactly those of the spec, with what works best and plan vs actual", () => {
    expect(Object.keys(report)).toEqual(["plan", "totals", "partners", "initiatives", "tacticTypes", "bestPractice", "tactics", "targets", "issues"]);
    expect(Object.keys(report.bestPractice)).toEqual(["minTactics", "types", "partnerTypes", "unattributed"]);
    expect(Object.keys(report.plan)).toEqual(["name", "currency", "periodStart", "periodEnd", "asOf"]);
    expect(Object.keys(report.totals)).toEqual(FIGURE_KEYS);
    for (const p of report.partners) expect(Object.keys(p).sort()).toEqual(["id", "name", ...FIGURE_KEYS].sort());
    for (const i of report.initiatives) expect(Object.keys(i).sort()).toEqual(["id", "name", ...FIGURE_KEYS].sort());
    for (const t of report.tacticTypes) expect(Object.keys(t).sort()).toEqual(["type", ...FIGURE_KEYS].sort());
    for (const f of report.issues) expect(Object.keys(f)).toEqual(["code", "severity", "table", "row", "column", "message", "ids", "amount", "limit", "currency"]);
  });

  test("the plan block: name, currency and ISO dates", () => {
    expect(report.plan).toEqual({ name: "FY26 Joint Marketing Plan", currency: "USD", periodStart: "2026-01-01", periodEnd: "2026-12-31", asOf: "2026-11-30" });
  });

  test("P1 in currency units and fractions", () => {
    expect(report.partners[0]).toEqual({
      id: "P1",
      name: "Northwind",
      budget: 10000,
      requested: 5300,
      authorized: 4100,
      aligned: 2600,
      coverage: 26 / 53,
      alignment: 26 / 41,
      spend: 2100.5,
      paid: 2000.5,
      utilization: 21_005 / 41_000,
      progress: 0.5,
      revenue: 10000.01,
      pipeline: 4000,
      opportunities: 4,
      leads: 0,
      deals: 0,
      forecast: 25000,
      attainment: 1_000_001 / 2_500_000,
      roi: (1_000_001 - 210_050) / 210_050,
      costPerOpportunity: 525.13,
      overdueClaims: 1,
      unclaimedAfterWindow: 700,
      // Finance: 10,000 - 4,100 left; 4,100 - 2,000.50 promised and unpaid; C2 (Approved, 100)
      // owed; C3 (Submitted, 500) pending; both filed in March and June, over 90 days by 30 November.
      remaining: 5900,
      committed: 2099.5,
      payable: 100,
      pending: 500,
      openClaimsByAge: { days0To30: 0, days31To60: 0, days61To90: 0, over90Days: 600 },
    });
  });

  test("undefined ratios and group-less values are null; JSON keeps them", () => {
    const p3 = report.partners[2];
    expect([p3.coverage, p3.alignment, p3.utilization, p3.progress, p3.attainment, p3.roi, p3.costPerOpportunity]).toEqual([
      null, null, null, null, null, null, null,
    ]);
    expect([report.initiatives[0].budget, report.tacticTypes[0].budget, report.tacticTypes[0].forecast]).toEqual([null, null, null]);
    const parsed = JSON.parse(JSON.stringify(report));
    expect(parsed.partners[2].roi).toBeNull();
    expect(parsed.tacticTypes[0].forecast).toBeNull();
  });

  test("every money value has at most two decimals", () => {
    const money = ["budget", "requested", "authorized", "aligned", "spend", "paid", "revenue", "pipeline", "forecast", "costPerOpportunity"] as const;
    const groups = [report.totals, ...report.partners, ...report.initiatives, ...report.tacticTypes];
    for (const g of groups) {
      for (const key of money) {
        const v = g[key];
        if (v !== null) expect(String(v)).toMatch(/^-?\d+(\.\d{1,2})?$/);
      }
    }
    expect([report.totals.budget, report.totals.forecast, report.totals.revenue]).toEqual([15000.5, 33000.25, 16000.01]);
  });

  test("issues carry the sheet row the user sees", () => {
    const r01 = report.issues.find((f) => f.code === "R01" && f.table === "JmpTactics");
    expect(r01).toEqual({
      code: "R01",
      severity: "error",
      table: "JmpTactics",
      row: 11,
      column: "Partner ID",
      message: expect.stringContaining("PX"),
      ids: { partner: "PX", initiative: "I-A", tactic: "TX" },
      amount: null,
      limit: null,
      currency: null,
    });
  });

  test("a partner filter lists that partner only, with its figures as the totals and its findings", () => {
    const filtered = reportJson(analysis, { partnerKey: "P2" });
    const { id: _id, name: _name, ...p2 } = report.partners[1];
    expect(filtered.partners.map((p) => p.id)).toEqual(["P2"]);
    expect(filtered.totals).toEqual(p2);
    const ownFindings = analysis.findings.filter((f) => f.partner === "P2").length;
    expect(filtered.issues.length).toBe(ownFindings);
    expect(ownFindings).toBeGreaterThan(0);
  });

  test("an initiative filter lists that initiative only", () => {
    expect(reportJson(analysis, { initiativeKey: "I-B" }).initiatives.map((i) => [i.id, i.pipeline])).toEqual([["I-B", 4000]]);
  });
});
