/**
 * The preview of an import: where the pack comes from, the counts of added, changed, conflicting
 * and refused entries, and a table per non-empty part listing each entry's table, ID (with a
 * whole row's place in the pack under it) and detail, amounts as money in their currency.
 */
import { makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { MergePlan, PackProvenance } from "../../engine/merge";
import { DataTable } from "../components/DataTable";
import type { Column } from "../components/DataTable";
import { FigureList } from "../components/FigureList";
import { NameCell } from "../components/NameCell";
import { count } from "../format";
import { PREVIEW_KINDS, previewRows } from "./previewRows";
import type { PreviewRow } from "./previewRows";
import type { PackCurrencies } from "../../engine/merge";
import type { NumberConvention } from "../../model/numberFormat";

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  origin: { overflowWrap: "anywhere" },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const COLUMNS: readonly Column<PreviewRow>[] = [
  { key: "table", header: "Table", render: (r) => r.table, sortValue: (r) => r.table },
  { key: "id", header: "ID", whole: true, render: (r) => <NameCell name={r.id || "(no ID)"} note={r.place} />, sortValue: (r) => r.id },
  { key: "detail", header: "Detail", render: (r) => r.detail, sortValue: (r) => r.detail },
];

/** Props of `MergePreview`. */
export interface MergePreviewProps {
  readonly fileName: string;
  readonly merge: MergePlan;
  readonly provenance: PackProvenance;
  /** How the plan reads text (its Number format), for the amounts kept as text naming a currency. */
  readonly planConvention?: NumberConvention;
  /** The currencies of the pack's amounts, shown as money in them. */
  readonly currencies: PackCurrencies;
}

/** The preview of one filled pack. */
export function MergePreview({ fileName, merge, provenance, planConvention, currencies }: MergePreviewProps) {
  const styles = useStyles();
  const partner = `${provenance.partnerId}${provenance.partnerName ? ` (${provenance.partnerName})` : ""}`;
  const parts = PREVIEW_KINDS.map((kind) => ({ ...kind, rows: previewRows(merge, kind.key, { planConvention, currencies }) }));
  return (
    <div className={styles.preview}>
      <Text className={styles.origin}>
        {fileName}: pack of partner {partner}, made {provenance.packedAt ? provenance.packedAt.slice(0, 10) : "at an unknown time"}.
      </Text>
      <FigureList label="Import preview" items={parts.map((p) => ({ label: p.label, value: count(p.rows.length) }))} />
      {parts
        .filter((p) => p.rows.length > 0)
        .map((p) => (
          <div key={p.key} className={styles.part}>
            <Subtitle2 as="h3">{`${p.label}: ${count(p.rows.length)}`}</Subtitle2>
            <DataTable label={p.label} columns={COLUMNS} rows={p.rows} rowKey={(r) => r.key} pageSize={50} />
          </div>
        ))}
    </div>
  );
}
