/**
 * The plan every hand-computed metric test reads, and a builder for expected figures.
 *
 * Three partners (P1 busy, P2 moderate, P3 idle), three initiatives (I-C has no activity), one
 * partner ID that is not in the Partners table (PX), and rows chosen so that every rule of
 * SPEC section 4 matters: statuses that do and do not count, over- and under-funding, a lump sum,
 * claims with and without Amount approved, outcomes with given, inherited and no initiative.
 * The expected values in the suites are worked out by hand from the comments below.
 */
import type { Figures } from "../../../src/engine/figures/figures";
import type { RowData } from "../../helpers/tables";
import { d, PLAN_SETTINGS, workbook } from "../../helpers/tables";
import type { RawTable } from "../../../src/model/rawTable";
import type { TableName } from "../../../src/model/schema";

/** The rows of the metric plan by table. As of 2026-11-30, claim window 45 days (PLAN_SETTINGS). */
export function metricRows(): Partial<Record<TableName, RowData[]>> {
  return {
    JmpInitiatives: [
      { "Initiative ID": "I-A", Initiative: "Cloud" },
      { "Initiative ID": "I-B", Initiative: "Security" },
      { "Initiative ID": "I-C", Initiative: "Data" },
    ],
    JmpPartners: [
      { "Partner ID": "P1", Partner: "Northwind", "MDF budget": 10000 },
      { "Partner ID": "P2", Partner: "Fabrikam", "MDF budget": 5000.5 },
      { "Partner ID": "P3", Partner: "Litware", "MDF budget": 0 },
    ],
    JmpJointPlan: [
      { "Partner ID": "P1", "Initiative ID": "I-A", "Forecast revenue": 20000 },
      { "Partner ID": "P1", "Initiative ID": "I-B", "Forecast revenue": 5000 },
      { "Partner ID": "P2", "Initiative ID": "I-B", "Forecast revenue": 8000.25 },
      // No forecast given: the pair exists, its forecast is 0.
      { "Partner ID": "P3", "Initiative ID": "I-C" },
      // Unknown partner: counts nowhere.
      { "Partner ID": "PX", "Initiative ID": "I-A", "Forecast revenue": 123 },
    ],
    JmpTactics: [
      tactic("T1", "P1", "I-A", "Event", "Approved", 2000, "2026-03-10"),
      tactic("T2", "P1", "I-A", "Webinar", "Completed", 1000, "2026-05-31"),
      // Ends 2026-11-20: its claim is due 2027-01-04, not overdue on 2026-11-30.
      tactic("T3", "P1", "I-B", "Webinar", "Approved", 1500, "2026-11-20"),
      tactic("T4", "P1", "I-B", "Event", "Draft", 700, "2026-06-30"),
      tactic("T5", "P2", "I-B", "Email campaign", "Approved", 3000, "2026-06-30"),
      tactic("T6", "P2", "I-A", "Event", "Rejected", 400, "2026-06-30"),
      // Approved, never funded or claimed, ended long ago: overdue.
      tactic("T7", "P1", "I-A", "Training", "Approved", 800, "2026-01-31"),
      tactic("T8", "P2", "I-A", "Advertising", "Cancelled", 300, "2026-06-30"),
      tactic("T9", "P2", "I-B", "Telemarketing", "Submitted", 250, "2026-06-30"),
      // Approved but its partner is unknown: counts nowhere, not even in its type.
      tactic("TX", "PX", "I-A", "Trade show", "Approved", 999, "2026-03-31"),
    ],
    JmpAllocations: [
      // Over-funds T1 (2,000 requested): aligned is capped at 2,000.
      { "Allocation ID": "A1", "Partner ID": "P1", "Tactic ID": "T1", Amount: 2500 },
      // Under-funds T2 (1,000 requested).
      { "Allocation ID": "A2", "Partner ID": "P1", "Tactic ID": "T2", Amount: 600 },
      // Lump sum: the partner's Authorized, no initiative, no type.
      { "Allocation ID": "A3", "Partner ID": "P1", Amount: 1000 },
      { "Allocation ID": "A4", "Partner ID": "P2", "Tactic ID": "T5", Amount: 3000 },
      // Funds a rejected tactic: Authorized (I-A, Event) but never aligned.
      { "Allocation ID": "A5", "Partner ID": "P2", "Tactic ID": "T6", Amount: 400 },
      // Unknown partner: counts nowhere and does not fund T1.
      { "Allocation ID": "A6", "Partner ID": "PX", "Tactic ID": "T1", Amount: 50 },
    ],
    JmpClaims: [
      { "Claim ID": "C1", "Tactic ID": "T1", "Amount claimed": 1800, "Amount approved": 1750.5, "Submitted on": d("2026-03-20"), Status: "Paid", "Paid on": d("2026-04-10") },
      // Amount approved blank: the value is Amount claimed.
      { "Claim ID": "C2", "Tactic ID": "T1", "Amount claimed": 100, "Submitted on": d("2026-03-21"), Status: "Approved" },
      // Submitted: live (T2 is not overdue) but not counted.
      { "Claim ID": "C3", "Tactic ID": "T2", "Amount claimed": 500, "Submitted on": d("2026-06-05"), Status: "Submitted" },
      // Draft and Rejected: neither counted nor live (T5 is overdue).
      { "Claim ID": "C4", "Tactic ID": "T5", "Amount claimed": 2000, "Submitted on": d("2026-07-05"), Status: "Draft" },
      { "Claim ID": "C5", "Tactic ID": "T5", "Amount claimed": 900, "Submitted on": d("2026-07-06"), Status: "Rejected" },
      { "Claim ID": "C6", "Tactic ID": "T3", "Amount claimed": 300, "Amount approved": 250, "Submitted on": d("2026-11-25"), Status: "Paid", "Paid on": d("2026-11-28") },
      // On the unknown partner's tactic: counts nowhere.
      { "Claim ID": "C7", "Tactic ID": "TX", "Amount claimed": 50, "Submitted on": d("2026-04-05"), Status: "Approved" },
    ],
    JmpOutcomes: [
      // Tactic and no initiative: takes T1's initiative I-A; type Event. 10,000.005 rounds to 1,000,001 cents.
      outcome("O1", "P1", { tactic: "T1" }, "Revenue", 10000.005),
      // A given initiative wins over the tactic's: I-B, still type Event.
      outcome("O2", "P1", { initiative: "I-B", tactic: "T1" }, "Pipeline", 4000),
      // No tactic: I-A, no type.
      outcome("O3", "P1", { initiative: "I-A" }, "Opportunities", 3),
      outcome("O4", "P2", { tactic: "T5" }, "Revenue", 6000),
      // Neither initiative nor tactic: the partner and the totals only.
      outcome("O5", "P2", {}, "Leads", 12),
      outcome("O6", "P2", { tactic: "T5" }, "Deals", 2),
      outcome("O7", "PX", { initiative: "I-A", tactic: "TX" }, "Revenue", 777),
      outcome("O8", "P2", { initiative: "I-B" }, "Opportunities", 2),
      outcome("O9", "P1", { tactic: "T2" }, "Opportunities", 1),
    ],
  };
}

