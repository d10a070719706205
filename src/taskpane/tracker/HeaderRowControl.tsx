/**
 * The tracker's header row, as the sheet numbers its rows: the one the importer found, shown so
 * the user can see it is not the title above it, and changeable when it guessed wrong (the
 * import is planned again at once). A two-row header is said to be one.
 */
import { Button, Field, makeStyles, SpinButton, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  spin: { width: "8em" },
});

/** Props of `HeaderRowControl`. */
export interface HeaderRowControlProps {
  /** The header row in use (sheet row number). */
  readonly row: number;
  /** 2 when the row above was read as group headings over it. */
  readonly rows: 1 | 2 | undefined;
  /** The row the importer found by itself, when it found one. */
  readonly detected: number | undefined;
  /** First and last sheet rows of the used range. */
  readonly min: number;
  readonly max: number;
  readonly disabled: boolean;
  readonly onChange: (row: number) => void;
}

/** The hint under the control: where the header was found and how it is read. */
export function headerHint(row: number, rows: 1 | 2 | undefined, detected: number | undefined): string {
  const read = rows === 2 ? `Rows ${row - 1} and ${row} are read together as a two-row header.` : "";
  if (detected === undefined) return `No header was found by itself: choose the row that names the columns. ${read}`.trim();
  const found = row === detected ? `Found on row ${detected}.` : `Your choice; the header looked like row ${detected}.`;
  return `${found} ${read}`.trim();
}

/** The header row control. */
export function HeaderRowControl({ row, rows, detected, min, max, disabled, onChange }: HeaderRowControlProps) {
  const styles = useStyles();
  const take = (value: number | null | undefined, display: string | undefined) => {
    // Typed text arrives as `displayValue`, arrow presses as `value`.
    const next = value ?? Number.parseInt(display ?? "", 10);
    if (Number.isInteger(next) && next >= min && next <= max && next !== row) onChange(next);
  };
  return (
    <div className={styles.row}>
      <Field label="Header row" hint={headerHint(row, rows, detected)}>
        <SpinButton className={styles.spin} value={row} min={min} max={max} disabled={disabled} onChange={(_e, data) => take(data.value, data.displayValue)} />
      </Field>
      {detected !== undefined && row !== detected && (
        <Button appearance="subtle" disabled={disabled} onClick={() => onChange(detected)}>
          {`Back to row ${detected}`}
        </Button>
      )}
    </div>
  );
}
