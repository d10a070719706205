/**
 * Export: pick a partner, and the pack of that partner is built from the plan's tables and
 * offered as a download (in Excel and in browser mode alike).
 */
import { useId, useState } from "react";
import { Button, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { XLSX_TYPE } from "../browser/fileIo";
import { plural } from "../format";
import { usePlanSession, usePlanState } from "../session/PlanContext";
import { usePackSaver } from "./PackSaver";
import { exportPack, loadPackModules } from "./packTools";

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

/** The export part of the Partner workbooks view. */
export function ExportPack() {
  const styles = useStyles();
  const session = usePlanSession();
  const save = usePackSaver();
  const { workbook, analysis, fileName, task } = usePlanState();
  const partners = analysis?.plan.partners ?? [];
  const [picked, setPicked] = useState("");
  const [done, setDone] = useState("");
  const selectId = useId();
  const partnerId = picked || partners[0]?.id.text || "";
  if (!workbook || partners.length === 0) return <Text>The plan has no partners yet: add them to the Partners table first.</Text>;
  const exportIt = async (): Promise<void> => {
    setDone("");
    const outcome = await session.runTask("pack", `Building the pack for ${partnerId}`, async () => exportPack(await loadPackModules(), workbook, partnerId, fileName ?? ""));
    if (!outcome.ok) return;
    const { bytes, fileName: packName, selection } = outcome.value;
    save(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), packName);
    const n = (table: Parameters<typeof selection.tables.get>[0]): number => selection.tables.get(table)?.length ?? 0;
    setDone(`${packName} downloaded: ${plural(n("JmpJointPlan"), "Joint Plan row")}, ${plural(n("JmpTactics"), "tactic")}, ${plural(n("JmpClaims"), "claim")}, ${plural(n("JmpOutcomes"), "outcome")}.`);
  };
  return (
    <div className={styles.part}>
      <Field label="Partner">
        <Select id={selectId} value={partnerId} onChange={(_e, data) => setPicked(data.value)}>
          {partners.map((p) => (
            <option key={p.id.key} value={p.id.text}>
              {p.name ? `${p.id.text} · ${p.name}` : p.id.text}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={task !== undefined} onClick={() => void exportIt()}>
        Export pack
      </Button>
      {done && <Text role="status">{done}</Text>}
    </div>
  );
}
