/**
 * What a report filter (a partner, an initiative, or both) selects from a set of figures: the
 * whole plan's or a period's. Every figure of a filtered selection is restricted to it.
 */
import type { Finding } from "../model/findings";
import type { InitiativeFigures, PartnerFigures, TacticTypeFigures } from "./analyze";
import { emptySums, toFigures } from "./figures/figures";
import type { Figures } from "./figures/figures";
import type { PairFigures } from "./figures/pairFigures";

/** Filters of a report: one partner and/or one initiative (ID keys, compared like lookups). */
export interface ReportFilter {
  readonly partnerKey?: string;
  readonly initiativeKey?: string;
}

/** What a report shows: the whole plan, or the part a filter selects. */
export interface ReportSelection {
  /** Figures of the selection: the plan, a partner, an initiative, or a partner within an initiative. */
  readonly totals: Figures;
  /** Every partner, or only the selected one; within the selected initiative when there is one. */
  readonly partners: readonly PartnerFigures[];
  /** Every initiative, or only the selected one; within the selected partner when there is one. */
  readonly initiatives: readonly InitiativeFigures[];
  /** Per tactic type for the whole plan; empty when filtered (types are not summed per partner). */
  readonly tacticTypes: readonly TacticTypeFigures[];
  /** Findings, only the partner's when a partner is selected. */
  readonly findings: readonly Finding[];
}

/** Figures of a selection that matches nothing: zero sums, undefined ratios. */
const nothing = (hasBudget: boolean): Figures => toFigures(emptySums(), { hasBudget, hasForecast: true });

/** Figures a filter selects from: the whole plan's (an Analysis) or a period's. */
export interface FigureSource {
  readonly totals: Figures;
  readonly partners: readonly PartnerFigures[];
  readonly initiatives: readonly InitiativeFigures[];
  readonly pairs: PairFigures;
}

/** The figures a filter selects: see `selectReport`. */
export function selectFigures(source: FigureSource, filter: ReportFilter): Pick<ReportSelection, "totals" | "partners" | "initiatives"> {
  const { partnerKey, initiativeKey } = filter;
  const partners = source.partners
    .filter((p) => !partnerKey || p.key === partnerKey)
    .map((p) => (initiativeKey ? { ...p, figures: source.pairs.get(p.key, initiativeKey) } : p));
  const initiatives = source.initiatives
    .filter((i) => !initiativeKey || i.key === initiativeKey)
    .map((i) => (partnerKey ? { ...i, figures: source.pairs.get(partnerKey, i.key) } : i));
  let totals = source.totals;
  if (partnerKey && initiativeKey) totals = source.pairs.get(partnerKey, initiativeKey);
  else if (partnerKey) totals = partners[0]?.figures ?? nothing(true);
  else if (initiativeKey) totals = initiatives[0]?.figures ?? nothing(false);
  return { totals, partners, initiatives };
}
