/**
 * The periods add up to the whole plan (SPEC section 9, README "By period"): for generated small
 * plans with partners in other currencies, when every dated row lies inside the plan period, the
 * sum over the quarters (and over the months) of each additive figure is the whole plan's, for
 * the total, every partner, every initiative and every partner x initiative pair, in the plan
 * currency and in the partners' own. Each row counts in exactly one period (a tactic's by its
 * Start, its allocations and claims with it, a lump sum by its Authorized on, an outcome by its
 * Date), and each amount is converted once, on its row, so a period sums the very amounts the
 * whole plan does.
 *
 * Left out, by their definitions:
 * - Budget and Remaining: a period has none (null); budgets are for the whole plan.
 * - Ratios (Coverage, Alignment, Utilization, Progress, Attainment, ROI, Cost per opportunity):
 *   quotients of sums, which do not add.
 * - Forecast by month: a month has no forecast of its own. By quarter it adds up here because
 *   every Joint Plan row names a quarter; a row naming none (the whole plan's forecast) is in no
 *   quarter, by definition, and shows on the report's Outside row.
 * Committed and Payable are differences of additive sums, so they add up too, negative ones
 * included (a lump sum authorized in one quarter for claims paid in another, a rate that moved
 * between the authorization and the claim).
 */
import fc from "fast-check";
import { analyze, pairFigures } from "../../../src/engine";
import type { Analysis, Figures } from "../../../src/engine";
import type { Granularity } from "../../../src/model/fiscalCalendar";
import { CLAIM_STATUSES, OUTCOME_METRICS, TACTIC_STATUSES } from "../../../src/model/schema";
import type { RowData } from "../../helpers/tables";
import { PLAN_SETTINGS, d, workbook } from "../../helpers/tables";

/** The figures that are sums of rows (or differences of such sums), per period and for the whole plan. */
const ADDITIVE = [
  "requested", "authorized", "aligned", "spend", "paid", "revenue", "pipeline", "opportunities", "leads", "deals",
  "overdueClaims", "unclaimedAfterWindow", "approvedTactics", "claimedTactics", "committed", "payable", "pending",
] as const;
const AGES = ["days0To30", "days31To60", "days61To90", "over90Days"] as const;

/** The plan period: calendar 2026 (the helpers' settings). */
const FIRST_DAY = Date.UTC(2026, 0, 1) / 86_400_000;
const DAYS = 365;
const day = fc.integer({ min: 0, max: DAYS - 1 }).map((n) => d(new Date((FIRST_DAY + n) * 86_400_000).toISOString().slice(0, 10)));
const cents = fc.integer({ min: 1, max: 5_000_000 }).map((c) => c / 100);
const PARTNERS = ["P1", "P2", "P3"];
const INITIATIVES = ["I1", "I2"];
const TACTICS = ["T1", "T2", "T3", "T4", "T5"];

/** A partner in the plan's USD, in EUR or in JPY (no minor unit). */
const partners = fc.tuple(...PARTNERS.map(() => fc.constantFrom("", "EUR", "JPY"))).map((currencies) =>
  PARTNERS.map((id, k): RowData => ({ "Partner ID": id, Partner: `Partner ${id}`, "MDF budget": 100_000, Currency: currencies[k] })),
);

/** Rates that change inside the plan period; sometimes EUR starts only mid-year (rows before it: V10, counted nowhere). */
const rates = fc.record({ eur: fc.constantFrom(1.0834, 1.1, 0.95), eurLate: fc.constantFrom(1.1012, 1.2, 1.05), jpy: fc.constantFrom(0.0067, 0.00655), eurFrom: fc.constantFrom<Date | null>(null, d("2026-03-01")) }).map(
  (r): RowData[] => [
    { Currency: "EUR", Rate: r.eur, "Valid from": r.eurFrom },
    { Currency: "EUR", Rate: r.eurLate, "Valid from": d("2026-07-01") },
    { Currency: "JPY", Rate: r.jpy, "Valid from": null },
  ],
);

const tactic = (id: string) =>
  fc.record({ partner: fc.constantFrom(...PARTNERS), initiative: fc.constantFrom(...INITIATIVES), start: day, length: fc.integer({ min: 0, max: 20 }), cost: cents, requested: cents, status: fc.constantFrom(...TACTIC_STATUSES) }).map(
    (t): RowData => ({
      "Tactic ID": id, "Partner ID": t.partner, "Initiative ID": t.initiative, "Tactic type": "Event", Start: t.start,
      // End may pass Period end: only the Start places a tactic.
      End: new Date(t.start.getTime() + t.length * 86_400_000), "Total cost": t.cost, "MDF requested": t.requested, Status: t.status,
    }),
  );

/** Tied to a tactic (of its partner or not), a lump sum, or naming a tactic the plan lacks (then a lump sum too). */
const allocation = fc.record({ partner: fc.constantFrom(...PARTNERS), tactic: fc.constantFrom("", "T9", ...TACTICS), amount: cents, on: day });
const claim = fc.record({ tactic: fc.constantFrom(...TACTICS), claimed: cents, approved: fc.option(cents, { nil: undefined }), submitted: fc.option(day, { nil: undefined }), status: fc.constantFrom(...CLAIM_STATUSES), paidOn: day });
const outcome = fc.record({ partner: fc.constantFrom(...PARTNERS), tactic: fc.constantFrom("", ...TACTICS), initiative: fc.constantFrom("", ...INITIATIVES), metric: fc.constantFrom(...OUTCOME_METRICS), value: cents, date: day });
const forecast = fc.record({ partner: fc.constantFrom(...PARTNERS), initiative: fc.constantFrom(...INITIATIVES), quarter: fc.integer({ min: 1, max: 4 }), revenue: cents });

