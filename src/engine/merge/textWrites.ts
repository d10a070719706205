/**
 * The cells a merge writes as text into a column that holds numbers or dates: a partner typed
 * "1.234,56" that their pack's number format could not read. Written as the partner typed it
 * (text is never guessed into a number), it is what the check then reports (V02, V03); the
 * preview lists it first, so the vendor sees it before accepting.
 */
import { formatKind, requireTableSpec } from "../../model/schema";
import type { TableName } from "../../model/schema";
import type { MergePlan } from "./mergeTypes";

/** One cell written as text where the plan expects a number or a date. */
export interface TextWrite {
  readonly table: TableName;
  /** The row's ID ("" for none). */
  readonly id: string;
  /** The column's header. */
  readonly column: string;
  readonly text: string;
  /** What the column expects. */
  readonly expected: "number" | "date";
}

function textWrite(table: TableName, id: string, key: string, value: unknown): TextWrite | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const column = requireTableSpec(table).columns.find((c) => c.key === key);
  const kind = column ? formatKind(column.type) : "text";
  if (!column || kind === "text") return undefined;
  return { table, id, column: column.header, text: value, expected: kind === "date" ? "date" : "number" };
}

/** The cells `merge` writes as text into number and date columns, changed rows first, then added rows. */
export function textWrites(merge: MergePlan): TextWrite[] {
  const idAt = new Map(merge.changed.map((c) => [`${c.table}\u0000${c.planRow}`, c.id]));
  const changed = merge.cellWrites.flatMap((w) => textWrite(w.table, idAt.get(`${w.table}\u0000${w.row}`) ?? "", w.column, w.value) ?? []);
  // Rows are appended in the order they were added (one append per added row).
  const added = merge.rowAppends.flatMap((a, i) => [...a.cells].flatMap(([key, value]) => textWrite(a.table, merge.added[i]?.id ?? "", key, value) ?? []));
  return [...changed, ...added];
}
