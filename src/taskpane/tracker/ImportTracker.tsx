/**
 * Import a tracker: turns an MDF tracker kept on a sheet (one row per activity, in the user's own
 * words) into linked plan rows. The pane finds the sheet and its header row, maps each column to
 * a fact with a confidence, previews the rows each table gets, reconciles the tracker's totals
 * row and lists what to review; the user changes what is wrong and accepts. The mapping used is
 * kept in the workbook, so next quarter's import of the same tracker is one press of Accept and
 * updates the rows it made. The tracker is a sheet of the open workbook or of a file opened beside
 * it ("Open a tracker file"); either is only read. Sized for a 350 px pane.
 */
import { useId, useState } from "react";
import type { ReactNode } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { ImportableWorkbook } from "../../workbook/port";
import { ColumnMapping, isLowConfidence } from "./ColumnMapping";
import { HeaderRowControl } from "./HeaderRowControl";
import { activityCount, ImportPreview } from "./ImportPreview";
import { ImportResult } from "./ImportResult";
import { Reconciliation } from "./Reconciliation";
import { ReviewList } from "./ReviewList";
import { SheetPicker } from "./SheetPicker";
import { useTrackerImport } from "./useTrackerImport";
import type { TrackerFile } from "./useTrackerImport";
import { openTrackerFile } from "./trackerFile";
import { XlsxPicker } from "../components/XlsxPicker";
import type { LoadXlsx } from "./trackerFile";
import { count, plural } from "../format";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  quiet: { color: tokens.colorNeutralForeground2 },
  accept: { alignSelf: "stretch" },
  file: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Props of `ImportTracker`. */
export interface ImportTrackerProps {
  readonly workbook: ImportableWorkbook;
  /** The name a new plan takes (the file's, in browser mode); the sheet's when absent. */
  readonly planName?: string;
  /**
   * Called after an import was written (the pane checks the plan again and, when it `finished`,
   * rebuilds the Dashboard and Issues from that check; a half-written import only checks).
   */
  readonly onImported: (finished: boolean) => void;
  /** Loads the xlsx adapter for a tracker file (tests hand it in; default: the xlsx chunk). */
  readonly loadXlsx?: LoadXlsx;
}

/** A titled part of the view (an h3 naming its region). */
function Part({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.part} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

/** A failure in a message bar: its title and one line. */
function Problem({ title, message }: { readonly title: string; readonly message: string }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The import view. */
export function ImportTracker({ workbook, planName, onImported, loadXlsx }: ImportTrackerProps) {
  const styles = useStyles();
  const [trackerFile, setTrackerFile] = useState<TrackerFile | undefined>(undefined);
  const [fileProblem, setFileProblem] = useState<string | undefined>(undefined);
  const [opening, setOpening] = useState(false);
  const state = useTrackerImport(workbook, planName, onImported, trackerFile);
  const { sheets, stored, source, planned, work, error, written } = state;
  const plan = planned?.plan;
  const busy = work !== undefined || opening;
  const openFile = async (file: File) => {
    setOpening(true);
    setFileProblem(undefined);
    try {
      setTrackerFile(await openTrackerFile(file, loadXlsx));
    } catch (e) {
      setFileProblem(`${file.name}: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
    } finally {
      setOpening(false);
    }
  };
  const low = plan ? plan.columns.filter(isLowConfidence).length : 0;
  const activities = plan ? activityCount(plan) : 0;

  return (
    <div className={styles.view}>
      <div className={styles.file}>
        <XlsxPicker size="small" disabled={busy} inputLabel="Open a tracker file (.xlsx)" onPick={(file) => void openFile(file)}>
          Open a tracker file
        </XlsxPicker>
        <Text size={200} className={styles.quiet}>
          {trackerFile ? `Sheets of ${trackerFile.name}, imported into this plan` : "or use a sheet of this workbook"}
        </Text>
      </div>
      {opening && <Spinner size="tiny" label="Opening the tracker file…" />}
      {fileProblem && <Problem title="The tracker file could not be opened" message={fileProblem} />}
      {work === "listing" && <Spinner size="tiny" label="Looking for a tracker…" />}
      {sheets && sheets.length === 0 && !error && (
        <Text className={styles.quiet}>{trackerFile ? `No sheet of ${trackerFile.name} holds a list.` : "No sheet besides the plan's own holds a list: open the tracker file, or copy its sheet into this workbook."}</Text>
      )}
      {sheets && sheets.length > 0 && <SheetPicker sheets={sheets} chosen={source?.name} disabled={busy} onChoose={(name) => void state.chooseSheet(name)} />}
      {work === "reading" && <Spinner size="tiny" label="Reading the sheet…" />}
      {stored.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{stored.problem}</MessageBarBody>
        </MessageBar>
      )}
      {stored.mapping && source && !written && <Text size={200} className={styles.quiet}>Columns the last import named keep the field it gave them, so the same tracker imports the same way.</Text>}

      {source && planned && (
        <>
          <HeaderRowControl
            row={plan?.headerRow ?? state.headerRow ?? state.detectedRow ?? source.values.headerRow}
            rows={plan?.headerRows}
            detected={state.detectedRow}
            min={source.values.headerRow}
            max={source.values.headerRow + source.values.rows.length}
            disabled={busy}
            onChange={state.chooseHeaderRow}
          />
          {planned.problem !== undefined && <Problem title={`${source.name} cannot be imported as it is`} message={planned.problem} />}
        </>
      )}

      {source && plan && (
        <>
          <Part title="Columns">
            <Text size={200} className={styles.quiet}>
              {low > 0 ? `Each column is imported as the fact shown. ${plural(low, "column")} read with low confidence: check ${low === 1 ? "it" : "them"}.` : "Each column is imported as the fact shown. Change any that is wrong."}
            </Text>
            <ColumnMapping columns={plan.columns} disabled={busy} onChange={state.chooseField} />
          </Part>
          <Part title="Preview">
            <ImportPreview plan={plan} />
          </Part>
          <Part title="Totals">
            <Reconciliation reconciliation={plan.reconciliation} currency={plan.planCurrency} />
          </Part>
          <Part title={plan.review.length > 0 ? `To review (${count(plan.review.length)})` : "To review"}>
            <ReviewList items={plan.review} skipped={plan.skipped} notes={plan.notes} />
          </Part>
          <Button className={styles.accept} appearance="primary" disabled={busy || activities === 0 || written !== undefined} onClick={() => void state.accept()}>
            {`Accept and import ${plural(activities, "activity", "activities")}`}
          </Button>
          {work === "importing" && <Spinner size="tiny" label="Importing into the plan…" />}
        </>
      )}

      {written && <ImportResult written={written} />}
      {error && <Problem title={error.title} message={error.message} />}
    </div>
  );
}
