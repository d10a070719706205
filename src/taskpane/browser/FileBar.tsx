/**
 * Browser mode's file controls, in one row so the pane's content starts near the top at 350 px:
 * the workbook's name, Open and Download, and a menu to start from the sample or an empty
 * template. Dropping a file on the pane opens it too. Files stay on the user's machine.
 */
import { useEffect } from "react";
import { Button, makeStyles, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, tokens, Tooltip } from "@fluentui/react-components";
import { useServices, usePlanState } from "../session/PlanContext";
import { XlsxPicker } from "../components/XlsxPicker";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  // The name gives way to the buttons: cut with an ellipsis, whole in its tooltip.
  name: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  button: { flexShrink: 0, minWidth: "auto" },
  note: { color: tokens.colorNeutralForeground2 },
});

/** The file controls. Renders nothing outside browser mode. */
export function FileBar() {
  const styles = useStyles();
  const { files } = useServices();
  const { workbook, fileName, unsaved, task } = usePlanState();
  const guard = files !== undefined && unsaved;
  // Closing or reloading the page would lose changes not downloaded: the browser asks first.
  useEffect(() => {
    if (!guard) return undefined;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers (Safari before 17) ask only when a return value is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [guard]);
  if (!files) return null;
  const busy = task !== undefined;
  const name = fileName ?? "No workbook open";
  return (
    <div className={styles.bar} role="group" aria-label="Workbook file">
      <div className={styles.row}>
        <Tooltip content={name} relationship="description">
          <Text weight="semibold" className={styles.name}>
            {name}
          </Text>
        </Tooltip>
        <XlsxPicker size="small" className={styles.button} appearance={workbook ? "secondary" : "primary"} disabled={busy} inputLabel="Open an .xlsx workbook" onPick={(file) => void files.open(file)}>
          Open .xlsx
        </XlsxPicker>
        <Button size="small" className={styles.button} appearance={workbook ? "primary" : "secondary"} disabled={!workbook || busy} onClick={() => void files.download()}>
          Download
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button size="small" className={styles.button} disabled={busy} aria-label="More file actions">
              …
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => void files.loadSample()}>Load sample</MenuItem>
              <MenuItem onClick={() => void files.newPlan()}>New plan</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      {workbook && unsaved && (
        // On a line of its own, so the narrow pane never cuts it off with the name.
        <Text size={200} weight="semibold">
          Changed, not downloaded
        </Text>
      )}
      {!workbook && (
        <Text size={200} className={styles.note}>
          Open or drop an .xlsx file, or start from the sample (…). Files stay on this computer; nothing is uploaded.
        </Text>
      )}
    </div>
  );
}
