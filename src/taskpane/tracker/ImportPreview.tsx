/**
 * What the import will write, before anything is: per plan table the rows it adds and the rows
 * of an earlier import it updates, then the first rows of one table (Tactics first) under their
 * template headers, amounts as money in the currency the plan reads them in (the plan's, or a
 * partner's own). The rows come from `planTrackerImport`; nothing here reads the workbook.
 */
import { useState } from "react";
import { Field, makeStyles, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { requireTableSpec, TABLES } from "../../model/schema";
import type { TableName } from "../../model/schema";
import type { ImportRow, TrackerImport } from "../../workbook/convert/tracker";
import { PreviewTable } from "../convert/PreviewTable";
import { count, plural } from "../format";

/** Rows the preview shows of the chosen table. */
export const PREVIEW_ROWS = 3;

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  quiet: { color: tokens.colorNeutralForeground2 },
  // A header cell lays its text out in a flex box of its own: aligned there, not by text-align.
  numericHeader: { "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" } },
  numeric: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/** A table the import writes to, with its counts. */
export interface TableCount {
  readonly table: TableName;
  readonly label: string;
  readonly added: number;
  readonly updated: number;
}

/** The tables the import writes to, in the template's order. */
export function tableCounts(plan: TrackerImport): TableCount[] {
  return TABLES.flatMap((spec) => {
    const c = plan.counts[spec.name];
    return c && c.added + c.updated > 0 ? [{ table: spec.name, label: spec.label, added: c.added, updated: c.updated }] : [];
  });
}

/** The tracker's activities the import finds: new, updated or already in the plan as they are. */
export function activityCount(plan: TrackerImport): number {
  const tactics = plan.counts.JmpTactics;
  return tactics ? tactics.added + tactics.updated + tactics.unchanged : 0;
}

/** One sentence for the counts: what is added and, on a re-import, what is updated. */
export function countsSentence(plan: TrackerImport): string {
  const all = Object.values(plan.counts).reduce((n, c) => ({ added: n.added + c.added, updated: n.updated + c.updated, unchanged: n.unchanged + c.unchanged }), { added: 0, updated: 0, unchanged: 0 });
  if (all.added + all.updated + all.unchanged === 0) return "No row of the sheet becomes an activity: check the header row and the columns.";
  const activities = `${plural(activityCount(plan), "activity", "activities")} from ${plan.sheet}`;
  if (all.added + all.updated === 0) return `${activities}: the plan already holds them as they are, so importing changes nothing.`;
  if (all.updated === 0) return `${activities}: ${plural(all.added, "new row")} in the plan.`;
  // A re-import: the rows an earlier import made are found by their tracker key.
  return `${activities}: ${plural(all.updated, "row")} of the last import will be updated and ${plural(all.added, "row")} added. Rows you added in the plan stay as they are.`;
}

/** An import row keyed by its table's header text, as the preview table takes rows. */
function byHeader(row: ImportRow): Record<string, unknown> {
  const headers = new Map(requireTableSpec(row.table).columns.map((c) => [c.key, c.header]));
  const out: Record<string, unknown> = {};
  for (const [key, value] of row.cells) {
    const header = headers.get(key);
    if (header !== undefined) out[header] = value;
  }
  return out;
}

/** Props of `ImportPreview`. */
export interface ImportPreviewProps {
  readonly plan: TrackerImport;
}

/** The counts table and the first rows of a chosen table. */
export function ImportPreview({ plan }: ImportPreviewProps) {
  const styles = useStyles();
  const counts = tableCounts(plan);
  const [chosen, setChosen] = useState<TableName>("JmpTactics");
  const table = counts.some((c) => c.table === chosen) ? chosen : counts[0]?.table;
  const rows = table ? plan.rows.filter((r) => r.table === table).slice(0, PREVIEW_ROWS) : [];
  const spec = table ? requireTableSpec(table) : undefined;
  // Only the columns the first rows fill: a 350 px pane has no room for empty ones.
  const columns = spec ? spec.columns.filter((c) => rows.some((r) => r.cells.get(c.key) !== undefined && r.cells.get(c.key) !== null && r.cells.get(c.key) !== "")) : [];
  return (
    <div className={styles.part}>
      <Text size={200} className={styles.quiet}>
        {countsSentence(plan)}
      </Text>
      {counts.length > 0 && (
        <Table size="extra-small" aria-label="Rows per plan table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Table</TableHeaderCell>
              <TableHeaderCell className={styles.numericHeader}>New</TableHeaderCell>
              <TableHeaderCell className={styles.numericHeader}>Updated</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {counts.map((c) => (
              <TableRow key={c.table}>
                <TableCell>{c.label}</TableCell>
                <TableCell className={styles.numeric}>{count(c.added)}</TableCell>
                <TableCell className={styles.numeric}>{count(c.updated)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {plan.newTacticTypes.length > 0 && (
        <Text size={200} className={styles.quiet}>{`New tactic types for the plan's list: ${plan.newTacticTypes.join(", ")}.`}</Text>
      )}
      {table && spec && (
        <>
          <Field label="Show the first rows of">
            <Select value={table} onChange={(_e, data) => setChosen(data.value as TableName)}>
              {counts.map((c) => (
                <option key={c.table} value={c.table}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
          <PreviewTable label={`First rows for ${spec.label}`} columns={columns} rows={rows.map(byHeader)} amounts={{ table: spec.name, currency: plan.planCurrency, rowCurrency: (i) => plan.partnerCurrencies.get(rows[i].sourceRow ?? 0) }} />
        </>
      )}
    </div>
  );
}
