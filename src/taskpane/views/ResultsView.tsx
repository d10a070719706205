/**
 * Results: what the money produced. Revenue, spend, ROI and forecast attainment for the plan,
 * per partner or per initiative, and by tactic type: the best-practice view of which kinds of
 * tactics return the most per MDF dollar.
 */
import { useState } from "react";
import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { Figures, TacticTypeFigures } from "../../engine";
import { RatioBars } from "../charts/RatioBars";
import { DataTable } from "../components/DataTable";
import type { Column } from "../components/DataTable";
import { FigureList } from "../components/FigureList";
import { NameCell } from "../components/NameCell";
import { Section } from "../components/Section";
import { count, money, percent } from "../format";
import { usePlanState } from "../session/PlanContext";

const useStyles = makeStyles({ view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL } });

/** A row of the per-partner or per-initiative table. */
interface GroupRow {
  readonly key: string;
  readonly name: string;
  readonly figures: Figures;
}

type Scope = "partner" | "initiative";

/** The tactic type with the highest ROI, when any type has spend. */
export function bestTacticType(types: readonly TacticTypeFigures[]): TacticTypeFigures | undefined {
  let best: TacticTypeFigures | undefined;
  for (const t of types) {
    const roi = t.figures.roi;
    if (roi !== null && (best === undefined || best.figures.roi === null || roi > best.figures.roi)) best = t;
  }
  return best;
}

/** The Results view. */
export function ResultsView() {
  const styles = useStyles();
  const { analysis } = usePlanState();
  const [scope, setScope] = useState<Scope>("partner");
  if (!analysis) return <Text>The plan has not been read yet.</Text>;
  const currency = analysis.plan.settings.currency;
  const t = analysis.totals;
  const groups: GroupRow[] =
    scope === "partner"
      ? analysis.partners.map((p) => ({ key: p.key, name: p.name || p.id, figures: p.figures }))
      : analysis.initiatives.map((i) => ({ key: i.key, name: i.name || i.id, figures: i.figures }));
  const best = bestTacticType(analysis.tacticTypes);

  const groupColumns: Column<GroupRow>[] = [
    {
      key: "name",
      header: scope === "partner" ? "Partner" : "Initiative",
      render: (g) => <NameCell name={g.name} note={`Spend ${money(g.figures.spend, currency)}, forecast ${money(g.figures.forecast, currency)}`} />,
      sortValue: (g) => g.name,
    },
    {
      key: "revenue",
      header: "Revenue",
      numeric: true,
      render: (g) => <NameCell name={money(g.figures.revenue, currency)} note={`${percent(g.figures.attainment)} of forecast`} />,
      sortValue: (g) => g.figures.revenue,
    },
    { key: "roi", header: "ROI", numeric: true, render: (g) => percent(g.figures.roi), sortValue: (g) => g.figures.roi },
  ];
  const typeColumns: Column<TacticTypeFigures>[] = [
    {
      key: "type",
      header: "Tactic type",
      render: (x) => <NameCell name={x.type} note={`Spend ${money(x.figures.spend, currency)}`} />,
      sortValue: (x) => x.type,
    },
    { key: "revenue", header: "Revenue", numeric: true, render: (x) => money(x.figures.revenue, currency), sortValue: (x) => x.figures.revenue },
    { key: "roi", header: "ROI", numeric: true, render: (x) => percent(x.figures.roi), sortValue: (x) => x.figures.roi },
  ];
  const byRevenue = [...analysis.tacticTypes].sort((a, b) => b.figures.revenue - a.figures.revenue);
  // Bars are drawn against the largest revenue, so the best type fills its bar.
  const topRevenue = byRevenue[0]?.figures.revenue ?? 0;

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
      <Section title={scope === "partner" ? "By partner" : "By initiative"}>
        <Field label="Show results by">
          <Select value={scope} onChange={(_e, data) => setScope(data.value as Scope)}>
            <option value="partner">Partner</option>
            <option value="initiative">Initiative</option>
          </Select>
        </Field>
        <DataTable key={scope} label={`Results by ${scope}`} columns={groupColumns} rows={groups} rowKey={(g) => g.key} />
      </Section>
      <Section
        title="By tactic type: what works best"
        summary={best ? `${best.type} returns the most per MDF dollar: ROI ${percent(best.figures.roi)}.` : "No tactic type has claims counted yet."}
      >
        <RatioBars
          label="Revenue by tactic type"
          partName="Revenue"
          rows={byRevenue.map((x) => ({
            key: x.type,
            label: x.type,
            part: x.figures.revenue,
            whole: topRevenue,
            valueText: money(x.figures.revenue, currency),
            description: `revenue ${money(x.figures.revenue, currency)}, ROI ${percent(x.figures.roi)}`,
          }))}
        />
        <DataTable label="Results by tactic type" columns={typeColumns} rows={analysis.tacticTypes} rowKey={(x) => x.type} initialSort={{ key: "roi", direction: "descending" }} />
      </Section>
    </div>
  );
}
