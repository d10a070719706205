/**
 * The mapping the user confirms: one row per column of the chosen JMP table, its name (required
 * ones marked), a drop-down of where its values come from (the suggestion preselected) and a
 * short note on the suggestion. Two columns that fit a 350 px pane; long names wrap.
 */
import { useId } from "react";
import { Caption1, Dropdown, Label, makeStyles, mergeClasses, Option, tokens } from "@fluentui/react-components";
import type { ColumnSource, ColumnSuggestion } from "../../workbook/convert";
import { sourceNote, sourceOptions, sourceValue } from "./sourceOptions";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  name: { display: "flex", flexDirection: "column", minWidth: 0, paddingTop: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground3 },
  check: { color: tokens.colorPaletteDarkOrangeForeground1 },
  dropdown: { minWidth: 0, width: "100%" },
});

/** Props of `MappingTable`. */
export interface MappingTableProps {
  readonly suggestions: readonly ColumnSuggestion[];
  readonly sources: Readonly<Record<string, ColumnSource>>;
  /** The sheet's header row. */
  readonly headers: readonly unknown[];
  readonly disabled?: boolean;
  readonly onChange: (header: string, source: ColumnSource) => void;
}

function MappingRow({ suggestion, source, headers, disabled, onChange }: { readonly suggestion: ColumnSuggestion; readonly source: ColumnSource | undefined; readonly headers: readonly unknown[]; readonly disabled?: boolean; readonly onChange: MappingTableProps["onChange"] }) {
  const styles = useStyles();
  const id = useId();
  const { column } = suggestion;
  const options = sourceOptions(column, headers);
  const value = sourceValue(source);
  const selected = options.find((o) => o.value === value) ?? options[0];
  const note = sourceNote(suggestion, source);
  return (
    <li className={styles.row}>
      <div className={styles.name}>
        <Label id={`${id}-name`} required={column.required} weight="semibold" size="small">
          {column.header}
        </Label>
        <Caption1 id={`${id}-note`} className={mergeClasses(styles.note, note.check && styles.check)}>
          {note.text}
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
        onOptionSelect={(_event, data) => {
          const option = options.find((o) => o.value === data.optionValue);
          if (option) onChange(column.header, option.source);
        }}
      >
        {options.map((o) => (
          <Option key={o.value} value={o.value} text={o.text}>
            {o.text}
          </Option>
        ))}
      </Dropdown>
    </li>
  );
}

/** The mapping rows. */
export function MappingTable({ suggestions, sources, headers, disabled, onChange }: MappingTableProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {suggestions.map((s) => (
        <MappingRow key={s.column.header} suggestion={s} source={sources[s.column.header]} headers={headers} disabled={disabled} onChange={onChange} />
      ))}
    </ul>
  );
}
