/**
 * Import: pick a filled pack, see the preview (added, changed, conflicts, refused), Accept to
 * write it into the plan; the plan is then read and checked again, its Dashboard and Issues
 * sheets rebuilt (as `jmp merge` does), and the view says what was applied. At Accept the merge is planned again from the same file, so an edit made since the
 * preview is never overwritten by a stale plan: if the plan changed, the new preview is shown.
 */
import { useState } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { isNoOp, needsAttention } from "../../engine/merge";
import { countFindings } from "../../model/findings";
import type { PreparedMerge } from "../../workbook/packs";
import { readFileBytes } from "../browser/fileIo";
import { XlsxPicker } from "../components/XlsxPicker";
import { plural } from "../format";
import { usePlanSession, usePlanState } from "../session/PlanContext";
import { MergePreview } from "./MergePreview";
import { loadPackModules, previewImport, writeMerge } from "./packTools";

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Pending {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly prepared: PreparedMerge;
}

/** True when accepting writes only lines to the JMP Log (refusals or conflicts, nothing to apply). */
function logsOnly(pending: Pending): boolean {
  return isNoOp(pending.prepared.merge) && needsAttention(pending.prepared.merge);
}

function shown(prepared: PreparedMerge): string {
  const { added, changed, conflicts, refused } = prepared.merge;
  return JSON.stringify({ added, changed, conflicts, refused });
}

/** The import part of the Partner workbooks view. */
export function ImportPack() {
  const styles = useStyles();
  const session = usePlanSession();
  const { workbook, task } = usePlanState();
  const [pending, setPending] = useState<Pending | undefined>();
  const [result, setResult] = useState("");
  if (!workbook) return <Text>Open a workbook first.</Text>;

  const preview = async (file: Blob & { readonly name: string }): Promise<void> => {
    setResult("");
    setPending(undefined);
    const outcome = await session.runTask("merge", `Reading ${file.name}`, async () => {
      const bytes = await readFileBytes(file);
      return { fileName: file.name, bytes, prepared: await previewImport(await loadPackModules(), workbook, bytes, file.name) };
    });
    if (outcome.ok) setPending(outcome.value);
  };

  const accept = async (shownMerge: Pending): Promise<void> => {
    const outcome = await session.runTask("merge", `Importing ${shownMerge.fileName}`, async () => {
      const modules = await loadPackModules();
      const fresh = await previewImport(modules, workbook, shownMerge.bytes, shownMerge.fileName);
      if (shown(fresh) !== shown(shownMerge.prepared)) return { written: false as const, fresh };
      await writeMerge(modules, workbook, fresh);
      return { written: true as const, fresh };
    });
    if (!outcome.ok) return;
    if (!outcome.value.written) {
      setPending({ ...shownMerge, prepared: outcome.value.fresh });
      setResult("The plan changed since the preview; check the new preview and accept again.");
      return;
    }
    setPending(undefined);
    // As `jmp merge` does: checked again, and the Dashboard and Issues rebuilt from that check.
    await session.changedWithResults();
    const { merge } = outcome.value.fresh;
    const cells = merge.changed.reduce((n, c) => n + c.columns.length, 0);
    const { analysis, resultsFrom } = session.getState();
    const counts = analysis ? countFindings(analysis.findings) : undefined;
    const refreshed = analysis !== undefined && resultsFrom === analysis ? " Dashboard and Issues sheets refreshed." : "";
    const checked = counts ? ` Plan checked: ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}.${refreshed}` : "";
    const listed = merge.conflicts.length + merge.refused.length;
    setResult(
      `${shownMerge.fileName} imported: ${plural(merge.added.length, "row")} added, ${plural(cells, "cell")} changed in ${plural(merge.changed.length, "row")}.${listed > 0 ? ` ${plural(listed, "listed entry", "listed entries")} not applied.` : ""}${checked}`,
    );
  };

  const busy = task !== undefined;
  return (
    <div className={styles.part}>
      <XlsxPicker disabled={busy} inputLabel="Choose a filled partner pack" onPick={(file) => void preview(file)}>
        Choose a filled pack…
      </XlsxPicker>
      {result && (
        <MessageBar intent={pending ? "warning" : "success"} layout="multiline">
          <MessageBarBody>{result}</MessageBarBody>
        </MessageBar>
      )}
      {pending && (
        <>
          <MergePreview
            fileName={pending.fileName}
            merge={pending.prepared.merge}
            provenance={pending.prepared.provenance}
            planConvention={pending.prepared.planConvention}
            currencies={{ partner: pending.prepared.partnerCurrency, plan: pending.prepared.currency }}
          />
          {isNoOp(pending.prepared.merge) && <Text>Nothing to apply: the pack holds no change the plan can take{logsOnly(pending) ? "; Accept logs what is refused or in conflict" : ""}.</Text>}
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={busy || (isNoOp(pending.prepared.merge) && !logsOnly(pending))} onClick={() => void accept(pending)}>
              Accept and write
            </Button>
            <Button disabled={busy} onClick={() => setPending(undefined)}>
              Cancel
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
