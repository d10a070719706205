/**
 * Headline figures as a grid of label and value: a description list (so a screen reader reads
 * each value with its name) in a named group.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

/** One headline figure. */
export interface FigureItem {
  readonly label: string;
  readonly value: string;
}

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 150px), 1fr))", gap: tokens.spacingVerticalS, margin: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // A figure never breaks inside ("$1,085,000.00" on one line); digits line up across cards.
  value: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
});

/** The figures, in the order given. */
export function FigureList({ label, items }: { readonly label: string; readonly items: readonly FigureItem[] }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={label}>
      <dl className={styles.list}>
        {items.map((item) => (
          <div key={item.label} className={styles.item}>
            <dt className={styles.label}>{item.label}</dt>
            <dd className={styles.value}>{item.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
