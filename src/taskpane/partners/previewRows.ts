/**
 * A merge plan as the rows the pane lists: one line per added, changed, conflicting or refused
 * entry, each with its table, ID and what it says, in the words `jmp merge` prints. Where `jmp
 * merge` names a whole row's place in the pack after its ID, the pane gives it under the ID.
 */
import { cellWords, columnWords, isCellRefusal, refusedWords, textWriteWords, textWrites } from "../../engine/merge";
import type { NumberConvention } from "../../model/numberFormat";
import type { CellDiff, ConflictCell, MergePlan, ShownValue } from "../../engine/merge";
import { tableSpec } from "../../model/schema";

/** The parts of a preview, in the order shown. */
export const PREVIEW_KINDS = [
  { key: "added", label: "Added" },
  { key: "changed", label: "Changed" },
  { key: "conflicts", label: "Conflicts (not applied)" },
  { key: "refused", label: "Refused" },
  { key: "text", label: "Text where a number or date is expected" },
] as const;

/** A part's key. */
export type PreviewKind = (typeof PREVIEW_KINDS)[number]["key"];

/** One listed entry. */
export interface PreviewRow {
  readonly key: string;
  readonly table: string;
  readonly id: string;
  /** Where a whole row (or a column's header) is in the pack (`Tactics!A12:L12`): a refusal or conflict not of single cells. */
  readonly place?: string;
  readonly detail: string;
}

/** A value as the preview shows it: text quoted, blank named. */
export function shownText(value: ShownValue | undefined): string {
  return value === null || value === undefined || value === "" ? "(blank)" : typeof value === "string" ? `"${value}"` : String(value);
}

function cellsText(columns: readonly (CellDiff | ConflictCell)[]): string {
  return columns
    .map((c) => `${columnWords(c)}: ${cellWords(c, shownText, "→")}`)
    .join("; ");
}

function label(table: string): string {
  return tableSpec(table)?.label ?? table;
}

function addedDetail(values: Readonly<Record<string, ShownValue>>): string {
  const filled = Object.entries(values).filter(([, v]) => v !== null && v !== "");
  return `New row: ${filled.map(([header, v]) => `${header} ${shownText(v)}`).join("; ") || "(no values)"}`;
}

/** The rows of one part of the preview. */
export function previewRows(merge: MergePlan, kind: PreviewKind, planConvention?: NumberConvention): PreviewRow[] {
  switch (kind) {
    case "added":
      return merge.added.map((a, i) => ({ key: `a${i}`, table: label(a.table), id: a.id, detail: addedDetail(a.values) }));
    case "changed":
      return merge.changed.map((c, i) => ({ key: `c${i}`, table: label(c.table), id: c.id, detail: cellsText(c.columns) }));
    case "conflicts":
      return merge.conflicts.map((c, i) => ({
        key: `x${i}`,
        table: label(c.table),
        id: c.id,
        ...(c.columns.length > 0 || c.packRef === undefined ? {} : { place: c.packRef }),
        detail: c.columns.length > 0 ? `${c.reason}: ${cellsText(c.columns)}` : c.reason,
      }));
    case "refused":
      return merge.refused.map((r, i) => ({
        key: `r${i}`,
        table: label(r.table),
        id: r.id,
        ...(isCellRefusal(r) || r.packRef === undefined ? {} : { place: r.packRef }),
        detail: refusedWords(r, shownText),
      }));
    case "text":
      // Written as typed; the check then reports each at its cell.
      return textWrites(merge, planConvention).map((t, i) => ({ key: `t${i}`, table: label(t.table), id: t.id, detail: `${t.column}: ${shownText(t.text)} ${textWriteWords(t)}; the check will report it` }));
  }
}
