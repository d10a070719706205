/**
 * The mapping the user confirms: one row per column of the chosen JMP table, its name (required
 * ones marked), a drop-down of where its values come from (the suggestion preselected) and a
 * short note on the suggestion. Two columns that fit a 350 px pane; long names wrap.
 */
import type { ColumnSource, ColumnSuggestion } from "../../workbook/convert";
import { ChoiceList, ChoiceRow } from "../components/ChoiceRow";
import { sourceNote, sourceOptions, sourceValue } from "./sourceOptions";

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
  const { column } = suggestion;
  const options = sourceOptions(column, headers);
  const note = sourceNote(suggestion, source);
  return (
    <ChoiceRow
      name={column.header}
      required={column.required}
      note={note.text}
      check={note.check}
      choices={options}
      value={sourceValue(source)}
      disabled={disabled}
      onChoose={(value) => {
        const option = options.find((o) => o.value === value);
        if (option) onChange(column.header, option.source);
      }}
    />
  );
}

/** The mapping rows. */
export function MappingTable({ suggestions, sources, headers, disabled, onChange }: MappingTableProps) {
  return (
    <ChoiceList>
      {suggestions.map((s) => (
        <MappingRow key={s.column.header} suggestion={s} source={sources[s.column.header]} headers={headers} disabled={disabled} onChange={onChange} />
      ))}
    </ChoiceList>
  );
}
