/**
 * Partner workbooks (SPEC section 7): export one partner's pack, and import a filled pack after
 * a preview of what it adds, changes, and what is in conflict or refused.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { Section } from "../components/Section";
import { ExportPack } from "../partners/ExportPack";
import { ImportPack } from "../partners/ImportPack";
import { MergeLog } from "../partners/MergeLog";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** The Partner workbooks view. */
export function PartnerWorkbooksView() {
  const styles = useStyles();
  return (
    <div className={styles.view}>
      <Section title="Export a partner pack" summary="A workbook with one partner's rows to fill in; no other partner's data is in it.">
        <ExportPack />
      </Section>
      <Section title="Import a filled pack" summary="Shows what the pack adds and changes before anything is written. Columns the vendor owns are never taken from it.">
        <ImportPack />
      </Section>
      <Section title="Merge log" summary="The JMP Log sheet: a line per change each merge made, refused or left as a conflict, newest first.">
        <MergeLog />
      </Section>
    </div>
  );
}
