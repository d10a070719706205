/**
 * The amounts and counts an import writes, read back from its plan rows by the tracker row they
 * came from: what the reconciliation holds against the tracker's totals row, so a tracker cell
 * that went nowhere shows as a difference instead of passing as "matches".
 */
import type { TableName } from "../../../model/schema";
import { unitsToCents } from "../../../model/money";
import type { TrackerField } from "./fields";
import { fieldKind, RESULT_FIELDS } from "./fields";
import type { ResultField } from "./fields";
import type { ImportRow } from "./importTypes";

/** The plan cell each totalled field is written to (outcomes also by their metric). */
const WRITTEN_AT: Partial<Record<TrackerField, { readonly table: TableName; readonly key: string }>> = {
  totalCost: { table: "JmpTactics", key: "totalCost" },
  requested: { table: "JmpTactics", key: "mdfRequested" },
  authorized: { table: "JmpAllocations", key: "amount" },
  claimed: { table: "JmpClaims", key: "amountClaimed" },
  claimApproved: { table: "JmpClaims", key: "amountApproved" },
  revenue: { table: "JmpOutcomes", key: "value" },
  pipeline: { table: "JmpOutcomes", key: "value" },
  opportunities: { table: "JmpOutcomes", key: "value" },
  leads: { table: "JmpOutcomes", key: "value" },
  deals: { table: "JmpOutcomes", key: "value" },
};

/**
 * The numbers written for `field`, summed per tracker (sheet) row: cents for money, counts as
 * they are. A cell copied as text (unreadable) adds nothing.
 */
export function writtenValues(rows: readonly ImportRow[], field: TrackerField): Map<number, number> {
  const at = WRITTEN_AT[field];
  const out = new Map<number, number>();
  if (!at) return out;
  const metric = field in RESULT_FIELDS ? RESULT_FIELDS[field as ResultField] : undefined;
  for (const row of rows) {
    if (row.table !== at.table || row.sourceRow === undefined) continue;
    if (metric !== undefined && row.cells.get("metric") !== metric) continue;
    const value = row.cells.get(at.key);
    if (typeof value !== "number") continue;
    const number = fieldKind(field) === "money" ? unitsToCents(value) : value;
    out.set(row.sourceRow, (out.get(row.sourceRow) ?? 0) + number);
  }
  return out;
}
