/**
 * Plans for the CLI tests: the clean plan of the shared helpers, and variants with a warning
 * only or with an error.
 */
import type { TableName } from "../../src/model/schema";
import type { RowData } from "../helpers/tables";
import { cleanPlan, d } from "../helpers/tables";

/** A plan as rows per table. */
export type PlanRows = Partial<Record<TableName, RowData[]>>;

/** The clean plan plus a lump-sum allocation: one warning (F04), no error. */
export function warningPlan(): PlanRows {
  const plan = cleanPlan();
  plan.JmpAllocations = [...(plan.JmpAllocations ?? []), { "Allocation ID": "A9", "Partner ID": "P002", Amount: 100 }];
  return plan;
}

/** The clean plan plus a tactic of a partner the Partners table lacks: an error (R01). */
export function errorPlan(): PlanRows {
  const plan = cleanPlan();
  plan.JmpTactics = [
    ...(plan.JmpTactics ?? []),
    { "Tactic ID": "T9", "Partner ID": "P404", "Initiative ID": "I-SEC", "Tactic type": "Event", Start: d("2026-05-01"), End: d("2026-05-02"), "Total cost": 100, "MDF requested": 50, Status: "Approved" },
  ];
  return plan;
}
