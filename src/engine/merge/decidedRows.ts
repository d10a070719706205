/**
 * Rows the vendor has decided, whose cells a pack may no longer change even in the partner's
 * own columns:
 * - a claim Approved, Paid or Rejected (see claimWorkflow.ts): every cell, so Spend and Paid never
 *   move after the fact and a turned-down claim is not quietly amended;
 * - a tactic Approved or Completed: the scope the vendor approved — its initiative, type, dates,
 *   total cost and MDF requested. A partner raising an approved request, or moving its dates
 *   out of the claim window, would change what was approved without the vendor seeing it; PRM
 *   tools lock an approved fund request the same way. The description and the expected pipeline
 *   and revenue stay the partner's to refine.
 * The pack shows these cells locked, and the merge refuses a change to them.
 */
import type { ColumnSpec, TableName } from "../../model/schema";
import { decidedClaimStatus } from "./claimWorkflow";
import { canonicalCell } from "./fingerprint";
import { REASONS } from "./reasons";

/** Tactic statuses that mean the vendor approved the tactic, by their lower-case form. */
const APPROVED_TACTIC = new Map(["Approved", "Completed"].map((status) => [status.toLowerCase(), status]));

/** The columns of a tactic its approval covers. */
const APPROVED_SCOPE: ReadonlySet<string> = new Set(["initiativeId", "tacticType", "start", "end", "totalCost", "mdfRequested"]);

/**
 * Why a pack may not change `column` of a plan row whose Status is `planStatus`, or undefined
 * when the row's state leaves the cell to the partner. Only partner-owned columns are asked:
 * vendor-owned ones are refused whatever the row's state.
 */
export function decidedCellReason(table: TableName, column: ColumnSpec, planStatus: unknown): string | undefined {
  const claim = decidedClaimStatus(table, planStatus);
  if (claim !== undefined) return REASONS.decidedClaim(claim);
  if (table !== "JmpTactics" || !APPROVED_SCOPE.has(column.key)) return undefined;
  const tactic = APPROVED_TACTIC.get(canonicalCell(planStatus).toLowerCase());
  return tactic === undefined ? undefined : REASONS.approvedTactic(tactic, column.header);
}
