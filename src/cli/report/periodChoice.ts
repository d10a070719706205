/**
 * `jmp report --by quarter|month [--period LABEL]`: which periods the report shows. `--period`
 * alone takes its granularity from the label's form (`FY2027-Q1` a quarter, `2026-07` a month).
 */
import type { Analysis, PeriodFigures } from "../../engine";
import { choosePeriods } from "../../engine/periodsJson";
import type { Granularity } from "../../model/fiscalCalendar";
import { CliError, UsageError } from "../errors";

const MONTH_LABEL = /^\d{4}-\d{2}$/;

/** The granularity `--by` names, or the one `--period`'s label has; undefined when neither is given. */
export function granularityOf(by: string | undefined, label: string | undefined): Granularity | undefined {
  if (by !== undefined) {
    const wanted = by.trim().toLowerCase();
    if (wanted !== "quarter" && wanted !== "month") throw new UsageError(`report: --by takes quarter or month (got "${by}")`);
    return wanted;
  }
  if (label === undefined) return undefined;
  return MONTH_LABEL.test(label.trim()) ? "month" : "quarter";
}

/** The periods the options ask for, or undefined when the report is not by period. */
export function periodsAsked(analysis: Analysis, by: string | undefined, label: string | undefined): readonly PeriodFigures[] | undefined {
  const granularity = granularityOf(by, label);
  if (granularity === undefined) return undefined;
  const chosen = choosePeriods(analysis, { granularity, label });
  if ("problem" in chosen) throw new CliError(`report: ${chosen.problem}`);
  return chosen.periods;
}
