/**
 * A vendor's MDF request sheet that never recorded what the activities cost in total: only the
 * MDF asked for and approved, with "Region" and "Sales Rep" columns the plan has no place for.
 * Total cost is a required fact the sheet does not hold: the import lists it and invents none.
 */
import ExcelJS from "exceljs";
import { bold, d, NONE, widen, writeRows } from "../trackerKit";
import type { Cell, TrackerLayout } from "../trackerKit";

const HEADER = ["Partner ID", "Partner", "Program", "Activity", "Activity Type", "Start", "End", "MDF Requested", "MDF Approved", "Status", "Claimed", "Paid On", "Region", "Sales Rep"];

const ROWS: Cell[][] = [
  ["T-1", "Wingtip Toys", "Retail Edge", "Store Opening Event", "Field event", d("2026-02-07"), d("2026-02-07"), 5000, 5000, "Approved", 5000, d("2026-03-15"), "West", "Kim"],
  ["T-1", "Wingtip Toys", "Retail Edge", "Holiday Email", "Email", d("2026-11-02"), d("2026-11-30"), 1500, 1500, "Approved", null, null, "West", "Kim"],
  ["T-2", "Southridge Video", "Retail Edge", "Product Webinar", "Webinar", d("2026-03-11"), d("2026-03-11"), 2000, null, "Pending", null, null, "East", "Ana"],
  ["T-2", "Southridge Video", "Streaming", "NAB Booth", "Trade Show Booth", d("2026-04-20"), d("2026-04-22"), 10000, 8000, "Approved", 8000, null, "East", "Ana"],
];

export const requestsNoCost: TrackerLayout = {
  name: "requests without total cost",
  story: "unknown columns and no total cost: a required fact the tracker lacks",
  build: () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("MDF Requests");
    writeRows(ws, [HEADER, ...ROWS]);
    bold(ws, 1);
    widen(ws, HEADER.length);
    return wb;
  },
  exitCode: 1,
  // The tactics' Total cost is required and the sheet has no such column.
  review: [/cost/i],
  consistent: false,
  reconciled: [],
  expected: {
    // Joint Plan pairs (partner x initiative used), allocations (approved amount > 0), claims
    // (claimed amount present), outcomes (one per non-blank result cell).
    rows: { jointPlan: 3, allocations: 3, claims: 2, outcomes: 0 },
    tactic: { activity: "NAB Booth", start: "2026-04-20", end: "2026-04-22", totalCost: undefined, requested: 10000, approved: true },
    partners: 2,
    tactics: 4,
    initiatives: 2,
    partnerIds: ["T-1", "T-2"],
    totals: {
      ...NONE,
      // Approved rows: 5000 + 1500 + 10000
      requested: 16500,
      // 5000 + 1500 + 8000
      authorized: 14500,
      // The 5000 claim has Paid On: Paid; the 8000 one is Submitted
      spend: 5000,
      paid: 5000,
    },
    partner: {
      id: "T-2",
      name: "Southridge Video",
      // requested 10000 (the webinar is Pending); authorized 8000; its claim is Submitted
      figures: { ...NONE, requested: 10000, authorized: 8000 },
    },
  },
};
