/**
 * `jmp report --period LABEL`: a report about one period. Its partners, initiatives and finance
 * figures are the period's (within the report's filter) and take the whole plan's place; what has
 * no per-period figure (tactic types, what works best, targets, findings) is left out or named
 * as the whole plan's. Shared by the terminal report and the HTML page.
 */
import type { Analysis, PartnerFigures, PeriodFigures } from "../../engine";
import { inOwnCurrencies } from "../../engine/partnerCurrency";
import type { CurrencyFigures } from "../../engine/partnerCurrency";
import { selectFigures } from "../../engine/reportJson";
import type { ReportFilter, ReportSelection } from "../../engine/reportJson";
import { isoFromDay } from "../../model/dates";
import type { Granularity, Period } from "../../model/fiscalCalendar";

/** The one period a report is about, and its figures. */
export interface PeriodFocus {
  readonly period: Period;
  readonly granularity: Granularity;
  /** The period's totals, partners and initiatives within the filter; no tactic types (they have no per-period figures); the plan's findings. */
  readonly selection: ReportSelection;
}

/**
 * The focus of a report asked for one period by its label (`--period`), from the periods
 * `periodsAsked` chose and the whole plan's selection; undefined without `--period`.
 */
export function periodFocus(periods: readonly PeriodFigures[] | undefined, label: string | undefined, granularity: Granularity | undefined, plan: ReportSelection, filter: ReportFilter): PeriodFocus | undefined {
  if (label === undefined || granularity === undefined || periods?.length !== 1) return undefined;
  const [chosen] = periods;
  return { period: chosen.period, granularity, selection: { ...selectFigures(chosen, filter), tacticTypes: [], findings: plan.findings } };
}

/** "FY2027-Q1 (2026-07-01 to 2026-09-30)". */
export function periodName(period: Period): string {
  return `${period.label} (${isoFromDay(period.start)} to ${isoFromDay(period.end)})`;
}

/** The line under the plan header saying which period the figures are of, and how rows are counted in it. */
export function focusLine(focus: PeriodFocus): string {
  return `Period: ${periodName(focus.period)}. Figures of the tactics starting in this ${focus.granularity} and of the outcomes dated in it.`;
}

/** The partners of a selection, or of the focused period, in their own currencies (`--currency partner`). */
export function partnersInOwnCurrencies(analysis: Analysis, partners: readonly PartnerFigures[], filter: ReportFilter, focus: PeriodFocus | undefined): CurrencyFigures[] {
  return inOwnCurrencies(analysis, partners, filter, focus && { granularity: focus.granularity, label: focus.period.label });
}
