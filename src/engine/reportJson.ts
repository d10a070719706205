/**
 * The `--json` report of SPEC section 6: money in currency units (at most two decimals),
 * ratios as fractions, null where undefined, dates as ISO text. Built from an Analysis so
 * every host that exports JSON says the same thing.
 */
import { inOwnCurrencies } from "./partnerCurrency";
import type { CurrencyView } from "./read";
import { bestPracticeJson, tacticsJson, targetsJson } from "./resultsJson";
import type { BestPracticeJson, TacticJson } from "./resultsJson";
import type { InitiativeTarget } from "./planVsActual";
import { findingsJson } from "./findingsJson";
import type { FindingJson } from "./findingsJson";
import { isoFromDay } from "../model/dates";
import type { Finding } from "../model/findings";
import { centsToUnits } from "../model/money";
import type { Cents } from "../model/money";
import { idKey } from "../model/ids";
import type { Analysis, InitiativeFigures, PartnerFigures, TacticTypeFigures } from "./analyze";
import type { Figures } from "./figures/figures";
import type { PairFigures } from "./figures/pairFigures";
import type { PeriodFigures } from "./periodFigures";
import { periodsJson } from "./periodsJson";
import type { PeriodJson } from "./periodsJson";
import { emptySums, toFigures } from "./figures/figures";

/** Figures as JSON: the camelCase metric names of SPEC section 4. */
export interface FiguresJson {
  budget: number | null;
  requested: number;
  authorized: number;
  aligned: number;
  coverage: number | null;
  alignment: number | null;
  spend: number;
  paid: number;
  utilization: number | null;
  progress: number | null;
  revenue: number;
  pipeline: number;
  opportunities: number;
  leads: number;
  deals: number;
  forecast: number | null;
  attainment: number | null;
  roi: number | null;
  costPerOpportunity: number | null;
  overdueClaims: number;
  unclaimedAfterWindow: number;
  remaining: number | null;
  committed: number;
  payable: number;
  pending: number;
  openClaimsByAge: { days0To30: number; days31To60: number; days61To90: number; over90Days: number };
}

/** The whole report. */
export interface ReportJson {
  plan: { name: string; currency: string; periodStart: string | null; periodEnd: string | null; asOf: string };
  totals: FiguresJson;
  /** `currency` only in the partner view (`jmp report --currency partner`): the currency of the partner's figures. */
  partners: (FiguresJson & { id: string; name: string; currency?: string })[];
  initiatives: (FiguresJson & { id: string; name: string })[];
  tacticTypes: (FiguresJson & { type: string })[];
  /** What works best: types and partner x type ranked, with the unattributed line (kept under a partner filter). */
  bestPractice: BestPracticeJson;
  /** Plan vs actual per tactic. */
  tactics: TacticJson[];
  /** Each initiative's Target against the actual of its Metric. */
  targets: InitiativeTarget[];
  /** The findings: where, what, the IDs they concern and their money figures. */
  issues: FindingJson[];
  /** The figures of each quarter or month, when the report is asked for them (`--by`). */
  periods?: PeriodJson[];
}

const units = (cents: Cents): number => centsToUnits(cents);
const unitsOrNull = (cents: Cents | null): number | null => (cents === null ? null : centsToUnits(cents));

/** Figures in report units. */
export function figuresJson(f: Figures): FiguresJson {
  return {
    budget: unitsOrNull(f.budget),
    requested: units(f.requested),
    authorized: units(f.authorized),
    aligned: units(f.aligned),
    coverage: f.coverage,
    alignment: f.alignment,
    spend: units(f.spend),
    paid: units(f.paid),
    utilization: f.utilization,
    progress: f.progress,
    revenue: units(f.revenue),
    pipeline: units(f.pipeline),
    opportunities: f.opportunities,
    leads: f.leads,
    deals: f.deals,
    forecast: unitsOrNull(f.forecast),
    attainment: f.attainment,
    roi: f.roi,
    costPerOpportunity: unitsOrNull(f.costPerOpportunity),
    overdueClaims: f.overdueClaims,
    unclaimedAfterWindow: units(f.unclaimedAfterWindow),
    remaining: unitsOrNull(f.remaining),
    committed: units(f.committed),
    payable: units(f.payable),
    pending: units(f.pending),
    openClaimsByAge: {
      days0To30: units(f.openClaimsByAge.days0To30),
      days31To60: units(f.openClaimsByAge.days31To60),
      days61To90: units(f.openClaimsByAge.days61To90),
      over90Days: units(f.openClaimsByAge.over90Days),
    },
  };
}

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

/**
 * The part of an analysis a filter selects; the whole analysis without a filter. Every figure of
 * a filtered selection is restricted to it: a partner's row under `--initiative` holds the
 * partner's figures within that initiative.
 */
export function selectReport(analysis: Analysis, filter: ReportFilter = {}): ReportSelection {
  const { partnerKey, initiativeKey } = filter;
  const partnerOfFinding = (f: Finding): string | null => (f.partner === null ? null : idKey(f.partner));
  return {
    ...selectFigures(analysis, filter),
    tacticTypes: partnerKey || initiativeKey ? [] : analysis.tacticTypes,
    findings: partnerKey ? analysis.findings.filter((f) => partnerOfFinding(f) === partnerKey) : analysis.findings,
  };
}

/**
 * The SPEC section 6 report of an analysis. With a filter, `totals` are the selection's figures,
 * only the selected partner or initiative is listed, every listed figure is restricted to the
 * selection (see `selectReport`) and issues are the partner's.
 */
export function reportJson(analysis: Analysis, filter: ReportFilter = {}, periods?: readonly PeriodFigures[], currencyView: CurrencyView = "plan"): ReportJson {
  const s = analysis.plan.settings;
  const selection = selectReport(analysis, filter);
  // In the partner view each partner is listed in its own currency, named beside its figures.
  const partners =
    currencyView === "partner"
      ? inOwnCurrencies(analysis, selection.partners, filter).map((p) => ({ id: p.id, name: p.name, currency: p.currency, ...figuresJson(p.figures) }))
      : selection.partners.map((p) => ({ id: p.id, name: p.name, ...figuresJson(p.figures) }));
  return {
    plan: {
      name: s.planName,
      currency: s.currency.code,
      periodStart: s.periodStart === undefined ? null : isoFromDay(s.periodStart),
      periodEnd: s.periodEnd === undefined ? null : isoFromDay(s.periodEnd),
      asOf: isoFromDay(s.asOf),
    },
    totals: figuresJson(selection.totals),
    partners,
    initiatives: selection.initiatives.map((i) => ({ id: i.id, name: i.name, ...figuresJson(i.figures) })),
    tacticTypes: selection.tacticTypes.map((t) => ({ type: t.type, ...figuresJson(t.figures) })),
    bestPractice: bestPracticeJson(analysis, filter.partnerKey),
    tactics: tacticsJson(analysis, filter),
    targets: targetsJson(analysis, filter.initiativeKey),
    issues: findingsJson(analysis.plan, selection.findings),
    ...(periods === undefined ? {} : { periods: periodsJson(periods, filter) }),
  };
}
