/**
 * Plan vs actual, from an analysis: per tactic, its Expected revenue and pipeline against the
 * outcomes recorded against it, with its claims; per initiative, its Target against the actual
 * figure of its own Metric (attainment = actual / target). Money in cents; a ratio over a zero
 * or missing target is null.
 */
import type { Cents } from "../model/money";
import type { Maybe } from "../model/plan";
import type { OutcomeMetric } from "../model/schema";
import type { Analysis, InitiativeFigures } from "./analyze";
import type { Figures } from "./figures";
import { ratio } from "./figures/figures";

/** One tactic's plan and what it produced. */
export interface TacticResult {
  readonly id: string;
  readonly partnerId: string;
  readonly partnerKey: Maybe<string>;
  readonly initiativeId: string;
  readonly initiativeKey: Maybe<string>;
  readonly type: string;
  readonly status: string;
  readonly approved: boolean;
  readonly expectedRevenue: Cents | null;
  readonly revenue: Cents;
  readonly expectedPipeline: Cents | null;
  readonly pipeline: Cents;
  readonly opportunities: number;
  /** Claims filed against the tactic, whatever their status. */
  readonly claims: number;
  /** Sum of its counted claims (Approved or Paid): its spend. */
  readonly spend: Cents;
  /** Revenue / Expected revenue; null without an expected revenue above zero. */
  readonly revenueAttainment: number | null;
  /** Pipeline / Expected pipeline. */
  readonly pipelineAttainment: number | null;
}

/** The results of each analysis, made once: the Dashboard's blocks and the views read them. */
const resultsOf = new WeakMap<Analysis, readonly TacticResult[]>();

/**
 * Every tactic with an ID, in sheet order, with its results: made on the first call for an
 * analysis and kept (a Dashboard refresh reads them for its best-practice and its plan-vs-actual
 * blocks), from the per-tactic sums of the index, without row records of outcomes and claims.
 */
export function tacticResults(analysis: Analysis): readonly TacticResult[] {
  let results = resultsOf.get(analysis);
  if (results === undefined) {
    results = resultsFrom(analysis);
    resultsOf.set(analysis, results);
  }
  return results;
}

function resultsFrom({ index }: Analysis): TacticResult[] {
  const actuals = index.tacticActuals;
  const results: TacticResult[] = [];
  index.tacticFacts.forEach((facts, position) => {
    const t = facts.tactic;
    if (!t.id) return;
    const actualRevenue = actuals.revenue[position];
    const actualPipeline = actuals.pipeline[position];
    const expectedRevenue = t.expectedRevenue ?? null;
    const expectedPipeline = t.expectedPipeline ?? null;
    results.push({
      id: t.id.text,
      partnerId: t.partnerId?.text ?? "",
      partnerKey: facts.partner?.id.key,
      initiativeId: t.initiativeId?.text ?? "",
      initiativeKey: facts.initiative?.id.key,
      type: t.tacticType ?? "",
      status: t.status ?? "",
      approved: facts.approved,
      expectedRevenue,
      revenue: actualRevenue,
      expectedPipeline,
      pipeline: actualPipeline,
      opportunities: actuals.opportunities[position],
      claims: actuals.claims[position],
      spend: facts.counted,
      revenueAttainment: expectedRevenue ? ratio(actualRevenue, expectedRevenue) : null,
      pipelineAttainment: expectedPipeline ? ratio(actualPipeline, expectedPipeline) : null,
    });
  });
  return results;
}

/** An initiative's target and how far its metric has come. */
export interface InitiativeTarget {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly metric: OutcomeMetric;
  /** The Target as typed: currency units for Revenue and Pipeline, a count otherwise; null when blank. */
  readonly target: number | null;
  /** The initiative's figure of its metric, in the same unit as the target. */
  readonly actual: number;
  /** Actual / Target; null without a target above zero. */
  readonly attainment: number | null;
}

/** The figure of a metric in the unit an initiative's Target is typed in (money in currency units). */
export function metricActual(figures: Figures, metric: OutcomeMetric): number {
  switch (metric) {
    case "Revenue":
      return figures.revenue / 100;
    case "Pipeline":
      return figures.pipeline / 100;
    case "Opportunities":
      return figures.opportunities;
    case "Leads":
      return figures.leads;
    default:
      return figures.deals;
  }
}

function targetOf(analysis: Analysis, i: InitiativeFigures): InitiativeTarget {
  const initiative = analysis.index.initiatives.get(i.key);
  const metric = initiative?.metric ?? "Revenue";
  const target = initiative?.target ?? null;
  const actual = metricActual(i.figures, metric);
  return { id: i.id, key: i.key, name: i.name, metric, target, actual, attainment: target ? ratio(actual, target) : null };
}

/** Every initiative of the Initiatives table, in sheet order, with its target attainment. */
export function initiativeTargets(analysis: Analysis): InitiativeTarget[] {
  return analysis.initiatives.map((i) => targetOf(analysis, i));
}

/** One initiative's target attainment, by its ID key; undefined when the Initiatives table lacks it. */
export function initiativeTarget(analysis: Analysis, key: string): InitiativeTarget | undefined {
  const figures = analysis.initiatives.find((i) => i.key === key);
  return figures && targetOf(analysis, figures);
}

/** A report's filter: one partner and/or one initiative (ID keys). */
export interface TacticFilter {
  readonly partnerKey?: string;
  readonly initiativeKey?: string;
}

/** The tactics a filter selects, in sheet order. */
export function selectTactics(analysis: Analysis, filter: TacticFilter = {}): TacticResult[] {
  return tacticResults(analysis).filter((t) => (!filter.partnerKey || t.partnerKey === filter.partnerKey) && (!filter.initiativeKey || t.initiativeKey === filter.initiativeKey));
}

/** The initiatives' targets a filter selects (one initiative's under an initiative filter). */
export function selectTargets(analysis: Analysis, initiativeKey?: string): InitiativeTarget[] {
  return initiativeTargets(analysis).filter((t) => !initiativeKey || t.key === initiativeKey);
}
