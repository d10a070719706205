/**
 * A one-partner, two-initiative plan to which a suite adds the rows it is about, for metric
 * tests that need one effect in isolation.
 */
import type { RawTable } from "../../../src/model/rawTable";
import type { TableName } from "../../../src/model/schema";
import type { RowData } from "../../helpers/tables";
import { d, workbook } from "../../helpers/tables";

/** An approved Event of P1 in I1 with MDF requested 1,000, ended 2026-03-31. */
export function approvedTactic(id: string, extra: RowData = {}): RowData {
  return {
    "Tactic ID": id,
    "Partner ID": "P1",
    "Initiative ID": "I1",
    "Tactic type": "Event",
    Start: d("2026-03-01"),
    End: d("2026-03-31"),
    "Total cost": 4000,
    "MDF requested": 1000,
    Status: "Approved",
    ...extra,
  };
}

/** A claim on a tactic. */
export function claim(id: string, tacticId: string, status: string, claimed: unknown, approved?: unknown): RowData {
  return {
    "Claim ID": id,
    "Tactic ID": tacticId,
    "Amount claimed": claimed,
    "Amount approved": approved,
    "Submitted on": d("2026-04-05"),
    Status: status,
    "Paid on": status === "Paid" ? d("2026-04-20") : undefined,
  };
}

/** Partner P1 (budget 10,000) and P2 (budget 5,000), initiatives I1 and I2, plus the given rows. */
export function onePartnerPlan(rows: Partial<Record<TableName, RowData[]>>): RawTable[] {
  return workbook({
    JmpInitiatives: [
      { "Initiative ID": "I1", Initiative: "Cloud" },
      { "Initiative ID": "I2", Initiative: "Security" },
    ],
    JmpPartners: [
      { "Partner ID": "P1", Partner: "Northwind", "MDF budget": 10000 },
      { "Partner ID": "P2", Partner: "Fabrikam", "MDF budget": 5000 },
    ],
    ...rows,
  });
}
