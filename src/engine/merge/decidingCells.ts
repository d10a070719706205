/**
 * The cells a merge entry of an existing row carries so that its values can be worded without the
 * whole row: an outcome's changed Value is money for Revenue and Pipeline and a count otherwise,
 * and the change itself names only the cells that differ.
 */
import type { TableSpec } from "../../model/schema";
import { amountDeciders } from "../read/moneyCells";
import { shownValue } from "./fingerprint";
import type { ShownValue } from "./fingerprint";
import type { KeyedRow } from "./keyedRows";
import type { DecidingCells } from "./mergeTypes";

/**
 * The deciding cells of plan row `plan` of `spec`, `changes` being the cells the pack changes (by
 * column key): the pack's value where it changes one, as the row reads once merged, else the
 * plan's. Spread into an entry: nothing for the tables whose values no other cell decides.
 */
export function decidingCells(spec: TableSpec, plan: KeyedRow, changes: readonly { readonly key: string; readonly pack: ShownValue }[]): { deciding?: DecidingCells } {
  const keys = amountDeciders(spec.name);
  if (keys.length === 0) return {};
  const deciding: Record<string, ShownValue> = {};
  for (const key of keys) {
    const column = spec.columns.find((c) => c.key === key);
    if (!column) continue;
    const changed = changes.find((c) => c.key === key);
    deciding[column.header] = changed ? changed.pack : shownValue(plan.cells.get(key));
  }
  return { deciding };
}
