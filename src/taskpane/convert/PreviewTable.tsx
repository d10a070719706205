/**
 * The first converted rows as they will be copied, under their template headers. Dates show as
 * ISO days whether the host delivered a date or an Excel serial number; amounts as money when the
 * caller says in which currency they are; a table wider than the pane scrolls sideways in its own
 * focusable box.
 */
import { packValueWords } from "../../engine/merge";
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { dayFromSerial, isoFromDay } from "../../model/dates";
import type { ColumnSpec, TableName } from "../../model/schema";
import { cellText } from "../format";

const useStyles = makeStyles({
  scroller: { overflowX: "auto", maxWidth: "100%", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { tableLayout: "auto", minWidth: "max-content" },
  header: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  cell: { whiteSpace: "nowrap", maxWidth: "16em", overflow: "hidden", textOverflow: "ellipsis" },
});

/** A cell as the preview shows it. */
export function previewText(column: ColumnSpec, value: unknown): string {
  if (column.type === "date" && typeof value === "number" && Number.isFinite(value)) return isoFromDay(dayFromSerial(value));
  return cellText(value);
}

/** The table the rows go to and the currency their amounts are in: amounts then show as money ($12,000.00), counts grouped. */
export interface PreviewAmounts {
  readonly table: TableName;
  readonly currency: string;
  /** The currency of the `index`th row's amounts where it is not `currency` (a partner's own), else undefined. */
  readonly rowCurrency?: (index: number) => string | undefined;
}

/** A cell of the `index`th row as the preview shows it, its amount as money where `amounts` says in what. */
function shownCell(column: ColumnSpec, row: Record<string, unknown>, index: number, amounts: PreviewAmounts | undefined): string {
  const value = row[column.header];
  if (amounts === undefined || typeof value !== "number") return previewText(column, value);
  const code = amounts.rowCurrency?.(index) ?? amounts.currency;
  const currencies = { partner: code, plan: amounts.currency };
  return packValueWords(amounts.table, column.header, currencies, () => previewText(column, value), row)(value);
}

/** Props of `PreviewTable`. */
export interface PreviewTableProps {
  readonly label: string;
  /** The template columns that are filled, in template order. */
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly Record<string, unknown>[];
  /** Where the rows' amounts are in a known currency: shown as money in it. */
  readonly amounts?: PreviewAmounts;
}

/** The preview table. */
export function PreviewTable({ label, columns, rows, amounts }: PreviewTableProps) {
  const styles = useStyles();
  return (
    // Focusable so keyboard users can scroll it sideways.
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={label}>
      <Table size="extra-small" className={styles.table} aria-label={label}>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c.header} className={styles.header}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow key={i}>
              {columns.map((c) => {
                const text = shownCell(c, row, i, amounts);
                return (
                  <TableCell key={c.header} className={styles.cell} title={text}>
                    {text}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
