/**
 * Set up: put the JMP template into the workbook, or upgrade an older one (only what is missing
 * is added; no cell the user owns changes), optionally filled with the sample plan, and show what
 * was added. Below it, the import view brings an MDF tracker in whole (the main way in for a new
 * user), and the convert view copies a list kept on an ordinary sheet into one JMP table.
 */
import { useState } from "react";
import { Button, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../engine";
import { missingTables } from "../../engine";
import { TABLES } from "../../model/schema";
import type { ConvertibleWorkbook, WorkbookPort } from "../../workbook/port";
import { isImportable } from "../../workbook/convert/tracker";
import { ConvertSheet } from "../convert/ConvertSheet";
import { Section } from "../components/Section";
import { usePlanSession, usePlanState } from "../session/PlanContext";
import { ImportTracker } from "../tracker/ImportTracker";
import { ApplySummary } from "./ApplySummary";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

/** True when the workbook can list and read its sheets and take rows (both adapters can). */
export function isConvertible(workbook: WorkbookPort | undefined): workbook is ConvertibleWorkbook {
  const w = workbook as Partial<ConvertibleWorkbook> | undefined;
  return typeof w?.listSheets === "function" && typeof w.readSheet === "function" && typeof w.appendRows === "function";
}

// A key per workbook object, so the convert view starts afresh when another file is opened.
const workbookKeys = new WeakMap<object, number>();
let workbooksSeen = 0;
function keyOf(workbook: object): number {
  const known = workbookKeys.get(workbook);
  if (known !== undefined) return known;
  workbooksSeen += 1;
  workbookKeys.set(workbook, workbooksSeen);
  return workbooksSeen;
}

/** The template's sheets that the analysis found missing (S01). */
export function missingSheets(analysis: Analysis): string[] {
  return missingTables(analysis).map((t) => t.sheet);
}

function templateStatus(analysis: Analysis | undefined): string {
  if (!analysis) return "The workbook has not been read yet.";
  const missing = missingSheets(analysis);
  if (missing.length === 0) return `All ${TABLES.length} JMP tables are in this workbook.`;
  if (missing.length === TABLES.length) return "This workbook has no JMP tables yet.";
  return `${missing.length} of ${TABLES.length} JMP tables are missing: ${missing.join(", ")}.`;
}

/** The Set up view. */
export function SetupView() {
  const styles = useStyles();
  const session = usePlanSession();
  const { workbook, analysis, applied, task, fileName } = usePlanState();
  const [withSample, setWithSample] = useState(false);
  const noTables = analysis !== undefined && missingSheets(analysis).length === TABLES.length;
  return (
    <div className={styles.view}>
      <Section title="Template" summary="Adds the JMP tables, columns and settings this workbook lacks. Cells you entered are never changed.">
        <Text>{workbook ? templateStatus(analysis) : "Open a workbook or start a plan first."}</Text>
        <div className={styles.actions}>
          <Checkbox
            label="Fill empty tables with the sample plan"
            checked={withSample}
            disabled={!workbook}
            onChange={(_event, data) => setWithSample(data.checked === true)}
          />
          <Button appearance="primary" disabled={!workbook || task !== undefined} onClick={() => void session.applyTemplate({ withSample })}>
            {noTables ? "Create the template" : "Set up or upgrade the template"}
          </Button>
        </div>
        {applied && <ApplySummary result={applied} />}
      </Section>
      {isImportable(workbook) && (
        <Section title="Import a tracker" summary="Brings an MDF tracker (one row per activity) into the plan: partners, tactics, funding, claims and results, linked. The tracker itself is only read.">
          <ImportTracker key={keyOf(workbook)} workbook={workbook} planName={fileName?.replace(/\.xlsx$/i, "")} onImported={(finished) => void (finished ? session.changedWithResults() : session.changed())} />
        </Section>
      )}
      {isConvertible(workbook) && (
        <Section title="Convert a sheet" summary="Copies a list kept on an ordinary sheet into a JMP table. The sheet itself is only read.">
          <ConvertSheet key={keyOf(workbook)} workbook={workbook} onConverted={() => void session.changedWithResults()} />
        </Section>
      )}
    </div>
  );
}