/** The metric plan as raw tables, optionally with other settings. */
export function metricPlan(settings: Record<string, unknown> = PLAN_SETTINGS): RawTable[] {
  return workbook(metricRows(), settings);
}

function tactic(id: string, partner: string, initiative: string, type: string, status: string, requested: number, end: string): RowData {
  return {
    "Tactic ID": id,
    "Partner ID": partner,
    "Initiative ID": initiative,
    "Tactic type": type,
    Start: d(end),
    End: d(end),
    "Total cost": requested * 2,
    "MDF requested": requested,
    Status: status,
  };
}

function outcome(id: string, partner: string, ref: { initiative?: string; tactic?: string }, metric: string, value: number): RowData {
  return {
    "Outcome ID": id,
    "Partner ID": partner,
    "Initiative ID": ref.initiative,
    "Tactic ID": ref.tactic,
    Metric: metric,
    Value: value,
    Date: d("2026-08-01"),
  };
}

/** The figures of a group with nothing in it; `budget` and `forecast` as the group kind has them. */
export function emptyFigures(kind: { budget: number | null; forecast: number | null }): Figures {
  return {
    budget: kind.budget,
    requested: 0,
    authorized: 0,
    aligned: 0,
    coverage: null,
    alignment: null,
    spend: 0,
    paid: 0,
    utilization: null,
    progress: null,
    revenue: 0,
    pipeline: 0,
    opportunities: 0,
    leads: 0,
    deals: 0,
    forecast: kind.forecast,
    attainment: kind.forecast === null || kind.forecast === 0 ? null : 0,
    roi: null,
    costPerOpportunity: null,
    overdueClaims: 0,
    unclaimedAfterWindow: 0,
    approvedTactics: 0,
    claimedTactics: 0,
    remaining: kind.budget,
    committed: 0,
    payable: 0,
    pending: 0,
    openClaimsByAge: { days0To30: 0, days31To60: 0, days61To90: 0, over90Days: 0 },
  };
}

/**
 * Expected figures: the given values over an empty group's. The finance figures that follow from
 * others (Remaining, Committed, Payable) follow from the given ones unless given themselves;
 * Pending and the open claims by age, which these plans were not written to check (the periods
 * tests do), match any value unless given.
 */
export function figures(kind: { budget: number | null; forecast: number | null }, values: Partial<Figures>): Figures {
  const merged = { ...emptyFigures(kind), ...values };
  return {
    ...merged,
    remaining: values.remaining !== undefined ? values.remaining : merged.budget === null ? null : merged.budget - merged.authorized,
    committed: values.committed ?? merged.authorized - merged.paid,
    payable: values.payable ?? merged.spend - merged.paid,
    pending: values.pending ?? (expect.any(Number) as number),
    openClaimsByAge: values.openClaimsByAge ?? (expect.anything() as Figures["openClaimsByAge"]),
  };
}
