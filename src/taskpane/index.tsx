/// <reference types="office-js" />
/**
 * The task pane's composition root: picks the host when Office is ready (inside Excel the
 * open workbook through `ExcelWorkbook`; anywhere else a note, until the browser mode arrives)
 * and renders the app with it. The app sees only the workbook port.
 */
import { useCallback, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, Title3, tokens, webLightTheme } from "@fluentui/react-components";
import { analyze } from "../engine";
import { countFindings } from "../model/findings";
import type { FindingCounts } from "../model/findings";
import type { WorkbookPort } from "../workbook/port";
import { ExcelWorkbook } from "../workbook/excel/ExcelWorkbook";
import { officeExcelHost } from "../workbook/excel/officeHost";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

type CheckState = { status: "idle" } | { status: "running" } | { status: "done"; counts: FindingCounts } | { status: "failed"; message: string };

/** The pane: the plan's name and a check that shows the error and warning counts. */
function CheckPlanApp({ workbook }: { readonly workbook: WorkbookPort }) {
  const styles = useStyles();
  const [planName, setPlanName] = useState<string | undefined>(undefined);
  const [check, setCheck] = useState<CheckState>({ status: "idle" });

  const run = useCallback(async () => {
    setCheck({ status: "running" });
    try {
      const analysis = analyze(await workbook.readTables());
      setPlanName(analysis.plan.settings.planName || "Joint Marketing Plan");
      setCheck({ status: "done", counts: countFindings(analysis.findings) });
    } catch (error) {
      setCheck({ status: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }, [workbook]);

  useEffect(() => {
    void run();
  }, [run]);

  return (
    <div className={styles.root}>
      <Title3>{planName ?? "JMP Planner"}</Title3>
      <Button appearance="primary" disabled={check.status === "running"} onClick={() => void run()}>
        Check plan
      </Button>
      {check.status === "running" && <Spinner size="small" label="Reading the plan tables..." />}
      {check.status === "done" && (
        <MessageBar intent={check.counts.errors > 0 ? "error" : check.counts.warnings > 0 ? "warning" : "success"}>
          <MessageBarBody>
            <MessageBarTitle>{check.counts.errors + check.counts.warnings === 0 ? "No findings" : "Findings"}</MessageBarTitle>
            {check.counts.errors} error{check.counts.errors === 1 ? "" : "s"}, {check.counts.warnings} warning{check.counts.warnings === 1 ? "" : "s"}
          </MessageBarBody>
        </MessageBar>
      )}
      {check.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>The plan could not be read</MessageBarTitle>
            {check.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** Shown when the page is opened outside Excel. */
function OutsideExcel() {
  return (
    <div style={{ padding: 16 }}>
      <Text>Open this add-in in Excel.</Text>
    </div>
  );
}

function render(insideExcel: boolean): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>{insideExcel ? <CheckPlanApp workbook={new ExcelWorkbook(officeExcelHost())} /> : <OutsideExcel />}</FluentProvider>,
  );
}

// office.js comes from Office's CDN; without it (offline, or a plain browser) there is no host.
if (typeof Office === "undefined") render(false);
else void Office.onReady((info) => render(info.host === Office.HostType.Excel));