const plan = fc
  .record({
    partners,
    rates,
    tactics: fc.tuple(...TACTICS.map(tactic)),
    allocations: fc.array(allocation, { maxLength: 8 }),
    claims: fc.array(claim, { maxLength: 10 }),
    outcomes: fc.array(outcome, { maxLength: 6 }),
    forecasts: fc.uniqueArray(forecast, { maxLength: 6, selector: (f) => `${f.partner}|${f.initiative}|${f.quarter}` }),
  })
  .map((p) =>
    workbook({
      JmpInitiatives: INITIATIVES.map((id) => ({ "Initiative ID": id, Initiative: `Initiative ${id}`, Metric: "Revenue" })),
      JmpPartners: p.partners,
      JmpRates: p.rates,
      JmpJointPlan: p.forecasts.map((f) => ({ "Partner ID": f.partner, "Initiative ID": f.initiative, Period: `FY2026-Q${f.quarter}`, "Forecast revenue": f.revenue })),
      JmpTactics: p.tactics,
      JmpAllocations: p.allocations.map((a, k) => ({ "Allocation ID": `A${k}`, "Partner ID": a.partner, "Tactic ID": a.tactic, Amount: a.amount, "Authorized on": a.on })),
      JmpClaims: p.claims.map((c, k) => ({
        "Claim ID": `C${k}`, "Tactic ID": c.tactic, "Amount claimed": c.claimed, "Amount approved": c.approved, "Submitted on": c.submitted, Status: c.status, "Paid on": c.status === "Paid" ? c.paidOn : undefined,
      })),
      JmpOutcomes: p.outcomes.map((o, k) => ({ "Outcome ID": `O${k}`, "Partner ID": o.partner, "Tactic ID": o.tactic, "Initiative ID": o.initiative, Metric: o.metric, Value: o.value, Date: o.date })),
    }, PLAN_SETTINGS),
  );

/** Every figure a period should add up to, by group: the total, partners, initiatives, pairs. */
function groups(source: Pick<Analysis, "totals" | "partners" | "initiatives"> & { pair: (p: string, i: string) => Figures }): Map<string, Figures> {
  const out = new Map<string, Figures>([["total", source.totals]]);
  for (const p of source.partners) out.set(`partner ${p.key}`, p.figures);
  for (const i of source.initiatives) out.set(`initiative ${i.key}`, i.figures);
  for (const p of PARTNERS) for (const i of INITIATIVES) out.set(`pair ${p}/${i}`, source.pair(p, i));
  return out;
}

/** The first figure of a group whose periods do not add up to the whole plan's, as text, or undefined. */
function firstGap(analysis: Analysis, granularity: Granularity): string | undefined {
  const cut = analysis.periods(granularity);
  if (!("periods" in cut)) return cut.problem;
  const whole = groups({ ...analysis, pair: (p, i) => pairFigures(analysis, p, i) });
  const periods = cut.periods.map((period) =>
    groups({ totals: period.totals, partners: period.partners, initiatives: period.initiatives, pair: (p, i) => period.pairs.get(p, i) }),
  );
  for (const [group, figures] of whole) {
    const inPeriods = periods.map((p) => p.get(group)!);
    for (const key of ADDITIVE) {
      const sum = inPeriods.reduce((s, f) => s + f[key], 0);
      if (sum !== figures[key]) return `${granularity} ${group} ${key}: periods ${sum}, whole plan ${figures[key]}`;
    }
    for (const age of AGES) {
      const sum = inPeriods.reduce((s, f) => s + f.openClaimsByAge[age], 0);
      if (sum !== figures.openClaimsByAge[age]) return `${granularity} ${group} ${age}: periods ${sum}, whole plan ${figures.openClaimsByAge[age]}`;
    }
    const forecasts = inPeriods.map((f) => f.forecast);
    if (granularity === "month") {
      if (forecasts.some((f) => f !== null)) return `month ${group}: a month has a forecast`;
    } else if (figures.forecast !== null && forecasts.reduce<number>((s, f) => s + (f ?? 0), 0) !== figures.forecast) {
      return `quarter ${group} forecast: periods ${forecasts.join(" + ")}, whole plan ${figures.forecast}`;
    }
    if (inPeriods.some((f) => f.budget !== null || f.remaining !== null)) return `${granularity} ${group}: a period has a budget`;
  }
  return undefined;
}

test("with every dated row inside the plan period, the quarters and the months add up to the whole plan, in the plan's currency and the partners' own", () => {
  fc.assert(
    fc.property(plan, (tables) => {
      const analysis = analyze(tables);
      const own = analysis.inPartnerCurrencies();
      for (const view of own === undefined ? [analysis] : [analysis, own]) {
        for (const granularity of ["quarter", "month"] as const) expect(firstGap(view, granularity)).toBeUndefined();
      }
    }),
    { numRuns: 150 },
  );
});
