/**
 * A small USD plan with a partner working in EUR (P001) and one in the plan currency (P002),
 * and EUR rates that change inside the period: 1.08 from 2026-01-01, 1.10 from 2026-07-01.
 */
import type { RowData } from "../../helpers/tables";
import { cleanPlan, d } from "../../helpers/tables";
import type { TableName } from "../../../src/model/schema";

/** The EUR rates of the plan. */
export const EUR_RATES: RowData[] = [
  { Currency: "EUR", Rate: 1.08, "Valid from": d("2026-01-01") },
  { Currency: "EUR", Rate: 1.1, "Valid from": d("2026-07-01") },
];

/** The clean plan with P001 in EUR, the EUR rates, and the given allocations in place of its own. */
export function eurPlan(allocations?: RowData[]): Partial<Record<TableName, RowData[]>> {
  const plan = cleanPlan();
  plan.JmpPartners = plan.JmpPartners!.map((p) => (p["Partner ID"] === "P001" ? { ...p, Currency: "EUR" } : p));
  plan.JmpRates = EUR_RATES;
  if (allocations) plan.JmpAllocations = allocations;
  return plan;
}

/** An allocation of P001 tied to no tactic (a lump sum). */
export function lumpSum(id: string, amount: unknown, on: unknown, partner = "P001"): RowData {
  return { "Allocation ID": id, "Partner ID": partner, Amount: amount, "Authorized on": on };
}

/**
 * `eurPlan(allocations)` with P001 working in `code` instead of EUR, and `rates` in place of the
 * EUR rates (none: the Rates table has no rate for `code`, V10).
 */
export function planWithP001In(code: string, rates: RowData[] = [], allocations?: RowData[]): Partial<Record<TableName, RowData[]>> {
  const plan = eurPlan(allocations);
  plan.JmpPartners = plan.JmpPartners!.map((p) => (p["Partner ID"] === "P001" ? { ...p, Currency: code } : p));
  plan.JmpRates = rates;
  return plan;
}
