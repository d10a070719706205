/**
 * The one entry point every host calls: raw tables in, the plan, its findings and every figure
 * out. The CLI, the task pane, the dashboard and the custom functions all go through here.
 */
import type { Finding } from "../model/findings";
import type { Plan } from "../model/plan";
import type { RawTable } from "../model/rawTable";
import { aggregate } from "./aggregate";
import { attributeClaimFindings } from "./claimPartners";
import type { Figures } from "./figures";
import { emptySums, INITIATIVE_KIND, PARTNER_KIND, toFigures, TYPE_KIND } from "./figures";
import { link } from "./links";
import type { PairFigures } from "./pairFigures";
import { parse } from "./parse";
import type { SettingsOptions } from "./parseSettings";
import { planIndex } from "./planIndex";
import type { PlanIndex } from "./planIndex";
import { planView } from "./planView";
import { sortFindings } from "./sortFindings";
import { validate } from "./validate";

/** Options of an analysis. */
export type AnalyzeOptions = SettingsOptions;

/** Figures of one partner. */
export interface PartnerFigures {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly figures: Figures;
}

/** Figures of one initiative. */
export interface InitiativeFigures {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly figures: Figures;
}

/** Figures of one tactic type. */
export interface TacticTypeFigures {
  /** As the plan's list spells it. */
  readonly type: string;
  readonly figures: Figures;
}

/** Everything the views show. */
export interface Analysis {
  /** The plan as row records (the large tables are built when first read). */
  readonly plan: Plan;
  /** Lookups over the plan (tactic facts are built when first read). */
  readonly index: PlanIndex;
  /** Findings in table order, then row, then column. */
  readonly findings: readonly Finding[];
  readonly totals: Figures;
  /** One entry per partner of the Partners table, in sheet order. */
  readonly partners: readonly PartnerFigures[];
  /** One entry per initiative of the Initiatives table, in sheet order. */
  readonly initiatives: readonly InitiativeFigures[];
  /** One entry per tactic type that has approved tactics, allocations, claims or outcomes, in the order of the plan's list. */
  readonly tacticTypes: readonly TacticTypeFigures[];
  /** Figures of a partner restricted to an initiative (see `pairFigures`). */
  readonly pairs: PairFigures;
}


/** Parses, validates and measures a plan. Never throws on any cell value. */
export function analyze(tables: readonly RawTable[], options: AnalyzeOptions = {}): Analysis {
  const { data, sink } = parse(tables, options);
  const links = link(data);
  validate(data, links, sink);
  const sums = aggregate(data, links);
  const plan = planView(data);
  const index = planIndex(plan, data, links);
  return {
    plan,
    index,
    findings: sortFindings(attributeClaimFindings(sink.findings, data, links)),
    totals: toFigures(sums.total, PARTNER_KIND),
    partners: [...index.partners.values()].map((p) => ({
      id: p.id.text,
      key: p.id.key,
      name: p.name,
      figures: toFigures(sums.partners.get(p.id.key) ?? emptySums(), PARTNER_KIND),
    })),
    initiatives: [...index.initiatives.values()].map((i) => ({
      id: i.id.text,
      key: i.id.key,
      name: i.name,
      figures: toFigures(sums.initiatives.get(i.id.key) ?? emptySums(), INITIATIVE_KIND),
    })),
    tacticTypes: data.tacticTypes.filter((t) => sums.types.has(t.name)).map(({ name }) => ({
      type: name,
      figures: toFigures(sums.types.get(name) ?? emptySums(), TYPE_KIND),
    })),
    pairs: sums.pairs,
  };
}

/** Figures of a partner restricted to an initiative: all zero when nothing links them. */
export function pairFigures(analysis: Analysis, partnerKey: string, initiativeKey: string): Figures {
  return analysis.pairs.get(partnerKey, initiativeKey);
}
