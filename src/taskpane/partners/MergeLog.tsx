/**
 * The plan's `JMP Log` in the pane: every line the merges of partner packs appended (when, pack
 * partner, table, ID, column, old -> new, applied / refused / conflict, and why a row was refused
 * whole), newest first, read from the workbook again whenever the plan is read again (after a
 * merge, or a co-author's).
 */
import { useEffect, useState } from "react";
import { Text } from "@fluentui/react-components";
import type { LogLine } from "../../engine/merge";
import { LOG_SHEET } from "../../engine/merge";
import { DataTable } from "../components/DataTable";
import type { Column } from "../components/DataTable";
import { NameCell } from "../components/NameCell";
import { usePlanState } from "../session/PlanContext";
import { isMergeable } from "./packTools";

/** Most lines shown; the sheet holds them all. */
const SHOWN = 200;

function shown(value: LogLine["old"]): string {
  return value === null || value === "" ? "(blank)" : String(value);
}

const COLUMNS: Column<LogLine & { key: string }>[] = [
  { key: "when", header: "When", render: (l) => <NameCell name={l.when.slice(0, 16).replace("T", " ")} note={`pack of ${l.partner}`} />, sortValue: (l) => l.when },
  { key: "row", header: "Row", whole: true, render: (l) => <NameCell name={`${l.table} ${l.id}`} note={l.column || "whole row"} />, sortValue: (l) => `${l.table} ${l.id}` },
  { key: "change", header: "Change", render: (l) => `${shown(l.old)} -> ${shown(l.new)}`, sortValue: (l) => shown(l.new) },
  { key: "result", header: "Result", render: (l) => <NameCell name={l.result} note={l.reason} />, sortValue: (l) => l.result },
];

/** The merge log part of the Partner workbooks view. */
export function MergeLog() {
  const { workbook, analysis } = usePlanState();
  const [lines, setLines] = useState<readonly LogLine[] | undefined>();
  useEffect(() => {
    let live = true;
    if (workbook && isMergeable(workbook)) {
      workbook.readMergeLog().then(
        (read) => live && setLines(read),
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
  return <DataTable label="Merge log" columns={COLUMNS} rows={rows} rowKey={(l) => l.key} initialSort={{ key: "when", direction: "descending" }} />;
}
