/**
 * The one entry point every host calls: raw tables in, the plan, its findings and every figure
 * out. The CLI, the task pane, the dashboard and the custom functions all go through here.
 * It is the pipeline, one stage per folder: read -> link -> rules -> figures -> view.
 */
import type { Granularity } from "../model/fiscalCalendar";
import type { Finding } from "../model/findings";
import type { Plan } from "../model/plan";
import type { RawTable } from "../model/rawTable";
import { aggregate, emptySums, INITIATIVE_KIND, PARTNER_KIND, toFigures, TYPE_KIND } from "./figures";
import type { Figures, GroupSums, PairFigures } from "./figures";
import type { GroupLayer } from "./figures/groupTable";
import { attributeClaimFindings, sortFindings } from "./findings";
import { link } from "./link";
import type { Links } from "./link";
import { parse } from "./read";
import type { ReadOptions } from "./read";
import { validate } from "./rules";
import type { PlanData, WorkArrays } from "./store";
import { planIndex, planView } from "./view";
import { periodCut, planPeriods, routeOf } from "./periodFigures";
import type { PlanPeriods } from "./periodFigures";
import type { PlanIndex } from "./view";

/** Options of an analysis. */
export interface AnalyzeOptions extends ReadOptions {
  /**
   * Work memory for reading the large tables, owned by a caller that analyses the same plan
   * again and again (the live plan and the task pane, through `workbook/live/analyzer.ts`):
   * memory reused is memory the garbage collector need not chase. It holds about 30 bytes per
   * row of the largest table read with it, for as long as the caller keeps it. Unset: each
   * analysis has its own.
   */
  readonly work?: WorkArrays;
}

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
  /**
   * The figures of each fiscal quarter or month of the plan period (SPEC section 9): quarters
   * are summed with the whole plan, months on the first call; either is made into figures on
   * the first call and kept.
   */
  periods(granularity: Granularity): PlanPeriods;
  /**
   * The same plan with each partner's figures in its own currency (`Partners[Currency]`), made
   * on the first call and kept; undefined when every partner works in the plan currency. Its
   * totals mix currencies, and its findings leave the rules out: read its partners' figures
   * (and pairs, periods) only.
   */
  inPartnerCurrencies(): Analysis | undefined;
}

/**
 * What an analysis is made of: the plan data, its links, the sums (the whole plan's and each
 * quarter's) and the findings — data only (typed arrays, records, Maps and a few engine
 * classes), so the work can run where the tables are read (a Web Worker) and the parts be sent
 * to the page (`analysisTransfer.ts`).
 */
export interface AnalysisParts {
  readonly data: PlanData;
  readonly links: Links;
  readonly sums: GroupSums;
  readonly quarterSums: readonly GroupLayer[];
  readonly findings: readonly Finding[];
}

/**
 * The costly half of `analyze`: parse, link, check and sum. Never throws on any cell value.
 * `checked` false leaves the rules out, for a view read for its figures only (no rule changes a
 * figure): its findings are those of reading alone.
 */
export function analysisParts(tables: readonly RawTable[], options: AnalyzeOptions = {}, checked = true): AnalysisParts {
  const { data, sink } = parse(tables, options, options.work);
  const links = link(data);
  if (checked) validate(data, links, sink);
  // Quarters are summed in the whole plan's pass: every host but the plainest reads them.
  const { whole: sums, periods: quarterSums } = aggregate(data, links, routeOf(data, links, periodCut(data.settings, "quarter")));
  return { data, links, sums, quarterSums, findings: sortFindings(attributeClaimFindings(sink.findings, data, links)) };
}

/**
 * The cheap half: the analysis hosts read, over its parts (the large views are made when first
 * read). `tables` and `options` are those the parts were made from: the partner-currency view,
 * when asked for, analyses them again.
 */
export function analysisOf({ data, links, sums, quarterSums, findings }: AnalysisParts, tables: readonly RawTable[], options: AnalyzeOptions = {}): Analysis {
  const quarters = periodCut(data.settings, "quarter");
  const plan = planView(data);
  const index = planIndex(plan, data, links);
  const byPeriod = new Map<Granularity, PlanPeriods>();
  // Only a plan with a partner in another currency keeps its tables for the partner view.
  const planCurrency = data.settings.currency.code;
  const source = data.partners.some((p) => p.currency !== "" && p.currency !== planCurrency) && options.currencyView !== "partner" ? tables : undefined;
  let inPartnerCurrencies: Analysis | undefined;
  return {
    plan,
    index,
    findings,
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
    periods(granularity) {
      let made = byPeriod.get(granularity);
      if (made === undefined) {
        made = granularity === "quarter" ? planPeriods(data, links, index, quarters, quarterSums) : planPeriods(data, links, index, periodCut(data.settings, granularity));
        byPeriod.set(granularity, made);
      }
      return made;
    },
    inPartnerCurrencies() {
      if (source !== undefined) {
        // Read for its partners' figures only: the rules' findings are the plan's, made above.
        const view: AnalyzeOptions = { asOf: options.asOf, currencyView: "partner" };
        inPartnerCurrencies ??= analysisOf(analysisParts(source, view, false), source, view);
      }
      return inPartnerCurrencies;
    },
  };
}

/** Parses, validates and measures a plan. Never throws on any cell value. */
export function analyze(tables: readonly RawTable[], options: AnalyzeOptions = {}): Analysis {
  return analysisOf(analysisParts(tables, options), tables, options);
}

/** Figures of a partner restricted to an initiative: all zero when nothing links them. */
export function pairFigures(analysis: Analysis, partnerKey: string, initiativeKey: string): Figures {
  return analysis.pairs.get(partnerKey, initiativeKey);
}
