/**
 * What the user should look at before trusting the import (a column read with low confidence,
 * a status read by similarity, rows skipped, a fact the tracker lacks), each with the sheet
 * rows concerned; then the rows the import skips and why, in the line `jmp import` prints
 * ("Skipped rows: 14 (totals), 15 (note)."), and the rules the importer applied (notes). A long
 * list shows its first items and the rest on request.
 */
import { useState } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { fieldLabel, skippedRowsLine } from "../../workbook/convert/tracker";
import type { ReviewItem, SkippedRow } from "../../workbook/convert/tracker";
import { count, plural } from "../format";

/** Items shown before "Show all". */
export const REVIEW_SHOWN = 8;
/** Sheet rows named per item before "and N more". */
const ROWS_NAMED = 6;

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  quiet: { color: tokens.colorNeutralForeground2 },
});

/** The sheet rows of an item, as a short tail: " (rows 5, 7 and 3 more)". */
export function rowsText(rows: readonly number[] | undefined): string {
  if (!rows || rows.length === 0) return "";
  const named = rows.slice(0, ROWS_NAMED).join(", ");
  const more = rows.length > ROWS_NAMED ? ` and ${count(rows.length - ROWS_NAMED)} more` : "";
  return ` (${rows.length === 1 ? "row" : "rows"} ${named}${more})`;
}

/** How a pane user maps a column the review suggests mapping otherwise: its drop-down under Columns. */
function remapHint(item: ReviewItem): string {
  return item.remap && item.column !== undefined ? `: choose ${fieldLabel(item.remap)} for "${item.column}" under Columns` : "";
}

/** A remark as a line of the list: some start mid-sentence ("names no partner, ..."), so the first letter is raised. */
export function reviewLine(item: ReviewItem): string {
  return `${item.message.charAt(0).toUpperCase()}${item.message.slice(1)}${remapHint(item)}${rowsText(item.rows)}`;
}

/** Props of `ReviewList`. */
export interface ReviewListProps {
  readonly items: readonly ReviewItem[];
  /** The tracker rows the import skips (blank ones are not listed). */
  readonly skipped: readonly SkippedRow[];
  readonly notes: readonly string[];
}

/** The review list and the notes. */
export function ReviewList({ items, skipped, notes }: ReviewListProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, REVIEW_SHOWN);
  const skippedLine = skippedRowsLine(skipped);
  return (
    <div className={styles.part}>
      {items.length === 0 ? (
        <Text size={200} className={styles.quiet}>
          Nothing to review: every column and value was read as it is.
        </Text>
      ) : (
        <ul className={styles.list} aria-label="To review">
          {shown.map((item, i) => (
            <li key={i}>
              <Text size={200}>{reviewLine(item)}</Text>
            </li>
          ))}
        </ul>
      )}
      {items.length > shown.length && (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          {`Show all ${plural(items.length, "item")}`}
        </Button>
      )}
      {skippedLine !== undefined && <Text size={200}>{skippedLine}</Text>}
      {notes.map((note) => (
        <Text key={note} size={200} className={styles.quiet}>
          {`Note: ${note}`}
        </Text>
      ))}
    </div>
  );
}
