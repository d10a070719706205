/**
 * Which sheet holds the tracker: the one the pane picked (the saved mapping's, or the most
 * tracker-like), changeable, and read again on request after the user edits it in Excel.
 */
import { Button, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import type { SheetSummary } from "../../workbook/port";
import { plural } from "../format";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, minWidth: 0 },
  field: { flexGrow: 1, minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
});

/** Props of `SheetPicker`. */
export interface SheetPickerProps {
  readonly sheets: readonly SheetSummary[];
  readonly chosen: string | undefined;
  readonly disabled: boolean;
  readonly onChoose: (name: string) => void;
}

/** The tracker sheet drop-down and its "Read again" button. */
export function SheetPicker({ sheets, chosen, disabled, onChoose }: SheetPickerProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field className={styles.field} label="Tracker sheet" hint={chosen ? undefined : "Choose the sheet with one row per activity."}>
        <Dropdown
          className={styles.dropdown}
          placeholder="Choose a sheet"
          value={chosen ?? ""}
          selectedOptions={chosen ? [chosen] : []}
          disabled={disabled}
          onOptionSelect={(_e, data) => data.optionValue && onChoose(data.optionValue)}
        >
          {sheets.map((s) => (
            <Option key={s.name} value={s.name} text={s.name}>
              {`${s.name} (${plural(s.rows, "row")})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {chosen && (
        // The sheet was read once; after editing it in Excel the user reads it again here.
        <Button appearance="subtle" disabled={disabled} onClick={() => onChoose(chosen)}>
          Read again
        </Button>
      )}
    </div>
  );
}
