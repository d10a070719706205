/**
 * The outcome of a copy: how many rows went into which table, that the source sheet is as it
 * was, and what was filled in on the way (new IDs, names turned into IDs).
 */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { requireTableSpec } from "../../model/schema";
import { plural } from "../format";
import type { CopyResult } from "./useConvertSheet";

/** The sentences under the title. */
export function resultDetails(result: CopyResult): string {
  const { conversion } = result;
  const first = conversion.sheetRows[0];
  const last = conversion.sheetRows[conversion.sheetRows.length - 1];
  const parts = [`From ${result.sheet}, rows ${first}–${last}; that sheet is unchanged.`];
  if (conversion.generatedIds > 0) parts.push(`${plural(conversion.generatedIds, "new ID")} given.`);
  if (conversion.namesResolved > 0) parts.push(`${plural(conversion.namesResolved, "name")} replaced by the ID the plan knows.`);
  parts.push("Check lists anything in the new rows that needs fixing.");
  return parts.join(" ");
}

const useStyles = makeStyles({ details: { display: "block", marginTop: tokens.spacingVerticalXXS } });

/** A success message for a finished copy. */
export function ConvertResult({ result }: { readonly result: CopyResult }) {
  const styles = useStyles();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{`Copied ${plural(result.rows, "row")} into ${requireTableSpec(result.table).label}`}</MessageBarTitle>
        <Text className={styles.details}>{resultDetails(result)}</Text>
      </MessageBarBody>
    </MessageBar>
  );
}
