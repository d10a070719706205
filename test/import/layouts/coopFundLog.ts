/**
 * A distributor's co-op fund log, in the words of a partner portal export: "Campaign",
 * "Vendor Program", "Launch Date", "Est. Cost", "Co-op Requested", "Co-op Approved",
 * "Claim Submitted ($)", "Reimbursed On", "Responses", "Opps", "Sourced Pipeline", "Wins", and an
 * activity ID. `shuffled` builds the same rows with the columns in another order.
 */
import ExcelJS from "exceljs";
import { bold, d, NONE, widen, writeRows } from "../trackerKit";
import type { Cell, TrackerLayout } from "../trackerKit";

const HEADER = ["Activity ID", "Campaign", "Reseller", "Vendor Program", "Campaign Type", "Launch Date", "End Date", "Est. Cost", "Co-op Requested", "Co-op Approved", "Request Status", "Claim Submitted ($)", "Reimbursed On", "Responses", "Opps", "Sourced Pipeline", "Wins"];

const ROWS: Cell[][] = [
  ["MDF-0101", "Holiday Email", "Tailwind Traders", "Surface Push", "Email", d("2026-01-05"), d("2026-01-30"), 2000, 1000, 1000, "Complete", 1000, d("2026-02-25"), 520, 4, 60000, 1],
  ["MDF-0102", "Surface Demo Day", "Tailwind Traders", "Surface Push", "Field event", d("2026-02-12"), d("2026-02-12"), 9000, 4500, 4500, "Approved", 4200, null, 75, 6, 90000, null],
  ["MDF-0103", "Teams Rooms Webinar", "Lamna Healthcare", "Teams Rooms", "Webinar", d("2026-02-24"), d("2026-02-24"), 3000, 1500, 1500, "Complete", 1500, d("2026-04-01"), 140, 3, 45000, 2],
  ["MDF-0104", "HIMSS Booth", "Lamna Healthcare", "Teams Rooms", "Trade Show Booth", d("2026-03-09"), d("2026-03-13"), 40000, 20000, null, "Denied", null, null, null, null, null, null],
  ["MDF-0105", "LinkedIn Sponsored", "Tailwind Traders", "Teams Rooms", "Paid Social", d("2026-03-01"), d("2026-03-31"), 6000, 3000, null, "In review", null, null, null, null, null, null],
  ["MDF-0106", "Clinic Roadshow", "Lamna Healthcare", "Surface Push", "Field event", d("2026-04-14"), d("2026-04-16"), 12000, 6000, 6000, "Approved", 6000, d("2026-05-29"), 60, 5, 150000, 3],
];

/** The columns in the order given by `order` (indexes into the usual order). */
function tracker(order: readonly number[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Co-op Log");
  const pick = (row: readonly Cell[]): Cell[] => order.map((i) => row[i]);
  writeRows(ws, [pick(HEADER), ...ROWS.map(pick)]);
  bold(ws, 1);
  widen(ws, HEADER.length);
  return wb;
}

/** The same tracker with its columns in another order, the way a new portal export lays them out. */
export function shuffledCoopFundLog(): ExcelJS.Workbook {
  return tracker([14, 2, 9, 0, 16, 5, 12, 1, 11, 3, 7, 15, 6, 10, 4, 13, 8]);
}

export const coopFundLog: TrackerLayout = {
  name: "co-op fund log",
  story: "a partner portal export in co-op words, with an activity ID",
  build: () => tracker(HEADER.map((_, i) => i)),
  exitCode: 1,
  // Statuses ("Complete", "Denied", "In review") and types ("Field event", "Paid Social") in the log's own words.
  review: [],
  consistent: true,
  reconciled: [],
  expected: {
    // Joint Plan pairs (partner x initiative used), allocations (approved amount > 0), claims
    // (claimed amount present), outcomes (one per non-blank result cell).
    rows: { jointPlan: 4, allocations: 4, claims: 4, outcomes: 15 },
    tactic: { activity: "Surface Demo Day", start: "2026-02-12", end: "2026-02-12", totalCost: 9000, requested: 4500, approved: true },
    partners: 2,
    tactics: 6,
    initiatives: 2,
    totals: {
      ...NONE,
      // Complete/Approved rows: 1000 + 4500 + 1500 + 6000
      requested: 13000,
      // Co-op Approved: 1000 + 4500 + 1500 + 6000
      authorized: 13000,
      // Claims reimbursed (Paid): 1000 + 1500 + 6000; the 4200 one has no date: Submitted
      spend: 8500,
      paid: 8500,
      // Sourced Pipeline: 60000 + 90000 + 45000 + 150000
      pipeline: 345000,
      // Opps: 4 + 6 + 3 + 5
      opportunities: 18,
      // Responses: 520 + 75 + 140 + 60
      leads: 795,
      // Wins: 1 + 2 + 3
      deals: 6,
    },
    partner: {
      name: "Tailwind Traders",
      // requested 1000 + 4500 (LinkedIn is In review); Paid 1000; responses 520 + 75; opps 4 + 6; pipeline 60000 + 90000; wins 1
      figures: { ...NONE, requested: 5500, authorized: 5500, spend: 1000, paid: 1000, pipeline: 150000, opportunities: 10, leads: 595, deals: 1 },
    },
  },
};
