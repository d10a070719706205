/**
 * Which cells of a plan row hold an amount of money, as the engine reads them: a money column,
 * or an outcome's Value when its Metric is Revenue or Pipeline (the other metrics are counts).
 * The row form, the merge preview and `jmp merge` show such cells as money in their currency.
 */
import type { ColumnSpec, TableName } from "../../model/schema";
import { foldEnumText } from "./cellVocabulary";

const MONEY_METRICS = new Set(["revenue", "pipeline"]);

/**
 * The columns (by key) of `table` whose values decide whether another cell of the row holds
 * money: an outcome's Metric. Whoever words a row's amounts without the whole row needs these.
 */
export function amountDeciders(table: TableName): readonly string[] {
  return table === "JmpOutcomes" ? ["metric"] : [];
}

/** True when whether `column` of `table` holds money depends on the row's `amountDeciders`: an outcome's Value. */
export function decidedAmount(table: TableName, column: ColumnSpec | undefined): boolean {
  return table === "JmpOutcomes" && column?.key === "value";
}

/** True when `column` of a row of `table` holds money; `cell` reads the row's other cells by column key. */
export function holdsAmount(table: TableName, column: ColumnSpec | undefined, cell: (key: string) => unknown): boolean {
  if (column?.type === "money") return true;
  return decidedAmount(table, column) && MONEY_METRICS.has(foldEnumText(String(cell("metric") ?? "")));
}
