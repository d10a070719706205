/**
 * A seeded, deterministic generator of synthetic JMP plans at any size, for the benchmark and
 * for tests that need volume. Cells look the way Office.js delivers them: numbers for money,
 * Excel serial numbers for dates, strings for IDs and enums, "" for blank cells. A small share
 * of rows carries a typical data problem (unknown IDs, amounts typed as text, blanks, typos) so
 * that the rules have something to find.
 */
import type { RawTable } from "../../src/model/rawTable";
import { OUTCOME_METRICS } from "../../src/model/schema";
import { buildAllocations, buildClaims, buildOutcomes, buildTactics, setBudgets } from "../bench/synthetic/activity";
import { ALL_PROBLEMS, ProblemPlanter } from "../bench/synthetic/problems";
import type { ProblemKind } from "../bench/synthetic/problems";
import { Rng } from "../bench/synthetic/rng";
import { pad, PERIOD_START, serial, TableBuilder } from "../bench/synthetic/tableBuilder";

export { ALL_PROBLEMS, FORMULA_SAFE_PROBLEMS } from "../bench/synthetic/problems";
export type { ProblemKind } from "../bench/synthetic/problems";

/** Row counts of a plan. */
export interface PlanSize {
  readonly partners: number;
  readonly initiatives: number;
  readonly tactics: number;
  readonly allocations: number;
  readonly claims: number;
  readonly outcomes: number;
}

/** The size SPEC section 8 benchmarks at. */
export const SPEC_SIZE: PlanSize = { partners: 2_000, initiatives: 40, tactics: 100_000, allocations: 100_000, claims: 150_000, outcomes: 200_000 };

/** A size scaled by a factor (at least one row of each kind). */
export function scaleSize(size: PlanSize, factor: number): PlanSize {
  const s = (n: number): number => Math.max(1, Math.round(n * factor));
  return { partners: s(size.partners), initiatives: s(size.initiatives), tactics: s(size.tactics), allocations: s(size.allocations), claims: s(size.claims), outcomes: s(size.outcomes) };
}

/** What to generate. */
export interface GenerateOptions extends PlanSize {
  readonly seed: number;
  /** Share of tactic, allocation, claim and outcome rows given one problem (default 0.03). */
  readonly problemRate?: number;
  /** The problems to plant (default: all). */
  readonly problemKinds?: readonly ProblemKind[];
  /**
   * Share of partners working in another currency than the plan's USD (default 0): every
   * 1/share-th partner, in EUR, GBP and CAD in turn, with a Rates table whose rates change
   * mid-year. Their cells hold the same numbers: they are read as that currency.
   */
  readonly foreignShare?: number;
}

/** The currencies of foreign partners, in turn, and their rates (from the start, then from mid-year). */
const FOREIGN: readonly { readonly code: string; readonly rates: readonly [number, number] }[] = [
  { code: "EUR", rates: [1.0834, 1.1012] },
  { code: "GBP", rates: [1.2695, 1.2513] },
  { code: "CAD", rates: [0.7381, 0.7297] },
];

/** The currency of partner p (0-based) at a share of foreign partners, "" for the plan's. */
function partnerCurrency(p: number, share: number): string {
  if (share <= 0 || Math.floor((p + 1) * share) === Math.floor(p * share)) return "";
  return FOREIGN[Math.floor(p * share) % FOREIGN.length].code;
}

/** The Rates table of the foreign currencies. */
function ratesTable(): TableBuilder {
  const rates = new TableBuilder("JmpRates");
  for (const { code, rates: [early, late] } of FOREIGN) {
    rates.add({ currency: code, rate: early, validFrom: "" });
    rates.add({ currency: code, rate: late, validFrom: serial(PERIOD_START + 181) });
  }
  return rates;
}

/** Generates every JMP table of a synthetic plan. Same options, same tables. */
export function generatePlan(options: GenerateOptions): RawTable[] {
  const rng = new Rng(options.seed);
  const settings = new TableBuilder("JmpSettings");
  for (const [Setting, Value] of [
    ["Plan name", "FY26 synthetic plan"], ["Vendor", "Contoso"], ["Period start", serial(PERIOD_START)], ["Period end", serial(PERIOD_START + 364)],
    ["Currency", "USD"], ["Max MDF share", 0.5], ["Claim window (days)", 45], ["As of", serial(PERIOD_START + 333)],
  ] as const) settings.add({ setting: Setting, value: Value });

  const initiatives = new TableBuilder("JmpInitiatives");
  const initiativeIds: string[] = [];
  for (let i = 0; i < options.initiatives; i++) {
    const id = pad("I", i + 1, 3);
    initiativeIds.push(id);
    initiatives.add({ initiativeId: id, initiative: `Initiative ${i + 1}`, objective: "Grow joint pipeline", metric: rng.pick(OUTCOME_METRICS), target: rng.int(10, 500) * 10_000, owner: `Owner ${i % 7}`, active: i % 20 === 19 ? "No" : "Yes" });
  }

  const partners = new TableBuilder("JmpPartners");
  const jointPlan = new TableBuilder("JmpJointPlan");
  const partnerIds: string[] = [];
  const partnerInitiatives: string[][] = [];
  for (let p = 0; p < options.partners; p++) {
    const id = pad("P", p + 1, 5);
    partnerIds.push(id);
    partners.add({ partnerId: id, partner: `Partner ${p + 1}`, tier: rng.pick(["Gold", "Silver", "Bronze"]), region: rng.pick(["AMER", "EMEA", "APAC"]), maxMdfShare: rng.chance(0.1) ? 0.6 : "", channelManager: `Manager ${p % 40}`, active: rng.chance(0.02) ? "No" : "Yes", currency: partnerCurrency(p, options.foreignShare ?? 0) });
    const agreed = [...new Set(Array.from({ length: Math.min(3, initiativeIds.length) }, () => rng.pick(initiativeIds)))];
    partnerInitiatives.push(agreed);
    for (const initiativeId of agreed) {
      jointPlan.add({ partnerId: id, initiativeId, partnerObjective: "Joint growth", forecastRevenue: rng.money(50_000, 2_000_000), forecastPipeline: rng.money(100_000, 5_000_000), forecastOpportunities: rng.int(5, 200) });
    }
  }

  const tactics = buildTactics(rng, options.tactics, partnerIds, partnerInitiatives, initiativeIds);
  setBudgets(rng, partners, tactics.facts, partnerIds.length);
  const allocations = buildAllocations(rng, options.allocations, tactics.facts, partnerIds);
  const claims = buildClaims(rng, options.claims, tactics.facts, allocations.fundedCents);
  const outcomes = buildOutcomes(rng, options.outcomes, tactics.facts, partnerIds, partnerInitiatives);

  const plant = new ProblemPlanter(rng, options.problemRate ?? 0.03, options.problemKinds ?? ALL_PROBLEMS);
  for (const t of [tactics.table, allocations.table, claims, outcomes]) plant.into(t);
  const rates = (options.foreignShare ?? 0) > 0 ? [ratesTable()] : [];
  return [settings, initiatives, partners, jointPlan, tactics.table, allocations.table, claims, outcomes, ...rates].map((t) => t.toRaw());
}

