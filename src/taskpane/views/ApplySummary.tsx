/**
 * What setting up the template added, in the words of the sheets the user sees: tables, columns
 * appended to existing tables, and settings rows; or that nothing was missing.
 */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { TABLES } from "../../model/schema";
import type { ApplyResult } from "../../workbook/port";

const useStyles = makeStyles({ list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL } });

const SHEETS = new Map<string, string>(TABLES.map((t) => [t.name, t.sheet]));
const sheetOf = (table: string): string => SHEETS.get(table) ?? table;

/** The added parts as lines: one per kind of addition. */
export function applyLines(result: ApplyResult): string[] {
  const lines: string[] = [];
  if (result.tablesAdded.length > 0) lines.push(`Tables added: ${result.tablesAdded.map(sheetOf).join(", ")}`);
  if (result.columnsAdded.length > 0) lines.push(`Columns added: ${result.columnsAdded.map((c) => `${sheetOf(c.table)} › ${c.header}`).join(", ")}`);
  if (result.settingsAdded.length > 0) lines.push(`Settings added: ${result.settingsAdded.join(", ")}`);
  const notAdded = result.columnsNotAdded ?? [];
  if (notAdded.length > 0) lines.push(`Columns not added, as cells to the right of their tables are in use (move them and set up again): ${notAdded.map((c) => `${sheetOf(c.table)} › ${c.header}`).join(", ")}`);
  return lines;
}

/** A success message listing what was added. */
export function ApplySummary({ result }: { readonly result: ApplyResult }) {
  const styles = useStyles();
  const lines = applyLines(result);
  return (
    <MessageBar intent={(result.columnsNotAdded ?? []).length > 0 ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Template version {result.version} is in place</MessageBarTitle>
        {lines.length === 0 ? (
          "Nothing was missing; no cell was changed."
        ) : (
          <ul className={styles.list}>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
