/**
 * One finding in the Check list: severity, code, where it is and what is wrong. Activating it
 * selects the cell in Excel; in browser mode it opens the detail below it (the cell address and
 * the row's values), since there is no workbook window to point at.
 */
import { useId } from "react";
import { Badge, createFocusOutlineStyle, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { RULES } from "../../model/findings";
import type { Finding } from "../../model/findings";
import { cellText } from "../format";
import type { FindingRow, TaskOutcome } from "../session/PlanSession";
import { KeepWords } from "../components/KeepWords";
import { RowEditor } from "../edit/RowEditor";
import type { AmountRules } from "../edit/rowAmounts";

const useStyles = makeStyles({
  item: { listStyleType: "none" },
  button: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    position: "relative",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  focus: createFocusOutlineStyle(),
  current: { border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  where: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  message: { overflowWrap: "break-word" },
  detail: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  values: { display: "grid", gridTemplateColumns: "minmax(90px, 40%) 1fr", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  pair: { display: "contents" },
  header: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  value: { margin: 0, overflowWrap: "anywhere" },
  pointed: { fontWeight: tokens.fontWeightSemibold },
});

/** `Tactics!C24`, `Tactics row 24`, or the table when the finding is about a whole table. */
export function findingPlace(f: Finding): string {
  const sheet = f.sheet ?? f.table;
  if (f.cell) return `${sheet}!${f.cell}`;
  if (f.row !== null) return `${sheet} row ${f.row}`;
  return f.column ? `${sheet}, column ${f.column}` : sheet;
}

/** Props of `FindingItem`. */
export interface FindingItemProps {
  /** The id of the finding's button (the Check view moves the focus to it after a save). */
  readonly id?: string;
  readonly finding: Finding;
  readonly current: boolean;
  /** Browser mode: the row to show when this finding is current (undefined: no detail). */
  readonly row?: FindingRow;
  readonly expandable: boolean;
  readonly onActivate: (finding: Finding) => void;
  /** Browser mode on an editable workbook: the row opens as a form that saves through this. */
  readonly edit?: { readonly amounts: AmountRules; readonly save: (row: FindingRow, values: ReadonlyMap<string, unknown>, rowCurrency: string) => Promise<TaskOutcome<void>> };
}

/** The finding's button and, in browser mode, its detail. */
export function FindingItem({ id, finding, current, row, expandable, onActivate, edit }: FindingItemProps) {
  const styles = useStyles();
  const detailId = useId();
  const error = finding.severity === "error";
  return (
    <li className={styles.item}>
      <button
        id={id}
        type="button"
        className={mergeClasses(styles.button, styles.focus, current && styles.current)}
        aria-expanded={expandable ? current : undefined}
        aria-controls={expandable && current ? detailId : undefined}
        aria-current={!expandable && current ? "true" : undefined}
        onClick={() => onActivate(finding)}
      >
        <span className={styles.line}>
          <Badge appearance="tint" color={error ? "danger" : "warning"} size="small">
            {error ? "Error" : "Warning"}
          </Badge>
          <Text weight="semibold">{finding.code}</Text>
          <span className={styles.where}>{findingPlace(finding)}</span>
        </span>
        <span className={styles.message}>
          <KeepWords text={finding.message} />
        </span>
      </button>
      {expandable && current && (
        <div id={detailId} className={styles.detail} role="region" aria-label={`Row of ${findingPlace(finding)}`}>
          <Text size={200} block>
            {RULES[finding.code].title}
            {finding.column ? ` — column ${finding.column}` : ""}
          </Text>
          {row && edit ? (
            <RowEditor row={row} pointed={finding.column} amounts={edit.amounts} onSave={(values, rowCurrency) => edit.save(row, values, rowCurrency)} />
          ) : row ? (
            <dl className={styles.values}>
              {row.headers.map((header, i) => (
                <div key={`${i}-${header}`} className={styles.pair}>
                  <dt className={mergeClasses(styles.header, header === finding.column && styles.pointed)}>{header}</dt>
                  <dd className={mergeClasses(styles.value, header === finding.column && styles.pointed)}>{cellText(row.values[i])}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <Text size={200}>This finding concerns the whole table, not one row.</Text>
          )}
        </div>
      )}
    </li>
  );
}
