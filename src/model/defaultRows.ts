/**
 * The rows a table holds when the template creates it, besides Settings (whose rows are the
 * settings with their defaults): the Tactic Types table starts with the default tactic types,
 * each active (template version 2). Rows are keyed by header text, as the sample plan's are.
 */
import { requireTableSpec, TACTIC_TYPE_DESCRIPTIONS, TACTIC_TYPES } from "./schema";
import type { TableName } from "./schema";

/** One row of a table: header text -> value. */
export type DefaultRow = Readonly<Record<string, string>>;

function header(table: TableName, key: string): string {
  const column = requireTableSpec(table).columns.find((c) => c.key === key);
  if (!column) throw new Error(`No column ${key} in ${table}`);
  return column.header;
}

/** The default tactic types as rows of the Tactic Types table. */
export const DEFAULT_TACTIC_TYPE_ROWS: readonly DefaultRow[] = Object.freeze(
  TACTIC_TYPES.map((type) =>
    Object.freeze({
      [header("JmpTacticTypes", "tacticType")]: type,
      [header("JmpTacticTypes", "description")]: TACTIC_TYPE_DESCRIPTIONS[type],
      [header("JmpTacticTypes", "active")]: "Yes",
    }),
  ),
);

/** The rows a new table of `table` starts with (none for the tables the user fills). */
export function defaultRowsOf(table: TableName): readonly DefaultRow[] {
  return table === "JmpTacticTypes" ? DEFAULT_TACTIC_TYPE_ROWS : [];
}
