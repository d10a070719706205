/**
 * The tracker's columns and the fact each is imported as: one row per column with its header,
 * how sure the importer is (a low confidence is marked for the user to check), and a drop-down
 * of every field, "Not imported" first. Two columns that fit a 350 px pane; long headers wrap.
 */
import { useId } from "react";
import { Caption1, Dropdown, Label, makeStyles, mergeClasses, Option, tokens } from "@fluentui/react-components";
import { fieldLabel, FIELD_KEYS, REVIEW_CONFIDENCE } from "../../workbook/convert/tracker";
import type { ColumnMapping as Mapping, TrackerField } from "../../workbook/convert/tracker";
import { percent } from "../format";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  name: { display: "flex", flexDirection: "column", minWidth: 0, paddingTop: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground3 },
  low: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  dropdown: { minWidth: 0, width: "100%" },
});

/** The option of a column that is not imported (the importer's "ignored" field: left out on purpose). */
const NOT_IMPORTED: TrackerField = "ignored";

/** Every choice of the drop-down: "Not imported", then the fields in the importer's order. */
export const FIELD_OPTIONS: readonly { readonly value: TrackerField; readonly text: string }[] = [
  { value: NOT_IMPORTED, text: "Not imported" },
  ...FIELD_KEYS.filter((f) => f !== NOT_IMPORTED).map((f) => ({ value: f, text: fieldLabel(f) })),
];

/** True when the user should look at how a column was mapped. */
export function isLowConfidence(column: Mapping): boolean {
  return column.field !== undefined && column.field !== NOT_IMPORTED && column.confidence < REVIEW_CONFIDENCE;
}

/** The note under a column's header: who chose its field and, for the importer, how surely. */
export function confidenceNote(column: Mapping): string {
  if (column.by === "user") return "Your choice";
  if (column.by === "saved") return "As the last import";
  if (column.field === undefined) return "No field matches it";
  if (column.field === NOT_IMPORTED) return "Notes: not imported";
  const sure = `${percent(column.confidence)} sure, by its ${column.by === "values" ? "values" : "header"}`;
  return isLowConfidence(column) ? `Check: only ${sure}` : sure;
}

/** A column's name as shown: its header, or its place when the header cell is blank. */
export function columnName(column: Mapping): string {
  return column.header === "" ? `Column ${column.index + 1}` : column.header;
}

function MappingRow({ column, disabled, onChange }: { readonly column: Mapping; readonly disabled: boolean; readonly onChange: (index: number, field: TrackerField) => void }) {
  const styles = useStyles();
  const id = useId();
  const value = column.field ?? NOT_IMPORTED;
  const selected = FIELD_OPTIONS.find((o) => o.value === value) ?? FIELD_OPTIONS[0];
  return (
    <li className={styles.row}>
      <div className={styles.name}>
        <Label id={`${id}-name`} weight="semibold" size="small">
          {columnName(column)}
        </Label>
        <Caption1 id={`${id}-note`} className={mergeClasses(styles.note, isLowConfidence(column) && styles.low)}>
          {confidenceNote(column)}
        </Caption1>
      </div>
      <Dropdown
        className={styles.dropdown}
        size="small"
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-note`}
        value={selected.text}
        selectedOptions={[selected.value]}
        disabled={disabled}
        onOptionSelect={(_event, data) => data.optionValue && onChange(column.index, data.optionValue as TrackerField)}
      >
        {FIELD_OPTIONS.map((o) => (
          <Option key={o.value} value={o.value} text={o.text}>
            {o.text}
          </Option>
        ))}
      </Dropdown>
    </li>
  );
}

/** Props of `ColumnMapping`. */
export interface ColumnMappingProps {
  readonly columns: readonly Mapping[];
  readonly disabled: boolean;
  readonly onChange: (index: number, field: TrackerField) => void;
}

/** The mapping rows, one per tracker column. */
export function ColumnMapping({ columns, disabled, onChange }: ColumnMappingProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {columns.map((c) => (
        <MappingRow key={c.index} column={c} disabled={disabled} onChange={onChange} />
      ))}
    </ul>
  );
}
