/**
 * The cells a merge writes as text into a column that holds numbers or dates: a partner typed
 * "1.234,56" that their pack's number format could not read. Written as the partner typed it
 * (text is never guessed into a number), it is what the check then reports (V02, V03); the
 * preview lists it first, so the vendor sees it before accepting. An amount naming another
 * currency ("EUR 45678.90" on a dollar partner's row) is text too, written so that the plan reads
 * it as that currency's amount (V12, or V10 where the plan has no rate for it): it is listed with
 * its currency, not as "not a number".
 */
import { formatKind, requireTableSpec } from "../../model/schema";
import type { TableName } from "../../model/schema";
import type { MergePlan } from "./mergeTypes";
import { DEFAULT_CONVENTION } from "../../model/numberFormat";
import type { NumberConvention } from "../../model/numberFormat";
import { parseNumericText } from "../read/numericText";

/** The currency mark of an amount naming its currency that the plan reads in its writing (the merge writes it so); else undefined. */
function namedCurrency(text: string, plan: NumberConvention): string | undefined {
  return parseNumericText(text, plan)?.currencyMark || undefined;
}

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
  /** Set when the text is an amount naming this currency (a code or symbol): the plan reads it in that currency. */
  readonly currency?: string;
}

function textWrite(table: TableName, id: string, key: string, value: unknown, plan: NumberConvention): TextWrite | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const column = requireTableSpec(table).columns.find((c) => c.key === key);
  const kind = column ? formatKind(column.type) : "text";
  if (!column || kind === "text") return undefined;
  if (kind === "date") return { table, id, column: column.header, text: value, expected: "date" };
  const currency = namedCurrency(value, plan);
  return { table, id, column: column.header, text: value, expected: "number", ...(currency === undefined ? {} : { currency }) };
}

/** What a preview says of a text write: "is not a number", or what currency the amount names. */
export function textWriteWords(t: TextWrite): string {
  return t.currency === undefined ? `is not a ${t.expected}` : `is an amount in ${t.currency}, kept as text naming it`;
}

/**
 * The cells `merge` writes as text into number and date columns, changed rows first, then added
 * rows. `plan`: the plan's number convention, in which it reads the amounts that name a currency.
 */
export function textWrites(merge: MergePlan, plan: NumberConvention = DEFAULT_CONVENTION): TextWrite[] {
  const idAt = new Map(merge.changed.map((c) => [`${c.table}\u0000${c.planRow}`, c.id]));
  const changed = merge.cellWrites.flatMap((w) => textWrite(w.table, idAt.get(`${w.table}\u0000${w.row}`) ?? "", w.column, w.value, plan) ?? []);
  // Rows are appended in the order they were added (one append per added row).
  const added = merge.rowAppends.flatMap((a, i) => [...a.cells].flatMap(([key, value]) => textWrite(a.table, merge.added[i]?.id ?? "", key, value, plan) ?? []));
  return [...changed, ...added];
}
