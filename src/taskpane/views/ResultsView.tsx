/**
 * Results: what the money produced. Revenue, spend, ROI and forecast attainment for the plan,
 * per partner or per initiative; then what works best (its own section) and plan vs actual.
 */
import { useMemo, useState } from "react";
import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { Figures } from "../../engine";
import { DataTable } from "../components/DataTable";
import type { Column } from "../components/DataTable";
import { FigureList } from "../components/FigureList";
import { NameCell } from "../components/NameCell";
import { Section } from "../components/Section";
import { count, money, percent } from "../format";
import { partnerMoney } from "../ownCurrency";
import { usePlanState } from "../session/PlanContext";
import { BestPracticeSection } from "./BestPracticeSection";
import { PlanVsActualSection } from "./PlanVsActualSection";
import { PeriodResults } from "./PeriodResults";

const useStyles = makeStyles({ view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL } });

/** A row of the per-partner or per-initiative table. */
interface GroupRow {
  readonly key: string;
  readonly name: string;
  readonly figures: Figures;
  /** A money figure of the row as shown: a partner in another currency gets its own beside the plan's. */
  readonly amount: (figure: (f: Figures) => number | null) => string;
}

type Scope = "partner" | "initiative";

/** Revenue against the forecast, or "no forecast" where there is none to measure against (none, or zero). */
export function forecastNote(attainment: number | null): string {
  return attainment === null ? "no forecast" : `${percent(attainment)} of forecast`;
}

/** The Results view. */
export function ResultsView() {
  const styles = useStyles();
  const { analysis } = usePlanState();
  const [scope, setScope] = useState<Scope>("partner");
  const partnerAmount = useMemo(() => (analysis ? partnerMoney(analysis) : undefined), [analysis]);
  if (!analysis || !partnerAmount) return <Text>The plan has not been read yet.</Text>;
  const currency = analysis.plan.settings.currency;
  const t = analysis.totals;
  const groups: GroupRow[] =
    scope === "partner"
      ? analysis.partners.map((p) => ({ key: p.key, name: p.name || p.id, figures: p.figures, amount: (figure) => partnerAmount(p.key, figure) }))
      : analysis.initiatives.map((i) => ({ key: i.key, name: i.name || i.id, figures: i.figures, amount: (figure) => money(figure(i.figures), currency) }));

  const groupColumns: Column<GroupRow>[] = [
    {
      key: "name",
      header: scope === "partner" ? "Partner" : "Initiative",
      render: (g) => <NameCell name={g.name} note={`Spend ${g.amount((f) => f.spend)}, forecast ${g.amount((f) => f.forecast)}`} />,
      sortValue: (g) => g.name,
    },
    {
      key: "revenue",
      header: "Revenue",
      numeric: true,
      render: (g) => <NameCell name={g.amount((f) => f.revenue)} note={forecastNote(g.figures.attainment)} />,
      sortValue: (g) => g.figures.revenue,
    },
    { key: "roi", header: "ROI", numeric: true, render: (g) => percent(g.figures.roi), sortValue: (g) => g.figures.roi },
  ];
  return (
    <div className={styles.view}>
      <Section title="Results" summary="ROI is revenue less spend, per dollar of MDF spent; attainment is revenue of the Joint Plan forecast.">
        <FigureList
          label="Results totals"
          items={[
            { label: "Revenue", value: money(t.revenue, currency) },
            { label: "Spend", value: money(t.spend, currency) },
            { label: "ROI", value: percent(t.roi) },
            { label: "Forecast", value: money(t.forecast, currency) },
            { label: "Attainment", value: percent(t.attainment) },
            { label: "Pipeline", value: money(t.pipeline, currency) },
            { label: "Opportunities", value: count(t.opportunities) },
            { label: "Cost per opportunity", value: money(t.costPerOpportunity, currency) },
          ]}
        />
      </Section>
      <PeriodResults analysis={analysis} />
      <Section title={scope === "partner" ? "By partner" : "By initiative"}>
        <Field label="Show results by">
          <Select value={scope} onChange={(_e, data) => setScope(data.value as Scope)}>
            <option value="partner">Partner</option>
            <option value="initiative">Initiative</option>
          </Select>
        </Field>
        <DataTable key={scope} label={`Results by ${scope}`} columns={groupColumns} rows={groups} rowKey={(g) => g.key} />
      </Section>
      <BestPracticeSection analysis={analysis} />
      <PlanVsActualSection analysis={analysis} />
    </div>
  );
}
