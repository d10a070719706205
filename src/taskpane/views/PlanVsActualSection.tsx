/**
 * Plan vs actual: each initiative's Target against the actual of its own Metric (attainment),
 * and each tactic's Expected revenue and pipeline against what it produced, with its claims.
 */
import { useMemo } from "react";
import type { Analysis } from "../../engine";
import { initiativeTargets, tacticResults } from "../../engine/planVsActual";
import type { InitiativeTarget, TacticResult } from "../../engine/planVsActual";
import { formatMetricAmount } from "../../model/metricAmount";
import type { Cents, Currency } from "../../model/money";
import { RatioBars } from "../charts/RatioBars";
import { DataTable } from "../components/DataTable";
import type { Column } from "../components/DataTable";
import { NameCell } from "../components/NameCell";
import { Section } from "../components/Section";
import { count, money, NO_VALUE, percent } from "../format";

function targetColumns(currency: Currency): Column<InitiativeTarget>[] {
  const amount = (t: InitiativeTarget, v: number | null): string => formatMetricAmount(t.metric, v, currency) ?? NO_VALUE;
  return [
    { key: "name", header: "Initiative", render: (t) => <NameCell name={t.name || t.id} note={t.metric} />, sortValue: (t) => t.name || t.id },
    { key: "target", header: "Target", numeric: true, render: (t) => amount(t, t.target), sortValue: (t) => t.target },
    { key: "actual", header: "Actual", numeric: true, render: (t) => amount(t, t.actual), sortValue: (t) => t.actual },
    { key: "attainment", header: "Attainment", numeric: true, render: (t) => percent(t.attainment), sortValue: (t) => t.attainment },
  ];
}

/** An actual with what was expected of it under it ("$26,400.00" / "120% of $22,000.00"). */
function againstExpected(actual: Cents, expected: Cents | null, attainment: number | null, currency: Currency) {
  return <NameCell name={money(actual, currency)} note={expected === null ? "none expected" : `${percent(attainment)} of ${money(expected, currency)}`} />;
}

function tacticColumns(currency: Currency): Column<TacticResult>[] {
  return [
    { key: "id", header: "Tactic", render: (t) => <NameCell name={t.id} note={`${t.partnerId} · ${t.type || NO_VALUE}`} />, sortValue: (t) => t.id },
    { key: "revenue", header: "Revenue", numeric: true, render: (t) => againstExpected(t.revenue, t.expectedRevenue, t.revenueAttainment, currency), sortValue: (t) => t.revenueAttainment },
    { key: "pipeline", header: "Pipeline", numeric: true, render: (t) => againstExpected(t.pipeline, t.expectedPipeline, t.pipelineAttainment, currency), sortValue: (t) => t.pipelineAttainment },
    { key: "claims", header: "Claims", numeric: true, render: (t) => <NameCell name={count(t.claims)} note={money(t.spend, currency)} />, sortValue: (t) => t.claims },
  ];
}

/** The plan-vs-actual section of the Results view. */
export function PlanVsActualSection({ analysis }: { readonly analysis: Analysis }) {
  const targets = useMemo(() => initiativeTargets(analysis), [analysis]);
  const tactics = useMemo(() => tacticResults(analysis), [analysis]);
  const currency = analysis.plan.settings.currency;
  return (
    <Section title="Plan vs actual" summary="Attainment is the actual of an initiative's Metric of its Target; a tactic's revenue and pipeline against what it expected. Claims: filed, and the counted spend under them.">
      <RatioBars
        label="Progress to target by initiative"
        partName="Actual"
        rows={targets.map((t) => ({
          key: t.key,
          label: t.name || t.id,
          part: t.actual,
          whole: t.target ?? 0,
          valueText: percent(t.attainment),
          description: `${t.metric} ${formatMetricAmount(t.metric, t.actual, currency)} of ${formatMetricAmount(t.metric, t.target, currency) ?? NO_VALUE} target`,
        }))}
      />
      <DataTable label="Targets by initiative" columns={targetColumns(currency)} rows={targets} rowKey={(t) => t.key} />
      <DataTable label="Plan vs actual by tactic" columns={tacticColumns(currency)} rows={tactics} rowKey={(t) => t.id} pageSize={20} />
    </Section>
  );
}
