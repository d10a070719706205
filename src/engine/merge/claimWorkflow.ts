/**
 * The one step of the claim workflow a partner takes through a pack (issue 17): a claim moves
 * from Draft to Submitted. Every other status is the vendor's to set (Approved, Paid, Rejected),
 * so a claim's Status stays a vendor-owned column with this single exception, and a new claim
 * keeps the Draft or Submitted its partner gave it.
 */
import type { ColumnSpec, TableName } from "../../model/schema";
import { canonicalCell } from "./fingerprint";

const DRAFT = "Draft";
const SUBMITTED = "Submitted";

/**
 * What a vendor-owned column holds on a row a partner adds: a status starts as Submitted (the
 * partner proposes, the vendor decides); amounts and dates the vendor sets start blank. A new
 * claim's Status is `newClaimStatus`'s.
 */
export function vendorStartingValue(column: ColumnSpec): unknown {
  return column.type === "enum" && column.values?.includes(SUBMITTED) ? SUBMITTED : null;
}

/** True for the column the workflow governs: a claim's Status. */
export function isClaimStatus(table: TableName, column: ColumnSpec): boolean {
  return table === "JmpClaims" && column.key === "status";
}

function statusOf(value: unknown): string {
  return canonicalCell(value).toLowerCase();
}

/**
 * The Status a claim the pack adds starts with: Draft when the partner left it a Draft,
 * otherwise Submitted (the partner proposes, the vendor decides). `accepted` is false when the
 * pack asked for another status (Approved, Paid, ...): that cell is refused.
 */
export function newClaimStatus(packValue: unknown): { readonly value: string; readonly accepted: boolean } {
  const status = statusOf(packValue);
  if (status === DRAFT.toLowerCase()) return { value: DRAFT, accepted: true };
  return { value: SUBMITTED, accepted: status === "" || status === SUBMITTED.toLowerCase() };
}

/** True when the pack moves a plan claim from Draft to Submitted: the one move a partner may make. */
export function isSubmission(planValue: unknown, packValue: unknown): boolean {
  return statusOf(planValue) === DRAFT.toLowerCase() && statusOf(packValue) === SUBMITTED.toLowerCase();
}

/**
 * True when a vendor-owned cell of a row an earlier merge of this pack added already holds what
 * that merge wrote for the pack's value (a claim's starting status): nothing for the partner to
 * ask again, so nothing to refuse.
 */
export function isStartingValue(table: TableName, column: ColumnSpec, planValue: unknown, packValue: unknown): boolean {
  const wrote = isClaimStatus(table, column) ? newClaimStatus(packValue).value : vendorStartingValue(column);
  return canonicalCell(wrote).toLowerCase() === canonicalCell(planValue).toLowerCase();
}

/**
 * The statuses of a claim the vendor has decided on: its amounts and dates are no longer the
 * partner's to change. A Rejected claim is decided too: a partner's new amount on it would go to
 * no one (its status is not the partner's to move back), so a partner files a new claim instead.
 */
const DECIDED = new Map(["Approved", "Paid", "Rejected"].map((status) => [status.toLowerCase(), status]));

/**
 * The status of a plan claim the vendor has decided (Approved, Paid or Rejected), else undefined:
 * a pack changing such a claim's cells would change money already approved or paid out, or a
 * claim already turned down.
 */
export function decidedClaimStatus(table: TableName, planStatus: unknown): string | undefined {
  return table === "JmpClaims" ? DECIDED.get(statusOf(planStatus)) : undefined;
}
