/**
 * The outcome of an import: how many activities came in, the rows added and updated across the
 * plan's tables, and what happens next time (the mapping is kept in the workbook).
 */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import type { WrittenImport } from "../../workbook/convert/tracker";
import { day, plural } from "../format";
import { activityCount, tableCounts } from "./ImportPreview";

const useStyles = makeStyles({ details: { display: "block", marginTop: tokens.spacingVerticalXXS } });

/** The title: activities imported from the sheet. */
export function resultTitle(written: WrittenImport): string {
  return `Imported ${plural(activityCount(written.imported), "activity", "activities")} from ${written.imported.sheet}`;
}

/** The sentences under the title. */
export function resultDetails(written: WrittenImport): string {
  const counts = tableCounts(written.imported);
  const added = counts.reduce((n, c) => n + c.added, 0);
  const updated = counts.reduce((n, c) => n + c.updated, 0);
  const parts = [added + updated === 0 ? "Nothing changed: the plan already held every row as the tracker has it." : updated > 0 ? `${plural(added, "row")} added and ${plural(updated, "row")} updated.` : `${plural(added, "row")} added.`];
  if (written.newPlan && written.imported.period) parts.push(`The plan's period is now ${day(written.imported.period.start)} to ${day(written.imported.period.end)}.`);
  parts.push("The sheet is unchanged; the mapping is kept in the workbook for the next import. Check lists anything to fix.");
  return parts.join(" ");
}

/** A success message for a finished import. */
export function ImportResult({ written }: { readonly written: WrittenImport }) {
  const styles = useStyles();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{resultTitle(written)}</MessageBarTitle>
        <Text className={styles.details}>{resultDetails(written)}</Text>
      </MessageBarBody>
    </MessageBar>
  );
}
