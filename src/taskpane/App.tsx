/**
 * The pane: the plan's name, the file controls in browser mode, the shared actions, progress and
 * problems, then one view at a time behind a tab list sized for a 350 px pane.
 */
import { useId, useState } from "react";
import { makeStyles, Tab, TabList, Text, Title3, tokens } from "@fluentui/react-components";
import type { Analysis } from "../engine";
import { isoFromDay } from "../model/dates";
import { FileBar } from "./browser/FileBar";
import { FileDrop } from "./browser/FileDrop";
import { StatusArea } from "./components/StatusArea";
import { PlanToolbar } from "./PlanToolbar";
import { useServices, usePlanState } from "./session/PlanContext";
import { CheckView } from "./views/CheckView";
import { ClaimsView } from "./views/ClaimsView";
import { FundingView } from "./views/FundingView";
import { PartnerWorkbooksView } from "./views/PartnerWorkbooksView";
import { ResultsView } from "./views/ResultsView";
import { SetupView } from "./views/SetupView";

/** The views, in tab order. */
export const VIEWS = [
  { key: "setup", label: "Set up", View: SetupView },
  { key: "check", label: "Check", View: CheckView },
  { key: "funding", label: "Funding", View: FundingView },
  { key: "claims", label: "Claims", View: ClaimsView },
  { key: "results", label: "Results", View: ResultsView },
  { key: "partners", label: "Partner workbooks", View: PartnerWorkbooksView },
] as const;

/** A view's key. */
export type ViewKey = (typeof VIEWS)[number]["key"];

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { margin: 0, overflowWrap: "anywhere" },
  subtitle: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  tabs: { flexWrap: "wrap", marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { minWidth: 0 },
});

function subtitleOf(analysis: Analysis): string {
  const s = analysis.plan.settings;
  const parts = [s.vendor, s.periodStart !== undefined && s.periodEnd !== undefined ? `${isoFromDay(s.periodStart)} to ${isoFromDay(s.periodEnd)}` : "", s.currency.code, `as of ${isoFromDay(s.asOf)}`];
  return parts.filter((p) => p !== "").join(" · ");
}

/** The whole pane. `initialView` defaults to Set up in browser mode and Check in Excel. */
export function App({ initialView }: { readonly initialView?: ViewKey }) {
  const styles = useStyles();
  const { files } = useServices();
  const { analysis, mode } = usePlanState();
  const [view, setView] = useState<ViewKey>(initialView ?? (mode === "browser" ? "setup" : "check"));
  const ids = useId();
  const current = VIEWS.find((v) => v.key === view) ?? VIEWS[0];
  const tabId = (key: string): string => `${ids}-tab-${key}`;
  const panelId = `${ids}-panel`;
  return (
    <FileDrop files={files}>
      <main className={styles.pane}>
        <header className={styles.header}>
          <Title3 as="h1" className={styles.title}>
            {analysis?.plan.settings.planName || "JMP Planner"}
          </Title3>
          {analysis && (
            <Text size={200} className={styles.subtitle}>
              {subtitleOf(analysis)}
            </Text>
          )}
        </header>
        <FileBar />
        <PlanToolbar />
        <StatusArea />
        <TabList className={styles.tabs} size="small" selectedValue={view} onTabSelect={(_e, data) => setView(data.value as ViewKey)} aria-label="Views">
          {VIEWS.map((v) => (
            <Tab key={v.key} value={v.key} id={tabId(v.key)} aria-controls={panelId}>
              {v.label}
            </Tab>
          ))}
        </TabList>
        <div className={styles.panel} role="tabpanel" id={panelId} aria-labelledby={tabId(current.key)}>
          <current.View />
        </div>
      </main>
    </FileDrop>
  );
}
