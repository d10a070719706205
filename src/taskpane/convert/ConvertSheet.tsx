/**
 * Convert a sheet: turns a plan kept by hand on an ordinary sheet into rows of a JMP table.
 * The user picks the sheet, confirms the suggested table and, column by column, where each
 * value comes from; a preview shows the first rows as they will be copied; one button copies
 * them. The sheet itself is only read. Sized for a 350 px pane.
 */
import { useId } from "react";
import { Button, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Option, Spinner, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { requireTableSpec } from "../../model/schema";
import type { TableName } from "../../model/schema";
import { CONVERTIBLE_TABLES } from "../../workbook/convert";
import type { Conversion } from "../../workbook/convert";
import type { ConvertibleWorkbook } from "../../workbook/port";
import { plural } from "../format";
import { ConvertResult } from "./ConvertResult";
import { MappingTable } from "./MappingTable";
import { PreviewTable } from "./PreviewTable";
import { useConvertSheet } from "./useConvertSheet";

/** Rows the preview shows. */
export const PREVIEW_ROWS = 3;

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  quiet: { color: tokens.colorNeutralForeground2 },
  dropdown: { minWidth: 0, width: "100%" },
  copy: { alignSelf: "stretch" },
});

/** Props of `ConvertSheet`. */
export interface ConvertSheetProps {
  readonly workbook: ConvertibleWorkbook;
  /** Called after rows were copied (the pane checks the plan again). */
  readonly onConverted: () => void;
}

const label = (table: TableName): string => requireTableSpec(table).label;

/** The convert view. */
export function ConvertSheet({ workbook, onConverted }: ConvertSheetProps) {
  const styles = useStyles();
  const ids = useId();
  const state = useConvertSheet(workbook, onConverted);
  const { sheets, chosen, table, suggestion, conversion, work, error, copied } = state;
  const best = chosen?.suggestions[0]?.table;
  const filled = suggestion ? suggestion.columns.map((c) => c.column).filter((c) => state.sources[c.header] && state.sources[c.header].kind !== "blank") : [];
  const missing = suggestion ? suggestion.columns.filter((c) => c.column.required && (state.sources[c.column.header]?.kind ?? "blank") === "blank").map((c) => c.column.header) : [];
  const count = conversion?.rows.length ?? 0;
  // After a copy the preview shows what was copied (with the IDs given), not a next copy.
  const shown = copied?.conversion ?? conversion;

  return (
    <div className={styles.view}>
      {work === "listing" && <Spinner size="tiny" label="Looking for sheets to convert…" />}
      {sheets && sheets.length === 0 && !error && <Text className={styles.quiet}>No sheet besides the plan's own holds a list to convert: a header row and at least one row below it.</Text>}
      {sheets && sheets.length > 0 && (
        <Field label="Sheet to convert" hint={sheets.length > 1 ? "Sheets that hold a list besides the plan's own." : undefined}>
          <Dropdown
            className={styles.dropdown}
            placeholder="Choose a sheet"
            value={chosen?.name ?? ""}
            selectedOptions={chosen ? [chosen.name] : []}
            disabled={work !== undefined}
            onOptionSelect={(_e, data) => data.optionValue && void state.chooseSheet(data.optionValue)}
          >
            {sheets.map((s) => (
              <Option key={s.name} value={s.name} text={s.name}>
                {`${s.name} (${plural(Math.max(0, s.rows - 1), "row")})`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {work === "reading" && <Spinner size="tiny" label="Reading the sheet…" />}

      {chosen && table && suggestion && conversion && (
        <>
          <Field label="Copy into" hint={best ? `${label(best)} fits this sheet best.` : undefined}>
            <Dropdown className={styles.dropdown} value={label(table)} selectedOptions={[table]} disabled={work !== undefined} onOptionSelect={(_e, data) => data.optionValue && state.chooseTable(data.optionValue as TableName)}>
              {CONVERTIBLE_TABLES.map((t) => (
                <Option key={t} value={t} text={label(t)}>
                  {t === best ? `${label(t)} (suggested)` : label(t)}
                </Option>
              ))}
            </Dropdown>
          </Field>

          <section className={styles.part} aria-labelledby={`${ids}-columns`}>
            <Subtitle2 as="h3" id={`${ids}-columns`} className={styles.heading}>
              Columns
            </Subtitle2>
            <Text size={200} className={styles.quiet}>
              Each {label(table)} column takes its values from the sheet column shown. Check the suggestions.
            </Text>
            <MappingTable suggestions={suggestion.columns} sources={state.sources} headers={chosen.values.headers} disabled={work !== undefined} onChange={state.chooseSource} />
          </section>

          {missing.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Required columns left blank</MessageBarTitle>
                {missing.join(", ")}: Check will list these cells until they are filled in.
              </MessageBarBody>
            </MessageBar>
          )}

          <section className={styles.part} aria-labelledby={`${ids}-preview`}>
            <Subtitle2 as="h3" id={`${ids}-preview`} className={styles.heading}>
              Preview
            </Subtitle2>
            <Text size={200} className={styles.quiet}>
              {previewText(shown ?? conversion, chosen.name, copied !== undefined)}
            </Text>
            {shown && shown.rows.length > 0 && filled.length > 0 && <PreviewTable label={`Preview of the rows for ${label(table)}`} columns={filled} rows={shown.rows.slice(0, PREVIEW_ROWS)} />}
          </section>

          <Button className={styles.copy} appearance="primary" disabled={work !== undefined || count === 0 || copied !== undefined} onClick={() => void state.copy()}>
            {`Copy ${plural(count, "row")} into ${label(table)}`}
          </Button>
          {work === "copying" && <Spinner size="tiny" label={`Copying into ${label(table)}…`} />}
        </>
      )}

      {copied && <ConvertResult result={copied} />}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            {error.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** The line above the preview: which rows it shows, and which rows of the sheet were skipped. */
export function previewText(conversion: Conversion, sheet: string, copied: boolean): string {
  const count = conversion.rows.length;
  const skipped = conversion.blankRows + conversion.totalRows > 0 ? ` ${skippedText(conversion.blankRows, conversion.totalRows)}` : "";
  if (count === 0) return `No row of the sheet has values in the chosen columns.${skipped}`;
  const first = `First ${Math.min(PREVIEW_ROWS, count)} of ${plural(count, "row")}`;
  return copied ? `${first} copied from ${sheet}.${skipped}` : `${first} from ${sheet}, as they will be copied.${skipped}`;
}

/** "Skipped 1 blank row and 1 totals row." */
export function skippedText(blank: number, totals: number): string {
  const parts = [blank > 0 ? plural(blank, "blank row") : "", totals > 0 ? plural(totals, "totals row") : ""].filter((p) => p !== "");
  return `Skipped ${parts.join(" and ")}.`;
}
