/**
 * The plan's `JMP Log` in the pane: every line the merges of partner packs appended (when, pack
 * partner, table, ID, column, old -> new, applied / refused / conflict, and why a row was refused
 * whole), newest first, read from the workbook again whenever the plan is read again (after a
 * merge, or a co-author's). Amounts show as money in their currency (the pack partner's), as the
 * merge preview shows them, an outcome's Value too when the Metric its line records is Revenue or
 * Pipeline (a count otherwise).
 */
import { useEffect, useMemo, useState } from "react";
import { Text } from "@fluentui/react-components";
import type { Analysis } from "../../engine";
import type { LogLine } from "../../engine/merge";
import { idKey } from "../../model/ids";
import { knownMetrics, LOG_SHEET, logValueWords } from "../../engine/merge";
import { DataTable } from "../components/DataTable";
import type { Column } from "../components/DataTable";
import { NameCell } from "../components/NameCell";
import { usePlanState } from "../session/PlanContext";
import { isMergeable } from "./packTools";
import type { ValueWords } from "../../engine/merge";

/** Most lines shown; the sheet holds them all. */
const SHOWN = 200;

function shown(value: LogLine["old"] | undefined): string {
  return value === null || value === undefined || value === "" ? "(blank)" : String(value);
}

/** The words for a line's values: its amounts in the currency of its pack's partner (of the plan as now read). */
function lineWords(analysis: Analysis | undefined): (line: LogLine) => ValueWords {
  if (!analysis) return () => shown;
  const plan = analysis.plan.settings.currency.code;
  return (line) => {
    const partner = analysis.index.partners.get(idKey(line.partner))?.currency || plan;
    return logValueWords(line, { partner, plan }, shown);
  };
}

function columns(words: (line: LogLine) => ValueWords): Column<LogLine & { key: string }>[] {
  return [
    { key: "when", header: "When", render: (l) => <NameCell name={l.when.slice(0, 16).replace("T", " ")} note={`pack of ${l.partner}`} />, sortValue: (l) => l.when },
    { key: "row", header: "Row", whole: true, render: (l) => <NameCell name={`${l.table} ${l.id}`} note={l.column || "whole row"} />, sortValue: (l) => `${l.table} ${l.id}` },
    { key: "change", header: "Change", render: (l) => `${words(l)(l.old)} -> ${words(l)(l.new)}`, sortValue: (l) => shown(l.new) },
    { key: "result", header: "Result", render: (l) => <NameCell name={l.result} note={l.reason} />, sortValue: (l) => l.result },
  ];
}

/** The merge log part of the Partner workbooks view. */
export function MergeLog() {
  const { workbook, analysis } = usePlanState();
  const [lines, setLines] = useState<readonly LogLine[] | undefined>();
  const logColumns = useMemo(() => columns(lineWords(analysis)), [analysis]);
  useEffect(() => {
    let live = true;
    if (workbook && isMergeable(workbook)) {
      workbook.readMergeLog().then(
        (read) => live && setLines(knownMetrics(read)),
        () => live && setLines([]),
      );
    } else setLines([]);
    return () => {
      live = false;
    };
  }, [workbook, analysis]);
  if (!lines) return <Text>Reading the {LOG_SHEET} sheet…</Text>;
  if (lines.length === 0) return <Text>No pack merged yet: each merge adds a line per change to the {LOG_SHEET} sheet.</Text>;
  const rows = lines
    .map((l, i) => ({ ...l, key: String(i) }))
    .reverse()
    .slice(0, SHOWN);
  return <DataTable label="Merge log" columns={logColumns} rows={rows} rowKey={(l) => l.key} initialSort={{ key: "when", direction: "descending" }} />;
}
