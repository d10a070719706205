/**
 * The tracker's columns and the fact each is imported as: one row per column with its header,
 * how sure the importer is (a low confidence is marked for the user to check), and a drop-down
 * of every field, "Not imported" first (laid out as the convert view's mapping is).
 */
import { fieldLabel, FIELD_KEYS, REVIEW_CONFIDENCE } from "../../workbook/convert/tracker";
import type { ColumnMapping as Mapping, TrackerField } from "../../workbook/convert/tracker";
import { ChoiceList, ChoiceRow } from "../components/ChoiceRow";
import { percent } from "../format";

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

/** Props of `ColumnMapping`. */
export interface ColumnMappingProps {
  readonly columns: readonly Mapping[];
  readonly disabled: boolean;
  readonly onChange: (index: number, field: TrackerField) => void;
}

/** The mapping rows, one per tracker column. */
export function ColumnMapping({ columns, disabled, onChange }: ColumnMappingProps) {
  return (
    <ChoiceList>
      {columns.map((c) => (
        <ChoiceRow
          key={c.index}
          name={columnName(c)}
          note={confidenceNote(c)}
          check={isLowConfidence(c)}
          choices={FIELD_OPTIONS}
          value={c.field ?? NOT_IMPORTED}
          disabled={disabled}
          onChoose={(value) => onChange(c.index, value as TrackerField)}
        />
      ))}
    </ChoiceList>
  );
}
