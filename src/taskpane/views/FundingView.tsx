/**
 * Funding: how close the plan is to the 1:1 ideal of funds authorized per approved tactic.
 * Coverage (how much of the approved plan is funded) and alignment (how much of the money backs
 * approved tactics) per partner as bars and a sortable table; then the tactics short of funding
 * and the funds that back no approved tactic.
 */
import { useMemo, useState } from "react";
import { Field, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import type { PartnerFigures } from "../../engine";
import { RatioBars } from "../charts/RatioBars";
import { DataTable } from "../components/DataTable";
import type { Column } from "../components/DataTable";
import { FigureList } from "../components/FigureList";
import { NameCell } from "../components/NameCell";
import { Section } from "../components/Section";
import { money, percent, plural } from "../format";
import { usePlanState } from "../session/PlanContext";
import { partnerMoney, withOwnAmount } from "../ownCurrency";
import { fundingGaps, total, unbackedFunds } from "./fundingGaps";
import type { FundingGap, UnbackedFunds } from "./fundingGaps";

const useStyles = makeStyles({ view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL } });

type Ratio = "coverage" | "alignment";

/** The Funding view. */
export function FundingView() {
  const styles = useStyles();
  const { analysis } = usePlanState();
  const [ratio, setRatio] = useState<Ratio>("coverage");
  // A partner in another currency shows its own amounts beside the plan currency's.
  const partnerAmount = useMemo(() => (analysis ? partnerMoney(analysis) : undefined), [analysis]);
  if (!analysis || !partnerAmount) return <Text>The plan has not been read yet.</Text>;
  const currency = analysis.plan.settings.currency;
  const t = analysis.totals;
  const gaps = fundingGaps(analysis);
  const unbacked = unbackedFunds(analysis);

  const partnerColumns: Column<PartnerFigures>[] = [
    {
      key: "partner",
      header: "Partner",
      render: (p) => (
        <NameCell name={p.name || p.id} note={`Requested ${partnerAmount(p.key, (f) => f.requested)}, authorized ${partnerAmount(p.key, (f) => f.authorized)}`} />
      ),
      sortValue: (p) => p.name || p.id,
    },
    { key: "coverage", header: "Coverage", numeric: true, render: (p) => percent(p.figures.coverage), sortValue: (p) => p.figures.coverage },
    { key: "alignment", header: "Alignment", numeric: true, render: (p) => percent(p.figures.alignment), sortValue: (p) => p.figures.alignment },
  ];
  const gapColumns: Column<FundingGap>[] = [
    {
      key: "tactic",
      header: "Tactic",
      render: (g) => {
        const own = (cents: (o: NonNullable<FundingGap["own"]>) => number) => (g.own ? { currency: g.own.currency, cents: cents(g.own) } : undefined);
        const note = `Funded ${withOwnAmount(g.funded, currency, own((o) => o.funded))} of ${withOwnAmount(g.requested, currency, own((o) => o.requested))}`;
        return <NameCell name={`${g.tacticId} · ${g.partner}`} note={note} />;
      },
      sortValue: (g) => g.tacticId,
    },
    {
      key: "gap",
      header: "Short by",
      numeric: true,
      render: (g) => withOwnAmount(g.gap, currency, g.own ? { currency: g.own.currency, cents: g.own.requested - g.own.funded } : undefined),
      sortValue: (g) => g.gap,
    },
  ];
  const unbackedColumns: Column<UnbackedFunds>[] = [
    {
      key: "allocation",
      header: "Allocation",
      render: (u) => <NameCell name={`${u.allocationId} · ${u.partner}`} note={u.tacticId ? `${u.reason}: ${u.tacticId}` : u.reason} />,
      sortValue: (u) => u.allocationId,
    },
    { key: "amount", header: "Amount", numeric: true, render: (u) => money(u.amount, currency), sortValue: (u) => u.amount },
  ];

  const bars = analysis.partners.map((p) => {
    const whole = ratio === "coverage" ? p.figures.requested : p.figures.authorized;
    const wholeName = ratio === "coverage" ? "requested" : "authorized";
    return {
      key: p.key,
      label: p.name || p.id,
      part: p.figures.aligned,
      whole,
      valueText: percent(ratio === "coverage" ? p.figures.coverage : p.figures.alignment),
      description: `aligned ${money(p.figures.aligned, currency)} of ${money(whole, currency)} ${wholeName}`,
    };
  });

  return (
    <div className={styles.view}>
      <Section title="Funding" summary="The ideal is 100 % coverage and 100 % alignment: every approved tactic funded, every dollar on one.">
        <FigureList
          label="Funding totals"
          items={[
            { label: "Budget", value: money(t.budget, currency) },
            { label: "Requested", value: money(t.requested, currency) },
            { label: "Authorized", value: money(t.authorized, currency) },
            { label: "Aligned", value: money(t.aligned, currency) },
            { label: "Coverage", value: percent(t.coverage) },
            { label: "Alignment", value: percent(t.alignment) },
          ]}
        />
      </Section>
      <Section title="By partner">
        <Field label="Chart">
          <RadioGroup layout="horizontal" value={ratio} onChange={(_e, data) => setRatio(data.value as Ratio)}>
            <Radio value="coverage" label="Coverage" />
            <Radio value="alignment" label="Alignment" />
          </RadioGroup>
        </Field>
        <RatioBars label={`${ratio === "coverage" ? "Coverage" : "Alignment"} by partner`} partName="Aligned" rows={bars} />
        <DataTable label="Funding by partner" columns={partnerColumns} rows={analysis.partners} rowKey={(p) => p.key} />
      </Section>
      <Section
        title="Approved tactics short of funding"
        summary={gaps.length === 0 ? "Every approved tactic is funded in full." : `${plural(gaps.length, "tactic")}, short by ${money(total(gaps, (g) => g.gap), currency)} in all.`}
      >
        {gaps.length > 0 && <DataTable label="Approved tactics short of funding" columns={gapColumns} rows={gaps} rowKey={(g) => g.key} initialSort={{ key: "gap", direction: "descending" }} />}
      </Section>
      <Section
        title="Funds backing no approved tactic"
        summary={
          unbacked.length === 0
            ? "Every allocation backs an approved tactic."
            : `${plural(unbacked.length, "allocation")}, ${money(total(unbacked, (u) => u.amount), currency)} in all.`
        }
      >
        {unbacked.length > 0 && (
          <DataTable label="Funds backing no approved tactic" columns={unbackedColumns} rows={unbacked} rowKey={(u) => u.key} initialSort={{ key: "amount", direction: "descending" }} />
        )}
      </Section>
    </div>
  );
}
