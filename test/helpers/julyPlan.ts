/**
 * A plan whose fiscal year starts in July (FY2028: July 2027 - June 2028, a leap year), with its
 * figures by quarter worked out by hand in test/engine/periods/attribution.test.ts: tactics on
 * the last and first days of a quarter and on the leap day, one before the plan, lump sums with
 * and without Authorized on, open claims 30, 60, 90 and 106 days old at As of, outcomes on a
 * quarter's first and last days and after the plan, and Joint Plan rows per quarter.
 */
import type { RawTable } from "../../src/model/rawTable";
import { settingsWith } from "./findings";
import { d, workbook } from "./tables";

/** Its settings: FY2028, Fiscal year start July, As of 2028-04-30. */
export const JULY_SETTINGS = settingsWith({ "Period start": d("2027-07-01"), "Period end": d("2028-06-30"), "Fiscal year start": "July", "As of": d("2028-04-30") });

const tactic = (id: string, partner: string, start: string, end: string, requested: number) => ({
  "Tactic ID": id, "Partner ID": partner, "Initiative ID": "I1", "Tactic type": "Event", Start: d(start), End: d(end), "Total cost": requested * 2, "MDF requested": requested, Status: "Approved",
});
const claim = (id: string, tacticId: string, amount: number, status: string, submitted?: string, approved?: number) => ({
  "Claim ID": id, "Tactic ID": tacticId, "Amount claimed": amount, "Amount approved": approved, Status: status, "Submitted on": submitted ? d(submitted) : undefined, "Paid on": status === "Paid" ? d("2028-01-05") : undefined,
});

/** Its raw tables (with other settings when given). */
export function julyPlanTables(settings: Record<string, unknown> = JULY_SETTINGS): RawTable[] {
  return workbook(
    {
      JmpPartners: [
        { "Partner ID": "P1", Partner: "Northwind", "MDF budget": 10_000 },
        { "Partner ID": "P2", Partner: "Fabrikam" },
      ],
      JmpInitiatives: [{ "Initiative ID": "I1", Initiative: "Cloud" }],
      JmpJointPlan: [
        { "Partner ID": "P1", "Initiative ID": "I1", "Forecast revenue": 1_000 },
        { "Partner ID": "P1", "Initiative ID": "I1", "Forecast revenue": 300, Period: "FY2028-Q1" },
        { "Partner ID": "P1", "Initiative ID": "I1", "Forecast revenue": 200, Period: "FY2028-Q2" },
        { "Partner ID": "P2", "Initiative ID": "I1", "Forecast revenue": 100, Period: "fy2028-q1" },
      ],
      JmpTactics: [
        tactic("T1", "P1", "2027-09-30", "2027-10-05", 1_000), // last day of Q1
        tactic("T2", "P1", "2027-10-01", "2027-10-10", 500), // first day of Q2
        { ...tactic("T3", "P2", "2028-02-29", "2028-03-01", 400), Status: "Completed" }, // the leap day, Q3
        tactic("T4", "P1", "2027-06-15", "2027-06-20", 50), // before the plan: no quarter
      ],
      JmpAllocations: [
        { "Allocation ID": "A1", "Partner ID": "P1", "Tactic ID": "T1", Amount: 1_000, "Authorized on": d("2028-05-01") },
        { "Allocation ID": "A2", "Partner ID": "P1", "Tactic ID": "T2", Amount: 300 },
        { "Allocation ID": "A3", "Partner ID": "P2", "Tactic ID": "T3", Amount: 400 },
        { "Allocation ID": "A4", "Partner ID": "P1", Amount: 250, "Authorized on": d("2028-04-02") }, // lump sum, Q4
        { "Allocation ID": "A5", "Partner ID": "P1", Amount: 70 }, // lump sum without a date: no quarter
      ],
      JmpClaims: [
        claim("C1", "T1", 900, "Paid", "2027-12-01", 800),
        claim("C5", "T1", 50, "Submitted", "2028-01-31"), // 90 days at As of
        claim("C2", "T2", 500, "Submitted", "2028-01-15"), // 106 days
        claim("C4", "T2", 100, "Submitted", "2028-03-31"), // 30 days
        claim("C3", "T3", 400, "Approved", "2028-03-01"), // 60 days
        claim("C6", "T3", 20, "Submitted"), // no date: pending, no age
      ],
      JmpOutcomes: [
        { "Outcome ID": "O1", "Partner ID": "P1", "Tactic ID": "T1", Metric: "Revenue", Value: 5_000, Date: d("2027-07-01") },
        { "Outcome ID": "O2", "Partner ID": "P1", "Initiative ID": "I1", Metric: "Revenue", Value: 1_000, Date: d("2028-06-30") },
        { "Outcome ID": "O3", "Partner ID": "P2", "Tactic ID": "T3", Metric: "Revenue", Value: 2_000, Date: d("2028-07-01") }, // after the plan
        { "Outcome ID": "O4", "Partner ID": "P1", "Initiative ID": "I1", Metric: "Opportunities", Value: 3, Date: d("2027-12-31") },
      ],
    },
    settings,
  );
}

