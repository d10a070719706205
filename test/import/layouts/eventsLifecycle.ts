/**
 * An events coordinator's list: one Status column that follows the activity through its life
 * ("Waiting on vendor", "OK'd", "Approved", "Paid", "Declined", "Cancelled"), no Partner ID,
 * no initiative column, "Pipeline $" and "Opportunity Count". A cancelled event kept its approved
 * funds, which still count as authorized (and make the plan inconsistent on purpose).
 */
import ExcelJS from "exceljs";
import { bold, d, NONE, widen, writeRows } from "../trackerKit";
import type { Cell, TrackerLayout } from "../trackerKit";

const HEADER = ["Event", "Partner", "Event Type", "Event Start", "Event End", "Total Cost", "MDF Requested", "MDF Approved", "Status", "Claimed", "Paid On", "Pipeline $", "Opportunity Count"];

const ROWS: Cell[][] = [
  ["Partner Summit Breakfast", "Nod Publishers", "Field event", d("2026-05-05"), d("2026-05-05"), 6000, 3000, 3000, "Paid", 3000, d("2026-06-10"), 50000, 3],
  ["Webinar: AI for SMB", "Nod Publishers", "Webinar", d("2026-05-12"), d("2026-05-12"), 2000, 1000, 1000, "OK'd", 900, null, 20000, 1],
  ["Expo booth", "Graphic Design Institute", "Trade Show Booth", d("2026-06-02"), d("2026-06-04"), 30000, 15000, 15000, "Approved", null, null, null, null],
  ["Golf Day", "Graphic Design Institute", "Field event", d("2026-06-19"), d("2026-06-19"), 8000, 4000, null, "Waiting on vendor", null, null, null, null],
  ["Webinar: Security", "Nod Publishers", "Webinar", d("2026-06-23"), d("2026-06-23"), 2500, 1250, null, "Declined", null, null, null, null],
  ["Cooking class", "Graphic Design Institute", "Field event", d("2026-07-08"), d("2026-07-08"), 5000, 2500, 2500, "Cancelled", null, null, null, null],
  ["Roadshow", "School of Fine Art", "Field event", d("2026-07-14"), d("2026-07-16"), 12000, 6000, 6000, "Paid", 6000, d("2026-08-28"), 75000, 5],
];

export const eventsLifecycle: TrackerLayout = {
  name: "events lifecycle statuses",
  story: "one lifecycle Status column, no IDs, no initiative, a cancelled event with approved funds",
  build: () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Events");
    writeRows(ws, [HEADER, ...ROWS]);
    bold(ws, 1);
    widen(ws, HEADER.length);
    return wb;
  },
  exitCode: 1,
  // No initiative column; "Waiting on vendor" read by meaning.
  review: [/initiative/i, /Waiting on vendor/],
  consistent: false,
  reconciled: [],
  expected: {
    // Joint Plan pairs (partner x initiative used), allocations (approved amount > 0), claims
    // (claimed amount present), outcomes (one per non-blank result cell).
    rows: { jointPlan: 3, allocations: 5, claims: 3, outcomes: 6 },
    tactic: { activity: "Roadshow", start: "2026-07-14", end: "2026-07-16", totalCost: 12000, requested: 6000, approved: true },
    partners: 3,
    tactics: 7,
    initiatives: 1,
    totals: {
      ...NONE,
      // Approved in meaning: Paid (done) 3000 + 6000, OK'd 1000, Approved 15000
      requested: 25000,
      // MDF Approved above zero, the cancelled class included: 3000 + 1000 + 15000 + 2500 + 6000
      authorized: 27500,
      // Paid claims (with Paid On): 3000 + 6000; the 900 claim is Submitted
      spend: 9000,
      paid: 9000,
      // 50000 + 20000 + 75000
      pipeline: 145000,
      // 3 + 1 + 5
      opportunities: 9,
    },
    partner: {
      name: "Graphic Design Institute",
      // requested 15000 (booth only); authorized 15000 + 2500 (the cancelled class keeps its allocation)
      figures: { ...NONE, requested: 15000, authorized: 17500 },
    },
  },
};
