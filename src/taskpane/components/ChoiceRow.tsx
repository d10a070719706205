/**
 * One row of a mapping list: a name on the left (marked required when it is) with a short note
 * under it, and on the right a drop-down that takes the name as its accessible label and the
 * note as its description. Two columns that fit a 350 px pane; long names wrap. The convert
 * view lists template columns this way, the tracker import the tracker's columns.
 */
import { useId } from "react";
import type { ReactNode } from "react";
import { Caption1, Dropdown, Label, makeStyles, mergeClasses, Option, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  name: { display: "flex", flexDirection: "column", minWidth: 0, paddingTop: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground3 },
  check: { color: tokens.colorPaletteDarkOrangeForeground1 },
  dropdown: { minWidth: 0, width: "100%" },
});

/** One choice of the drop-down. */
export interface Choice {
  readonly value: string;
  readonly text: string;
}

/** Props of `ChoiceRow`. */
export interface ChoiceRowProps {
  readonly name: string;
  readonly required?: boolean;
  readonly note: string;
  /** The note asks the user to check the choice (shown in a warning colour as well as said). */
  readonly check?: boolean;
  readonly choices: readonly Choice[];
  /** The value of the chosen choice. */
  readonly value: string;
  readonly disabled?: boolean;
  readonly onChoose: (value: string) => void;
}

/** A mapping row. */
export function ChoiceRow({ name, required, note, check, choices, value, disabled, onChoose }: ChoiceRowProps) {
  const styles = useStyles();
  const id = useId();
  const selected = choices.find((c) => c.value === value) ?? choices[0];
  return (
    <li className={styles.row}>
      <div className={styles.name}>
        <Label id={`${id}-name`} required={required} weight="semibold" size="small">
          {name}
        </Label>
        <Caption1 id={`${id}-note`} className={mergeClasses(styles.note, check && styles.check)}>
          {note}
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
        onOptionSelect={(_event, data) => data.optionValue !== undefined && onChoose(data.optionValue)}
      >
        {choices.map((c) => (
          <Option key={c.value} value={c.value} text={c.text}>
            {c.text}
          </Option>
        ))}
      </Dropdown>
    </li>
  );
}

/** The list the rows go in. */
export function ChoiceList({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  return <ul className={styles.list}>{children}</ul>;
}
