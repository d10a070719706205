/**
 * What works best: tactic types, and partner x type, ranked by ROI and by cost per opportunity,
 * each with the number of tactics behind it, its spend and revenue, and a mark where too few
 * tactics stand behind a figure to trust it. Revenue, spend and opportunities not tied to a
 * tactic of any type are their own line, never dropped. Built from the per-tactic results, so a
 * partner or initiative filter keeps the section (its own tactics and its own unattributed line).
 */
import type { Cents } from "../model/money";
import type { Analysis } from "./analyze";
import { ratio } from "./figures/figures";
import type { Figures } from "./figures/figures";
import { tacticResults } from "./planVsActual";
import type { TacticResult } from "./planVsActual";

/** Fewer tactics than this behind a figure and it is marked as too few to trust. */
export const MIN_TACTICS = 3;

/** One ranked line: a tactic type, or a partner's tactics of a type. */
export interface PracticeRow {
  readonly type: string;
  /** Set on partner x type lines. */
  readonly partnerId?: string;
  readonly partnerName?: string;
  /**
   * Tactics standing behind the line's figures (`standsBehind`): approved ones, and any other
   * with spend, revenue or opportunities. A Draft or Cancelled tactic with nothing recorded adds
   * nothing to the figures, so it cannot make them trustworthy.
   */
  readonly tactics: number;
  readonly spend: Cents;
  readonly revenue: Cents;
  readonly opportunities: number;
  readonly roi: number | null;
  readonly costPerOpportunity: Cents | null;
  /** Fewer than `MIN_TACTICS` tactics stand behind the figures. */
  readonly tooFew: boolean;
  /** Place by ROI (1 = best), null without spend. */
  readonly roiRank: number | null;
  /** Place by cost per opportunity (1 = cheapest), null without opportunities. */
  readonly costRank: number | null;
}

/** Money and opportunities tied to no tactic of a type (outcomes and claims without a known tactic). */
export interface Unattributed {
  readonly spend: Cents;
  readonly revenue: Cents;
  readonly opportunities: number;
}

/** The best-practice view. */
export interface BestPractice {
  readonly minTactics: number;
  /** By tactic type, best ROI first. */
  readonly types: readonly PracticeRow[];
  /** By partner and tactic type, best ROI first. */
  readonly partnerTypes: readonly PracticeRow[];
  readonly unattributed: Unattributed;
}

interface Group {
  type: string;
  partnerId?: string;
  partnerName?: string;
  tactics: number;
  spend: Cents;
  revenue: Cents;
  opportunities: number;
}

/** Places 1..n by `value`, best first as `better` says; null values get no place. */
function places(rows: readonly Group[], value: (g: Group) => number | null, better: (a: number, b: number) => number): Map<Group, number> {
  const ranked = rows.filter((g) => value(g) !== null).sort((a, b) => better(value(a) as number, value(b) as number) || b.revenue - a.revenue);
  return new Map(ranked.map((g, i) => [g, i + 1]));
}

function ranked(groups: readonly Group[]): PracticeRow[] {
  const roi = (g: Group): number | null => ratio(g.revenue - g.spend, g.spend);
  const cost = (g: Group): number | null => (g.opportunities === 0 ? null : Math.round(g.spend / g.opportunities));
  const byRoi = places(groups, roi, (a, b) => b - a);
  const byCost = places(groups, cost, (a, b) => a - b);
  return groups
    .map((g) => ({ ...g, roi: roi(g), costPerOpportunity: cost(g), tooFew: g.tactics < MIN_TACTICS, roiRank: byRoi.get(g) ?? null, costRank: byCost.get(g) ?? null }))
    .sort((a, b) => (a.roiRank ?? Infinity) - (b.roiRank ?? Infinity) || b.revenue - a.revenue);
}

/** True for a tactic behind a line's figures: approved (it ran, or runs), or with results of its own. */
function standsBehind(t: TacticResult): boolean {
  return t.approved || t.spend !== 0 || t.revenue !== 0 || t.opportunities !== 0;
}

function add(group: Group, t: TacticResult): void {
  if (standsBehind(t)) group.tactics += 1;
  group.spend += t.spend;
  group.revenue += t.revenue;
  group.opportunities += t.opportunities;
}

/**
 * The best-practice view of the whole plan, or of one partner (`partnerKey`, an ID key), one
 * initiative (`initiativeKey`: the tactics under it), or a partner within an initiative. Only
 * tactics of a partner in the Partners table count, as everywhere else.
 */
export function bestPractice(analysis: Analysis, partnerKey?: string, initiativeKey?: string): BestPractice {
  const tactics = tacticResults(analysis).filter(
    (t) => t.partnerKey !== undefined && (partnerKey === undefined || t.partnerKey === partnerKey) && (initiativeKey === undefined || t.initiativeKey === initiativeKey),
  );
  const types = new Map<string, Group>();
  const pairs = new Map<string, Group>();
  for (const t of tactics) {
    if (t.type === "") continue;
    const type = types.get(t.type) ?? { type: t.type, tactics: 0, spend: 0, revenue: 0, opportunities: 0 };
    types.set(t.type, type);
    add(type, t);
    const partner = analysis.index.partners.get(t.partnerKey as string);
    const key = `${t.partnerKey}\u0000${t.type}`;
    const pair = pairs.get(key) ?? { type: t.type, partnerId: partner?.id.text ?? t.partnerId, partnerName: partner?.name ?? "", tactics: 0, spend: 0, revenue: 0, opportunities: 0 };
    pairs.set(key, pair);
    add(pair, t);
  }
  const scope = scopeFigures(analysis, partnerKey, initiativeKey);
  const typed = [...types.values()].reduce((s, g) => ({ spend: s.spend + g.spend, revenue: s.revenue + g.revenue, opportunities: s.opportunities + g.opportunities }), { spend: 0, revenue: 0, opportunities: 0 });
  return {
    minTactics: MIN_TACTICS,
    // A line no tactic stands behind (Drafts only) has no figures to rank.
    types: ranked([...types.values()].filter((g) => g.tactics > 0)),
    partnerTypes: ranked([...pairs.values()].filter((g) => g.tactics > 0)),
    unattributed: {
      spend: (scope?.spend ?? 0) - typed.spend,
      revenue: (scope?.revenue ?? 0) - typed.revenue,
      opportunities: (scope?.opportunities ?? 0) - typed.opportunities,
    },
  };
}

/** The figures of the view's scope, which its lines and the unattributed line add up to. */
function scopeFigures(analysis: Analysis, partnerKey: string | undefined, initiativeKey: string | undefined): Figures | undefined {
  if (partnerKey !== undefined && initiativeKey !== undefined) return analysis.pairs.get(partnerKey, initiativeKey);
  if (partnerKey !== undefined) return analysis.partners.find((p) => p.key === partnerKey)?.figures;
  if (initiativeKey !== undefined) return analysis.initiatives.find((i) => i.key === initiativeKey)?.figures;
  return analysis.totals;
}

/**
 * The line with the best ROI that enough tactics stand behind, else the best ranked at all (the
 * view then says it is too few to trust); undefined when no line has spend.
 */
export function bestTrusted(rows: readonly PracticeRow[]): PracticeRow | undefined {
  const ranked = rows.filter((r) => r.roiRank !== null);
  return ranked.find((r) => !r.tooFew) ?? ranked[0];
}
