/**
 * The actions every view shares: check the plan again, and rebuild the Dashboard and Issues
 * sheets from the latest check (with whether they are up to date).
 */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { holdsNoPlan } from "../engine";
import { usePlanSession, usePlanState } from "./session/PlanContext";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2 },
});

/** Check again and Refresh dashboard sheet. */
export function PlanToolbar() {
  const styles = useStyles();
  const session = usePlanSession();
  const { workbook, analysis, resultsFrom, task } = usePlanState();
  const busy = task !== undefined;
  const current = analysis !== undefined && resultsFrom === analysis;
  // A workbook with no plan has no figures for a Dashboard: nothing to refresh yet.
  const noPlan = analysis !== undefined && holdsNoPlan(analysis);
  return (
    <div className={styles.bar} role="toolbar" aria-label="Plan actions">
      <Button disabled={!workbook || busy} onClick={() => void session.refresh()}>
        Check again
      </Button>
      <Button appearance={noPlan ? "secondary" : "primary"} disabled={!analysis || busy || noPlan} onClick={() => void session.writeResults()}>
        Refresh dashboard sheet
      </Button>
      {analysis && !noPlan && (
        <Text size={200} className={styles.note}>
          {current ? "Dashboard is up to date." : "Dashboard not refreshed since the last check."}
        </Text>
      )}
    </div>
  );
}
