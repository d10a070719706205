/**
 * The best-practice view and plan vs actual in report units (money in currency units, ratios as
 * fractions, null where undefined), for the `--json` and `--csv` reports.
 */
import { centsToUnits } from "../model/money";
import type { Analysis } from "./analyze";
import { bestPractice } from "./bestPractice";
import type { PracticeRow } from "./bestPractice";
import { selectTactics, selectTargets } from "./planVsActual";
import type { InitiativeTarget, TacticFilter } from "./planVsActual";

/** A best-practice line in report units. */
export interface PracticeJson {
  type: string;
  partnerId?: string;
  partnerName?: string;
  tactics: number;
  spend: number;
  revenue: number;
  opportunities: number;
  roi: number | null;
  costPerOpportunity: number | null;
  tooFew: boolean;
  roiRank: number | null;
  costRank: number | null;
}

/** The best-practice section of the report. */
export interface BestPracticeJson {
  minTactics: number;
  types: PracticeJson[];
  partnerTypes: PracticeJson[];
  unattributed: { spend: number; revenue: number; opportunities: number };
}

/** One tactic's plan vs actual in report units. */
export interface TacticJson {
  id: string;
  partnerId: string;
  initiativeId: string;
  type: string;
  status: string;
  expectedRevenue: number | null;
  revenue: number;
  revenueAttainment: number | null;
  expectedPipeline: number | null;
  pipeline: number;
  pipelineAttainment: number | null;
  claims: number;
  spend: number;
}

const orNull = (cents: number | null): number | null => (cents === null ? null : centsToUnits(cents));

function practiceJson(r: PracticeRow): PracticeJson {
  return { ...r, spend: centsToUnits(r.spend), revenue: centsToUnits(r.revenue), costPerOpportunity: orNull(r.costPerOpportunity) };
}

/** What works best, for the whole plan, one partner or one initiative (ID keys), or both. */
export function bestPracticeJson(analysis: Analysis, partnerKey?: string, initiativeKey?: string): BestPracticeJson {
  const bp = bestPractice(analysis, partnerKey, initiativeKey);
  const u = bp.unattributed;
  return {
    minTactics: bp.minTactics,
    types: bp.types.map(practiceJson),
    partnerTypes: bp.partnerTypes.map(practiceJson),
    unattributed: { spend: centsToUnits(u.spend), revenue: centsToUnits(u.revenue), opportunities: u.opportunities },
  };
}

/** Every tactic's plan vs actual, or one partner's (ID key), or one initiative's. */
export function tacticsJson(analysis: Analysis, filter: TacticFilter = {}): TacticJson[] {
  return selectTactics(analysis, filter).map((t) => ({
    id: t.id,
    partnerId: t.partnerId,
    initiativeId: t.initiativeId,
    type: t.type,
    status: t.status,
    expectedRevenue: orNull(t.expectedRevenue),
    revenue: centsToUnits(t.revenue),
    revenueAttainment: t.revenueAttainment,
    expectedPipeline: orNull(t.expectedPipeline),
    pipeline: centsToUnits(t.pipeline),
    pipelineAttainment: t.pipelineAttainment,
    claims: t.claims,
    spend: centsToUnits(t.spend),
  }));
}

/** Each initiative's target and attainment (one initiative's under a filter). */
export function targetsJson(analysis: Analysis, initiativeKey?: string): InitiativeTarget[] {
  return selectTargets(analysis, initiativeKey);
}
