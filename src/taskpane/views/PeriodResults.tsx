/**
 * Results by fiscal quarter (SPEC section 9): a trend of each quarter's revenue against the
 * largest quarter's, and a period picker showing one quarter's figures (its forecast and
 * attainment among them), or the whole plan's. The figures are the engine's per-period
 * figures, the same the report and the functions give.
 */
import { useState } from "react";
import { Field, Select, Text } from "@fluentui/react-components";
import type { Analysis, Figures, PeriodFigures } from "../../engine";
import { outsidePeriods } from "../../engine/figures";
import type { Currency } from "../../model/money";
import { RatioBars } from "../charts/RatioBars";
import type { RatioRow } from "../charts/RatioBars";
import { FigureList } from "../components/FigureList";
import { Section } from "../components/Section";
import { money, percent } from "../format";

/** The picker's value for the whole plan. */
const WHOLE_PLAN = "*";
/** The picker's value for what no quarter holds. */
const OUTSIDE = "outside";

/** One quarter's (or the whole plan's) headline figures. */
function periodItems(f: Figures, currency: Currency) {
  return [
    { label: "Revenue", value: money(f.revenue, currency) },
    { label: "Forecast", value: money(f.forecast, currency) },
    { label: "Attainment", value: percent(f.attainment) },
    { label: "Spend", value: money(f.spend, currency) },
    { label: "Authorized", value: money(f.authorized, currency) },
    { label: "Committed", value: money(f.committed, currency) },
    { label: "Paid", value: money(f.paid, currency) },
    { label: "Payable", value: money(f.payable, currency) },
    { label: "Pending", value: money(f.pending, currency) },
    { label: "ROI", value: percent(f.roi) },
  ];
}

/**
 * The trend's bars: each quarter's revenue against the largest quarter's revenue (README, "The
 * task pane"); a quarter's forecast is among its figures in the picker, not in the bar.
 */
export function quarterBars(periods: readonly PeriodFigures[], currency: Currency): RatioRow[] {
  const scale = Math.max(0, ...periods.map((q) => q.totals.revenue));
  return periods.map((q) => ({
    key: q.period.label,
    label: q.period.label,
    part: q.totals.revenue,
    whole: scale,
    valueText: money(q.totals.revenue, currency),
    description: `revenue ${money(q.totals.revenue, currency)} of the largest quarter's ${money(scale, currency)}; forecast ${money(q.totals.forecast, currency)}, spend ${money(q.totals.spend, currency)}`,
  }));
}

/** The by-quarter section of the Results view; nothing to show without a plan period. */
export function PeriodResults({ analysis }: { readonly analysis: Analysis }) {
  const [picked, setPicked] = useState(WHOLE_PLAN);
  const quarters = analysis.periods("quarter");
  if (!("periods" in quarters)) {
    return (
      <Section title="By quarter">
        <Text>No quarters: {quarters.problem}.</Text>
      </Section>
    );
  }
  const currency = analysis.plan.settings.currency;
  const chosen = quarters.periods.find((q) => q.period.label === picked);
  // What no quarter holds, so a user adding the quarters up finds the rest of the whole plan.
  const outside = outsidePeriods(analysis.totals, quarters.periods.map((q) => q.totals));
  const showOutside = chosen === undefined && picked === OUTSIDE && outside !== undefined;
  const [label, figures] = chosen ? [`Results of ${chosen.period.label}`, chosen.totals] : showOutside ? ["Results outside the quarters", outside] : ["Results of the whole plan", analysis.totals];
  return (
    <Section
      title="By quarter"
      summary="Revenue recorded in each fiscal quarter, each bar against the quarter with the most; pick a quarter for its forecast and attainment. Tactics count in the quarter they start in."
    >
      <RatioBars
        label="Revenue by quarter"
        partName="Revenue"
        rows={quarterBars(quarters.periods, currency)}
      />
      <Field label="Period">
        <Select value={picked} onChange={(_e, data) => setPicked(data.value)}>
          <option value={WHOLE_PLAN}>Whole plan</option>
          {quarters.periods.map((q) => (
            <option key={q.period.label} value={q.period.label}>
              {q.period.label}
            </option>
          ))}
          {outside && <option value={OUTSIDE}>Outside the quarters</option>}
        </Select>
      </Field>
      {showOutside && <Text>Outside the quarters: tactics, lump sums and outcomes not dated or dated outside the plan period, and forecasts for the whole plan rather than a quarter.</Text>}
      <FigureList label={label} items={periodItems(figures, currency)} />
    </Section>
  );
}
