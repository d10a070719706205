/**
 * The tracker's totals row against what the import would bring in: each total the tracker
 * gives, the imported sum, and "matches" or the difference. This is what lets a user trust an import, so a difference is stated, not hidden.
 */
import { makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { differenceText, totalsCompared, totalText, whyNoTotalCompared } from "../../workbook/convert/tracker";
import type { ReconciledTotal, Reconciliation as Reconciled } from "../../workbook/convert/tracker";
import { NO_VALUE, plural } from "../format";

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: { overflowX: "auto", maxWidth: "100%" },
  quiet: { color: tokens.colorNeutralForeground2 },
  // A header cell lays its text out in a flex box of its own: aligned there, not by text-align.
  numericHeader: { "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" } },
  numeric: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  differs: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

// Totals the tracker gives in columns not imported: units or counts, as the tracker shows them.
const AMOUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** A total as the table shows it: money in the plan currency's convention, counts whole. */
export function amountText(value: number | null, kind: ReconciledTotal["kind"], currency: string): string {
  return value === null ? NO_VALUE : totalText(value, kind, currency);
}

/** The last cell of a row: "matches", the signed difference, or that the tracker gives none. */
export function checkText(difference: number | null, matches: boolean, kind: ReconciledTotal["kind"], currency: string): string {
  if (difference === null) return "no total";
  if (matches) return "matches";
  return `${difference > 0 ? "+" : "−"}${differenceText(difference, kind, currency)}`;
}

/** The sentence above the table. */
export function reconciliationSummary(reconciliation: Reconciled): string {
  const differing = reconciliation.totals.filter((t) => t.difference !== null && !t.matches).length;
  const where = `the tracker's totals row (row ${reconciliation.totalsRow})`;
  const { compared, of } = totalsCompared(reconciliation);
  const none = whyNoTotalCompared(reconciliation);
  if (none !== undefined) return `No total compared with ${where}: ${none}.`;
  // A blank total is not compared: "everything" would claim it matches too.
  if (reconciliation.matches && compared < of) return `${compared} of ${of} totals compared with ${where}: they match.`;
  return reconciliation.matches ? `Everything matches ${where}.` : `${plural(differing, "figure differs", "figures differ")} from ${where}: imported minus tracker is shown.`;
}

/** Props of `Reconciliation`. */
export interface ReconciliationProps {
  readonly reconciliation: Reconciled | undefined;
  /** ISO code of the plan's currency, whose convention the money totals are shown in. */
  readonly currency: string;
}

/** The reconciliation table, or a line saying there is no totals row to check against. */
export function Reconciliation({ reconciliation, currency }: ReconciliationProps) {
  const styles = useStyles();
  if (!reconciliation) {
    return (
      <Text size={200} className={styles.quiet}>
        The tracker has no totals row to check the import against.
      </Text>
    );
  }
  const rows = [
    ...reconciliation.totals.map((t) => ({ key: `${t.field}:${t.column}`, name: t.column, kind: t.kind, tracker: t.tracker, imported: t.imported, difference: t.difference, matches: t.matches, error: t.trackerError })),
  ];
  return (
    <div className={styles.part}>
      <Text size={200} className={mergeClasses(styles.quiet, !reconciliation.matches && styles.differs)}>
        {reconciliationSummary(reconciliation)}
      </Text>
      {rows.length > 0 && (
        <div className={styles.scroller}>
          <Table size="extra-small" aria-label="Totals: tracker and imported">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Total</TableHeaderCell>
                <TableHeaderCell className={styles.numericHeader}>Tracker</TableHeaderCell>
                <TableHeaderCell className={styles.numericHeader}>Imported</TableHeaderCell>
                <TableHeaderCell className={styles.numericHeader}>Check</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.key}>
                  <TableCell>{r.name}</TableCell>
                  <TableCell className={styles.numeric}>{r.error ?? amountText(r.tracker, r.kind, currency)}</TableCell>
                  <TableCell className={styles.numeric}>{amountText(r.imported, r.kind, currency)}</TableCell>
                  <TableCell className={mergeClasses(styles.numeric, !r.matches && r.difference !== null && styles.differs)}>{checkText(r.difference, r.matches, r.kind, currency)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {reconciliation.notImported.map((t) => (
        <Text key={t.column} size={200} className={styles.quiet}>
          {`${t.column}: ${AMOUNT.format(t.tracker)} in the totals row, not imported (map the column to bring it in).`}
        </Text>
      ))}
    </div>
  );
}
