/**
 * Browser mode's file controls: open an .xlsx (a picker; dropping a file on the pane works too),
 * start from the sample or an empty template, and download the workbook under its name. Files
 * stay on the user's machine.
 */
import { useRef } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useServices, usePlanState } from "../session/PlanContext";
import { XLSX_TYPE } from "./fileIo";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  name: { overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground2 },
});

/** The file controls. Renders nothing outside browser mode. */
export function FileBar() {
  const styles = useStyles();
  const { files } = useServices();
  const { workbook, fileName, unsaved, task } = usePlanState();
  const input = useRef<HTMLInputElement>(null);
  if (!files) return null;
  const busy = task !== undefined;
  return (
    <div className={styles.bar} role="group" aria-label="Workbook file">
      <Text weight="semibold" className={styles.name}>
        {fileName ? `${fileName}${unsaved ? " (changed, not downloaded)" : ""}` : "No workbook open"}
      </Text>
      <div className={styles.buttons}>
        <Button appearance={workbook ? "secondary" : "primary"} disabled={busy} onClick={() => input.current?.click()}>
          Open .xlsx
        </Button>
        <input
          ref={input}
          type="file"
          accept={`.xlsx,${XLSX_TYPE}`}
          aria-label="Open an .xlsx workbook"
          tabIndex={-1}
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so picking the same file again still opens it.
            event.currentTarget.value = "";
            if (file) void files.open(file);
          }}
        />
        <Button disabled={busy} onClick={() => void files.loadSample()}>
          Load sample
        </Button>
        <Button disabled={busy} onClick={() => void files.newPlan()}>
          New plan
        </Button>
        <Button appearance={workbook ? "primary" : "secondary"} disabled={!workbook || busy} onClick={() => void files.download()}>
          Download
        </Button>
      </div>
      <Text size={200} className={styles.note}>
        Or drop an .xlsx file here. Files stay on this computer; nothing is uploaded.
      </Text>
    </div>
  );
}
