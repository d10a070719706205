/**
 * A merge plan as the rows the pane lists: one line per added, changed, conflicting or refused
 * entry, each with its table, ID and what it says, in the words `jmp merge` prints. Where `jmp
 * merge` names a whole row's place in the pack after its ID, the pane gives it under the ID; its
 * amounts show as money in their currency, as the rest of the pane shows them ($13,750.00, not
 * 13750), when the currencies are given.
 */
import { cellWords, columnWords, isCellRefusal, refusedWords, textWriteWords, textWrites } from "../../engine/merge";
import type { NumberConvention } from "../../model/numberFormat";
import type { ChangedEntry, ConflictEntry, MergePlan, ShownValue } from "../../engine/merge";
import { tableSpec } from "../../model/schema";
import { packValueWords } from "../../engine/merge";
import type { PackCurrencies, ValueWords } from "../../engine/merge";

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

/** How the preview words a merge's values. */
export interface PreviewOptions {
  /** How the plan reads text (its Number format), for the amounts kept as text naming a currency. */
  readonly planConvention?: NumberConvention;
  /** The currencies of the pack's amounts: without them, amounts show as plain numbers. */
  readonly currencies?: PackCurrencies;
}

/**
 * The words for the values of `table`'s column `header` (money in its currency where the options
 * give one); `cells` are the row's cells that decide it (an outcome's Metric), by header.
 */
function wordsFor(options: PreviewOptions, table: string, header: string, cells?: Readonly<Record<string, unknown>>): ValueWords {
  return options.currencies ? packValueWords(table, header, options.currencies, shownText, cells) : shownText;
}

function cellsText(entry: ChangedEntry | ConflictEntry, options: PreviewOptions): string {
  return entry.columns.map((c) => `${columnWords(c)}: ${cellWords(c, wordsFor(options, entry.table, c.column, entry.deciding), "→")}`).join("; ");
}

function label(table: string): string {
  return tableSpec(table)?.label ?? table;
}

function addedDetail(table: string, values: Readonly<Record<string, ShownValue>>, options: PreviewOptions): string {
  const filled = Object.entries(values).filter(([, v]) => v !== null && v !== "");
  return `New row: ${filled.map(([header, v]) => `${header} ${wordsFor(options, table, header, values)(v)}`).join("; ") || "(no values)"}`;
}

/** The rows of one part of the preview. */
export function previewRows(merge: MergePlan, kind: PreviewKind, options: PreviewOptions = {}): PreviewRow[] {
  switch (kind) {
    case "added":
      return merge.added.map((a, i) => ({ key: `a${i}`, table: label(a.table), id: a.id, detail: addedDetail(a.table, a.values, options) }));
    case "changed":
      return merge.changed.map((c, i) => ({ key: `c${i}`, table: label(c.table), id: c.id, detail: cellsText(c, options) }));
    case "conflicts":
      return merge.conflicts.map((c, i) => ({
        key: `x${i}`,
        table: label(c.table),
        id: c.id,
        ...(c.columns.length > 0 || c.packRef === undefined ? {} : { place: c.packRef }),
        detail: c.columns.length > 0 ? `${c.reason}: ${cellsText(c, options)}` : c.reason,
      }));
    case "refused":
      return merge.refused.map((r, i) => ({
        key: `r${i}`,
        table: label(r.table),
        id: r.id,
        ...(isCellRefusal(r) || r.packRef === undefined ? {} : { place: r.packRef }),
        detail: refusedWords(r, r.column === undefined ? shownText : wordsFor(options, r.table, r.column, r.deciding)),
      }));
    case "text":
      // Written as typed; the check then reports each at its cell.
      return textWrites(merge, options.planConvention).map((t, i) => ({ key: `t${i}`, table: label(t.table), id: t.id, detail: `${t.column}: ${shownText(t.text)} ${textWriteWords(t)}; the check will report it` }));
  }
}
