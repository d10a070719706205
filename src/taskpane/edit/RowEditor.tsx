/**
 * Browser mode's fix-it form: the row a finding points at, its cells shown as the pane shows
 * them (its amounts in the row's currency: its partner's; numbers written and read in the plan's
 * `Number format`), the finding's own cell first in focus. Saving writes only the cells whose text changed
 * (through the workbook port), then the plan is checked again and the workbook marked changed.
 * The user's own columns show read-only: the form edits only what the template defines.
 */
import { useRef, useState } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { tableSpec } from "../../model/schema";
import { ProblemBar } from "../components/ProblemBar";
import type { FindingRow, TaskOutcome } from "../session/PlanSession";
import type { Problem } from "../session/problems";
import { parsedValue, shownValue } from "./editValues";
import { holdsAmount } from "../../engine/read/moneyCells";
import type { AmountRules, RowCell } from "./rowAmounts";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  fields: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 140px), 1fr))", gap: tokens.spacingVerticalXS },
  field: { minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Props of `RowEditor`. */
export interface RowEditorProps {
  readonly row: FindingRow;
  /** The header of the finding's column, focused first. */
  readonly pointed: string | null;
  /** The currency of a row's amounts, as the engine decides it. */
  readonly amounts: AmountRules;
  /** Writes the changed cells (by template column key) of a row whose amounts are in `rowCurrency`; a failure carries its problem. */
  readonly onSave: (values: ReadonlyMap<string, unknown>, rowCurrency: string) => Promise<TaskOutcome<void>>;
}

/** The edit form of one row. */
export function RowEditor({ row, pointed, amounts, onSave }: RowEditorProps) {
  const styles = useStyles();
  const cellOf = (values: readonly unknown[]): RowCell => (key) => values[row.columns.findIndex((c) => c?.key === key)];
  const read = cellOf(row.values);
  const readAmounts = amounts.of(row.table, read);
  const initial = row.values.map((v, i) => shownValue(v, row.columns[i], holdsAmount(row.table, row.columns[i], read) ? readAmounts : undefined, amounts.convention));
  const [texts, setTexts] = useState<readonly string[]>(initial);
  const [errors, setErrors] = useState<readonly (string | undefined)[]>([]);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const saveButton = useRef<HTMLButtonElement>(null);
  const dirty = texts.some((t, i) => t !== initial[i]);

  const save = async (): Promise<void> => {
    const values = new Map<string, unknown>();
    // Amounts are read in the currency of the row as saved (its Partner ID or Currency may change with them).
    const typed = cellOf(texts);
    const savedAmounts = amounts.of(row.table, typed);
    const found = texts.map((text, i) => {
      const column = row.columns[i];
      if (!column || text === initial[i]) return undefined;
      const parsed = parsedValue(text, column, holdsAmount(row.table, column, typed) ? savedAmounts : undefined, amounts.convention);
      if (!parsed.ok) return parsed.reason;
      values.set(column.key, parsed.value);
      return undefined;
    });
    setErrors(found);
    setProblem(undefined);
    if (found.some((e) => e !== undefined)) return;
    setSaving(true);
    try {
      const outcome = await onSave(values, savedAmounts.currency);
      if (!outcome.ok) setProblem(outcome.problem);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-label={`Edit ${tableSpec(row.table)?.sheet ?? row.table} row ${row.row}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className={styles.fields}>
        {row.headers.map((header, i) => (
          <Field key={`${i}-${header}`} label={header} className={styles.field} validationMessage={errors[i]} validationState={errors[i] ? "error" : "none"}>
            <Input
              className={styles.input}
              value={texts[i] ?? ""}
              readOnly={!row.columns[i]}
              autoFocus={header === pointed}
              onChange={(_e, data) => setTexts((current) => current.map((t, j) => (j === i ? data.value : t)))}
            />
          </Field>
        ))}
      </div>
      <div className={styles.buttons}>
        <Button ref={saveButton} type="submit" appearance="primary" disabled={!dirty || saving}>
          Save row
        </Button>
        <Button
          type="button"
          disabled={!dirty || saving}
          onClick={() => {
            setTexts(initial);
            setProblem(undefined);
          }}
        >
          Undo changes
        </Button>
      </div>
      {problem && (
        <ProblemBar
          problem={problem}
          intent="error"
          focused
          onDismiss={() => {
            setProblem(undefined);
            saveButton.current?.focus();
          }}
        />
      )}
    </form>
  );
}
