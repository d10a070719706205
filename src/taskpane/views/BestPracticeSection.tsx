/**
 * What works best: tactic types, and partner x type pairs, ranked by ROI and by cost per
 * opportunity, each with the number of tactics behind it and a mark where too few stand behind a
 * figure to trust it. The revenue tied to no tactic is its own line under the ranking, never
 * dropped. Narrowed to one partner on request, and the section stays.
 */
import { useMemo, useState } from "react";
import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../engine";
import { bestPractice, bestTrusted } from "../../engine/bestPractice";
import type { PracticeRow } from "../../engine/bestPractice";
import type { Currency } from "../../model/money";
import { RatioBars } from "../charts/RatioBars";
import { DataTable } from "../components/DataTable";
import type { Column } from "../components/DataTable";
import { NameCell } from "../components/NameCell";
import { Section } from "../components/Section";
import { count, money, percent, plural } from "../format";

const useStyles = makeStyles({
  unattributed: { color: tokens.colorNeutralForeground2 },
});

/** The label that marks a figure too few tactics stand behind. */
export const TOO_FEW_MARK = "too few to trust";

const ALL = "";

/** "7 tactics, spend $1.00" with the too-few mark when it applies. */
function tacticsNote(r: PracticeRow, currency: Currency): string {
  return `${plural(r.tactics, "tactic")}${r.tooFew ? ` (${TOO_FEW_MARK})` : ""}, spend ${money(r.spend, currency)}`;
}

/** The sentence above the ranking. */
function summaryOf(best: PracticeRow | undefined, minTactics: number): string {
  if (!best) return "No tactic type has claims counted yet.";
  const behind = `${plural(best.tactics, "tactic")} ${best.tactics === 1 ? "stands" : "stand"} behind it`;
  const trust = best.tooFew ? ` Only ${behind}: fewer than ${minTactics}, too few to trust.` : ` ${behind}.`;
  return `${best.type} returns the most per MDF dollar: ROI ${percent(best.roi)}.${trust}`;
}

function columns(currency: Currency, label: (r: PracticeRow) => string): Column<PracticeRow>[] {
  return [
    { key: "name", header: "Tactic type", render: (r) => <NameCell name={label(r)} note={tacticsNote(r, currency)} />, sortValue: label },
    { key: "roi", header: "ROI", numeric: true, render: (r) => <NameCell name={percent(r.roi)} note={r.roiRank === null ? undefined : `#${r.roiRank}`} />, sortValue: (r) => r.roi },
    {
      key: "cost",
      header: "Cost per opp.",
      numeric: true,
      render: (r) => <NameCell name={money(r.costPerOpportunity, currency)} note={r.costRank === null ? undefined : `#${r.costRank}`} />,
      sortValue: (r) => r.costPerOpportunity,
    },
    { key: "revenue", header: "Revenue", numeric: true, render: (r) => money(r.revenue, currency), sortValue: (r) => r.revenue },
  ];
}

/** The best-practice section of the Results view. */
export function BestPracticeSection({ analysis }: { readonly analysis: Analysis }) {
  const styles = useStyles();
  const [partnerKey, setPartnerKey] = useState(ALL);
  const practice = useMemo(() => bestPractice(analysis, partnerKey === ALL ? undefined : partnerKey), [analysis, partnerKey]);
  const currency = analysis.plan.settings.currency;
  const u = practice.unattributed;
  const ranked = practice.types.filter((r) => r.roi !== null);
  // Bars are drawn against the best ROI, so the best type fills its bar; a loss draws none.
  const topRoi = Math.max(0, ...ranked.map((r) => r.roi as number));
  const pairLabel = (r: PracticeRow): string => `${r.partnerName || r.partnerId} · ${r.type}`;
  return (
    <Section title="What works best" summary={summaryOf(bestTrusted(practice.types), practice.minTactics)}>
      <Field label="Best practice for">
        <Select value={partnerKey} onChange={(_e, data) => setPartnerKey(data.value)}>
          <option value={ALL}>All partners</option>
          {analysis.partners.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name || p.id}
            </option>
          ))}
        </Select>
      </Field>
      {topRoi > 0 && (
        <RatioBars
          label="ROI by tactic type"
          partName="ROI"
          rows={ranked.map((r) => ({
            key: r.type,
            label: r.tooFew ? `${r.type} (${TOO_FEW_MARK})` : r.type,
            part: Math.max(0, r.roi as number),
            whole: topRoi,
            valueText: percent(r.roi),
            description: `ROI ${percent(r.roi)} over ${plural(r.tactics, "tactic")}, revenue ${money(r.revenue, currency)}`,
          }))}
        />
      )}
      <DataTable key={`types-${partnerKey}`} label="Tactic types ranked by ROI" columns={columns(currency, (r) => r.type)} rows={practice.types} rowKey={(r) => r.type} />
      <Text size={200} className={styles.unattributed}>
        Not tied to any tactic type: revenue {money(u.revenue, currency)}, spend {money(u.spend, currency)}, {count(u.opportunities)} opportunities. It counts in the totals but in no type.
      </Text>
      <Text size={200} className={styles.unattributed}>
        Marked {TOO_FEW_MARK}: fewer than {practice.minTactics} tactics stand behind the figure.
      </Text>
      <DataTable
        key={`pairs-${partnerKey}`}
        label="Partner and tactic type ranked by ROI"
        columns={columns(currency, pairLabel).map((c) => (c.key === "name" ? { ...c, header: "Partner · type" } : c))}
        rows={practice.partnerTypes}
        rowKey={(r) => `${r.partnerId}\u0000${r.type}`}
        pageSize={10}
      />
    </Section>
  );
}
