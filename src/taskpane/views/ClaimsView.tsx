/**
 * Claims: each claim is a check mark on the plan's to-do list. Progress per partner (approved
 * tactics with a counted claim), spend and utilization, the claims the plan is still waiting
 * for past their due date, and the funding left unclaimed once the claim window closed.
 */
import { useMemo } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { PartnerFigures } from "../../engine";
import { RatioBars } from "../charts/RatioBars";
import { DataTable } from "../components/DataTable";
import type { Column } from "../components/DataTable";
import { FigureList } from "../components/FigureList";
import { NameCell } from "../components/NameCell";
import { Section } from "../components/Section";
import { count, day, money, percent, plural } from "../format";
import { usePlanState } from "../session/PlanContext";
import { partnerMoney, withOwnAmount } from "../ownCurrency";
import { fundsAtRisk } from "./fundsAtRisk";
import type { FundsAtRisk } from "./fundsAtRisk";
import { overdueClaims } from "./overdueClaims";
import type { OverdueClaim } from "./overdueClaims";

const useStyles = makeStyles({ view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL } });

/** The Claims view. */
export function ClaimsView() {
  const styles = useStyles();
  const { analysis } = usePlanState();
  // A partner in another currency shows its own amounts beside the plan currency's.
  const partnerAmount = useMemo(() => (analysis ? partnerMoney(analysis) : undefined), [analysis]);
  if (!analysis || !partnerAmount) return <Text>The plan has not been read yet.</Text>;
  const currency = analysis.plan.settings.currency;
  const { claimWindowDays, asOf } = analysis.plan.settings;
  const t = analysis.totals;
  const overdue = overdueClaims(analysis);
  const atRisk = fundsAtRisk(analysis);

  const partnerColumns: Column<PartnerFigures>[] = [
    {
      key: "partner",
      header: "Partner",
      render: (p) => <NameCell name={p.name || p.id} note={`Spend ${partnerAmount(p.key, (f) => f.spend)}, paid ${partnerAmount(p.key, (f) => f.paid)}`} />,
      sortValue: (p) => p.name || p.id,
    },
    {
      key: "progress",
      header: "Progress",
      numeric: true,
      render: (p) => <NameCell name={percent(p.figures.progress)} note={`${count(p.figures.claimedTactics)} of ${count(p.figures.approvedTactics)}`} />,
      sortValue: (p) => p.figures.progress,
    },
    { key: "overdue", header: "Overdue", numeric: true, render: (p) => count(p.figures.overdueClaims), sortValue: (p) => p.figures.overdueClaims },
  ];
  const overdueColumns: Column<OverdueClaim>[] = [
    {
      key: "tactic",
      header: "Tactic",
      render: (o) => <NameCell name={o.tacticId} note={`${o.partner ? `${o.partner}, ` : ""}ended ${day(o.end)}`} />,
      sortValue: (o) => o.tacticId,
    },
    { key: "due", header: "Due", numeric: true, render: (o) => day(o.due), sortValue: (o) => o.due },
    { key: "days", header: "Overdue", numeric: true, render: (o) => plural(o.daysOverdue, "day"), sortValue: (o) => o.daysOverdue },
  ];

  const atRiskColumns: Column<FundsAtRisk>[] = [
    {
      key: "tactic",
      header: "Tactic",
      render: (r) => <NameCell name={r.tacticId} note={`${r.partner}, window closed ${day(r.windowClosed)}`} />,
      sortValue: (r) => r.tacticId,
    },
    {
      key: "unclaimed",
      header: "Unclaimed",
      numeric: true,
      render: (r) => {
        const own = (cents: number) => (r.own ? { currency: r.own.currency, cents } : undefined);
        const left = r.own ? r.own.funded - r.own.liveClaimed : 0;
        return <NameCell name={withOwnAmount(r.unclaimed, currency, own(left))} note={`of ${withOwnAmount(r.funded, currency, own(r.own?.funded ?? 0))} funded`} />;
      },
      sortValue: (r) => r.unclaimed,
    },
  ];

  return (
    <div className={styles.view}>
      <Section title="Claims" summary="Progress counts approved tactics with at least one approved or paid claim.">
        <FigureList
          label="Claims totals"
          items={[
            { label: "Progress", value: `${percent(t.progress)} (${count(t.claimedTactics)} of ${count(t.approvedTactics)})` },
            { label: "Spend", value: money(t.spend, currency) },
            { label: "Paid", value: money(t.paid, currency) },
            { label: "Utilization", value: percent(t.utilization) },
            { label: "Overdue claims", value: count(t.overdueClaims) },
            { label: "Unclaimed after window", value: money(t.unclaimedAfterWindow, currency) },
          ]}
        />
      </Section>
      <Section title="Progress by partner" summary="Tactics claimed of approved tactics.">
        <RatioBars
          label="Claimed tactics by partner"
          partName="Claimed"
          rows={analysis.partners.map((p) => ({
            key: p.key,
            label: p.name || p.id,
            part: p.figures.claimedTactics,
            whole: p.figures.approvedTactics,
            valueText: `${count(p.figures.claimedTactics)} of ${count(p.figures.approvedTactics)}`,
            description: `${p.figures.claimedTactics} of ${p.figures.approvedTactics} approved tactics claimed`,
          }))}
        />
        <DataTable label="Claims by partner" columns={partnerColumns} rows={analysis.partners} rowKey={(p) => p.key} />
      </Section>
      <Section
        title="Overdue claims"
        summary={
          overdue.length === 0
            ? `No claim is overdue as of ${day(asOf)}.`
            : `${plural(overdue.length, "approved tactic")} ended more than ${claimWindowDays} days before ${day(asOf)} with no claim filed.`
        }
      >
        {overdue.length > 0 && (
          <DataTable label="Overdue claims" columns={overdueColumns} rows={overdue} rowKey={(o) => o.key} initialSort={{ key: "days", direction: "descending" }} />
        )}
      </Section>
      <Section
        title="Funds at risk"
        summary={
          atRisk.length === 0
            ? `No approved funding is left unclaimed past its claim window as of ${day(asOf)}.`
            : `${money(t.unclaimedAfterWindow, currency)} on ${plural(atRisk.length, "approved tactic")} is unclaimed although the ${claimWindowDays}-day claim window has closed.`
        }
      >
        {atRisk.length > 0 && (
          <DataTable label="Unclaimed after window" columns={atRiskColumns} rows={atRisk} rowKey={(r) => r.key} initialSort={{ key: "unclaimed", direction: "descending" }} />
        )}
      </Section>
    </div>
  );
}
