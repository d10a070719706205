/**
 * Results by fiscal quarter (SPEC section 9): a trend of revenue against the forecast of each
 * quarter, and a period picker showing one quarter's figures (or the whole plan's). The figures
 * are the engine's per-period figures, the same the report and the functions give.
 */
import { useState } from "react";
import { Field, Select, Text } from "@fluentui/react-components";
import type { Analysis, Figures } from "../../engine";
import { RatioBars } from "../charts/RatioBars";
import { FigureList } from "../components/FigureList";
import { Section } from "../components/Section";
import { money, percent } from "../format";

/** The picker's value for the whole plan. */
const WHOLE_PLAN = "*";

/** One quarter's (or the whole plan's) headline figures. */
function periodItems(f: Figures, currency: Analysis["plan"]["settings"]["currency"]) {
  return [
    { label: "Revenue", value: money(f.revenue, currency) },
    { label: "Forecast", value: money(f.forecast, currency) },
    { label: "Attainment", value: percent(f.attainment) },
    { label: "Spend", value: money(f.spend, currency) },
    { label: "Authorized", value: money(f.authorized, currency) },
    { label: "Payable", value: money(f.payable, currency) },
    { label: "Pending", value: money(f.pending, currency) },
    { label: "ROI", value: percent(f.roi) },
  ];
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
  // Each quarter's bar is its revenue against the larger of its forecast and the best quarter's revenue.
  const scale = Math.max(0, ...quarters.periods.map((q) => Math.max(q.totals.revenue, q.totals.forecast ?? 0)));
  return (
    <Section title="By quarter" summary="Revenue recorded in each fiscal quarter against its Joint Plan forecast; tactics count in the quarter they start in.">
      <RatioBars
        label="Revenue by quarter"
        partName="Revenue"
        rows={quarters.periods.map((q) => ({
          key: q.period.label,
          label: q.period.label,
          part: q.totals.revenue,
          whole: scale,
          valueText: money(q.totals.revenue, currency),
          description: `revenue ${money(q.totals.revenue, currency)}, forecast ${money(q.totals.forecast, currency)}, spend ${money(q.totals.spend, currency)}`,
        }))}
      />
      <Field label="Period">
        <Select value={picked} onChange={(_e, data) => setPicked(data.value)}>
          <option value={WHOLE_PLAN}>Whole plan</option>
          {quarters.periods.map((q) => (
            <option key={q.period.label} value={q.period.label}>
              {q.period.label}
            </option>
          ))}
        </Select>
      </Field>
      <FigureList label={`Results of ${chosen ? chosen.period.label : "the whole plan"}`} items={periodItems(chosen ? chosen.totals : analysis.totals, currency)} />
    </Section>
  );
}
