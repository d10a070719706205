/**
 * The `--json` report of SPEC section 6: money in currency units (at most two decimals),
 * ratios as fractions, null where undefined, dates as ISO text. Built from an Analysis so
 * every host that exports JSON says the same thing.
 */
import { isoFromDay } from "../model/dates";
import type { Finding } from "../model/findings";
import { idKey } from "../model/ids";
import type { Analysis } from "./analyze";
import { findingPartners, findingsJson, findingsOfInitiative } from "./findingsJson";
import type { FindingJson } from "./findingsJson";
import { figuresJson } from "./figuresJson";
import type { FiguresJson } from "./figuresJson";
import { selectFigures } from "./figureSelection";
import { outsidePeriods } from "./figures";
import type { Figures } from "./figures";
import type { ReportFilter, ReportSelection } from "./figureSelection";
import { inOwnCurrencies, ownCurrencyJson } from "./partnerCurrency";
import type { PartnerJson } from "./partnerCurrency";
import type { PeriodFigures } from "./periodFigures";
import { periodsJson } from "./periodsJson";
import type { PeriodJson } from "./periodsJson";
import type { InitiativeTarget } from "./planVsActual";
import type { CurrencyView } from "./read";
import { bestPracticeJson, tacticsJson, targetsJson } from "./resultsJson";
import type { BestPracticeJson, TacticJson } from "./resultsJson";

// The figures' JSON and the filters live apart (periods and the partner view use them too).
export { figuresJson } from "./figuresJson";
export type { FiguresJson } from "./figuresJson";
export { selectFigures } from "./figureSelection";
export type { FigureSource, ReportFilter, ReportSelection } from "./figureSelection";

/** The report's keys, in the order it gives them (`jmp report --help` lists them). */
export const REPORT_KEYS = ["plan", "totals", "partners", "initiatives", "tacticTypes", "bestPractice", "tactics", "targets", "issues"] as const satisfies readonly (keyof ReportJson)[];

/** The keys the report adds when asked for periods: `outsidePeriods` only when every period is listed. */
export const PERIOD_KEYS = ["periods", "outsidePeriods"] as const satisfies readonly (keyof ReportJson)[];

/** The whole report. */
export interface ReportJson {
  plan: { name: string; currency: string; periodStart: string | null; periodEnd: string | null; asOf: string };
  totals: FiguresJson;
  /**
   * `currency` and `noRate` only in the partner view (`jmp report --currency partner`): the
   * currency of the partner's figures, and whether it lacks a rate (then its money is null).
   */
  partners: PartnerJson[];
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
  /**
   * With every period listed: what they leave out of `totals` (rows dated outside every period or
   * not dated, forecasts naming no period), so periods and this add up; null when nothing is.
   */
  outsidePeriods?: FiguresJson | null;
}

/** What the periods leave out of the selection's totals, as JSON (null: nothing). */
function outsideJson(totals: Figures, periods: readonly PeriodFigures[], filter: ReportFilter): FiguresJson | null {
  const outside = outsidePeriods(totals, periods.map((p) => selectFigures(p, filter).totals));
  return outside === undefined ? null : figuresJson(outside);
}

/**
 * The part of an analysis a filter selects; the whole analysis without a filter. Every figure of
 * a filtered selection is restricted to it: a partner's row under `--initiative` holds the
 * partner's figures within that initiative.
 */
export function selectReport(analysis: Analysis, filter: ReportFilter = {}): ReportSelection {
  const { partnerKey, initiativeKey } = filter;
  // A row left out for repeating an ID (V08) counts under the partner it names, as it shows.
  const partnerOf = findingPartners(analysis.plan);
  const partnerOfFinding = (f: Finding): string | null => {
    const partner = partnerOf(f);
    return partner === null ? null : idKey(partner);
  };
  return {
    ...selectFigures(analysis, filter),
    tacticTypes: partnerKey || initiativeKey ? [] : analysis.tacticTypes,
    findings: findingsOfInitiative(analysis.plan, partnerKey ? analysis.findings.filter((f) => partnerOfFinding(f) === partnerKey) : analysis.findings, initiativeKey),
  };
}

/**
 * The SPEC section 6 report of an analysis. With a filter, `totals` are the selection's figures,
 * only the selected partner or initiative is listed, every listed figure is restricted to the
 * selection (see `selectReport`) and issues are the partner's and the initiative's. `allPeriods`:
 * `periods` are every period of the plan (not one `--period`), so what they leave out is given.
 */
export function reportJson(analysis: Analysis, filter: ReportFilter = {}, periods?: readonly PeriodFigures[], currencyView: CurrencyView = "plan", allPeriods = false): ReportJson {
  const s = analysis.plan.settings;
  const selection = selectReport(analysis, filter);
  // In the partner view each partner is listed in its own currency, named beside its figures.
  const partners =
    currencyView === "partner"
      ? inOwnCurrencies(analysis, selection.partners, filter).map(ownCurrencyJson)
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
    bestPractice: bestPracticeJson(analysis, filter.partnerKey, filter.initiativeKey),
    tactics: tacticsJson(analysis, filter),
    targets: targetsJson(analysis, filter.initiativeKey),
    issues: findingsJson(analysis.plan, selection.findings),
    ...(periods === undefined ? {} : { periods: periodsJson(periods, filter, currencyView === "partner" ? analysis : undefined) }),
    ...(periods === undefined || !allPeriods ? {} : { outsidePeriods: outsideJson(selection.totals, periods, filter) }),
  };
}
