/**
 * A compact sortable table for the pane's 350 px: names wrap, numbers never break, and a table
 * wider than the pane scrolls sideways inside its own box instead of being cut off. Every column
 * sorts (click or Enter on its header); undefined values sort last in both directions. A long
 * table (a plan of thousands of partners) shows its rows a page at a time.
 */
import { useMemo, useState } from "react";
import type { ReactNode } from "react";
import { Button, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type { SortDirection } from "@fluentui/react-components";
import { count } from "../format";

/** One column. */
export interface Column<Row> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: Row) => ReactNode;
  /** The value the column sorts by; null sorts last. */
  readonly sortValue: (row: Row) => number | string | null;
  /** Right-aligned and kept on one line (amounts, percents, counts). */
  readonly numeric?: boolean;
  /** Kept on one line, left-aligned: IDs, which must not break at their hyphens. */
  readonly whole?: boolean;
}

/** The sort in force. */
export interface TableSort {
  readonly key: string;
  readonly direction: SortDirection;
}

/** Props of `DataTable`. */
export interface DataTableProps<Row> {
  /** The table's accessible name. */
  readonly label: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly initialSort?: TableSort;
  /** Rows shown before "Show more" (default 100). */
  readonly pageSize?: number;
}

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  // A table wider than the pane scrolls in its box; a shadow at the edge it scrolls towards says
  // there is more (covers in the pane's colour scroll with the content and hide the shadow at
  // either end), so a cut-off column never passes for the last one.
  scroller: {
    overflowX: "auto",
    maxWidth: "100%",
    width: "100%",
    backgroundImage: [
      `linear-gradient(to right, ${tokens.colorNeutralBackground1}, ${tokens.colorNeutralBackground1})`,
      `linear-gradient(to right, ${tokens.colorNeutralBackground1}, ${tokens.colorNeutralBackground1})`,
      `linear-gradient(to right, ${tokens.colorNeutralShadowAmbient}, transparent)`,
      `linear-gradient(to left, ${tokens.colorNeutralShadowAmbient}, transparent)`,
    ].join(", "),
    backgroundPosition: "left center, right center, left center, right center",
    backgroundRepeat: "no-repeat",
    backgroundSize: "16px 100%, 16px 100%, 8px 100%, 8px 100%",
    backgroundAttachment: "local, local, scroll, scroll",
  },
  table: { tableLayout: "auto", width: "100%" },
  header: { fontWeight: tokens.fontWeightSemibold, verticalAlign: "bottom" },
  // Words wrap whole ("Webinar", not "Webina|r"); a table wider than the pane scrolls in its box.
  cell: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, verticalAlign: "top", overflowWrap: "break-word" },
  numeric: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  whole: { whiteSpace: "nowrap" },
});

function compare(a: number | string | null, b: number | string | null): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en", { numeric: true, sensitivity: "base" });
}

/** Rows ordered by a column; null values last whatever the direction. */
export function sortRows<Row>(rows: readonly Row[], column: Column<Row> | undefined, direction: SortDirection): Row[] {
  if (!column) return [...rows];
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = column.sortValue(x);
    const b = column.sortValue(y);
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    return sign * compare(a, b);
  });
}

/** A sortable table. */
export function DataTable<Row>({ label, columns, rows, rowKey, initialSort, pageSize = 100 }: DataTableProps<Row>) {
  const styles = useStyles();
  const [sort, setSort] = useState<TableSort | undefined>(initialSort);
  const [shown, setShown] = useState(pageSize);
  const column = columns.find((c) => c.key === sort?.key);
  const sorted = useMemo(() => sortRows(rows, column, sort?.direction ?? "ascending"), [rows, column, sort?.direction]);

  const toggle = (key: string): void => {
    // A new column starts with the largest values first for numbers, A to Z for text.
    const numeric = columns.find((c) => c.key === key)?.numeric === true;
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: numeric ? "descending" : "ascending" },
    );
  };

  const hidden = sorted.length - shown;
  return (
    <div className={styles.block}>
      <div className={styles.scroller}>
        <Table sortable size="extra-small" aria-label={label} className={styles.table}>
          <TableHeader>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell
                  key={c.key}
                  className={mergeClasses(styles.header, c.numeric && styles.numeric)}
                  sortDirection={sort?.key === c.key ? sort.direction : undefined}
                  onClick={() => toggle(c.key)}
                >
                  {c.header}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {sorted.slice(0, shown).map((row) => (
              <TableRow key={rowKey(row)}>
                {columns.map((c) => (
                  <TableCell key={c.key} className={mergeClasses(styles.cell, c.numeric && styles.numeric, c.whole && styles.whole)}>
                    {c.render(row)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {hidden > 0 && (
        <Button size="small" onClick={() => setShown((n) => n + pageSize)}>
          Show {count(Math.min(pageSize, hidden))} more of {count(hidden)}
        </Button>
      )}
    </div>
  );
}
