/**
 * A quick request log kept by a partner account manager: one date per activity (its start),
 * columns the importer has no use for ("Owner", "Notes", "Internal Ref"), no claims. The end
 * date is a required fact the log does not hold: the import lists it and invents none.
 */
import ExcelJS from "exceljs";
import { bold, d, NONE, widen, writeRows } from "../trackerKit";
import type { Cell, TrackerLayout } from "../trackerKit";

const HEADER = ["Partner", "Initiative", "Activity", "Type", "Start Date", "Owner", "Total Cost", "MDF Requested", "MDF Approved", "Status", "Notes", "Leads", "Internal Ref"];

const ROWS: Cell[][] = [
  ["Fabrikam", "Growth", "Webinar Jan", "Webinar", d("2026-01-22"), "Dana", 4000, 2000, 2000, "Approved", "call back re logo", 80, "X-17"],
  ["Fabrikam", "Growth", "Roadshow", "Field event", d("2026-02-10"), "Dana", 10000, 5000, 5000, "Approved", null, 40, "X-18"],
  ["Tailspin Toys", "Growth", "Email Q1", "Email", d("2026-03-03"), "Lee", 2000, 1000, null, "Pending", "waiting on PO", null, "X-21"],
  ["Tailspin Toys", "Growth", "Booth", "Trade Show Booth", d("2026-03-17"), "Lee", 24000, 12000, 10000, "Approved", null, 150, "X-22"],
  ["Coho Winery", "Growth", "Tasting event", "Field event", d("2026-04-09"), "Lee", 6000, 3000, 3000, "Approved", null, 35, "X-30"],
];

export const requestLogNoEnd: TrackerLayout = {
  name: "request log without end dates",
  story: "unknown columns and no end date: a required fact the tracker lacks",
  build: () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Requests");
    writeRows(ws, [HEADER, ...ROWS]);
    bold(ws, 1);
    widen(ws, HEADER.length);
    return wb;
  },
  exitCode: 1,
  // The tactics' End is required and the log has no such column.
  review: [/\bend\b/i],
  consistent: false,
  reconciled: [],
  expected: {
    // Joint Plan pairs (partner x initiative used), allocations (approved amount > 0), claims
    // (claimed amount present), outcomes (one per non-blank result cell).
    rows: { jointPlan: 3, allocations: 4, claims: 0, outcomes: 4 },
    tactic: { activity: "Booth", start: "2026-03-17", end: undefined, totalCost: 24000, requested: 12000, approved: true },
    partners: 3,
    tactics: 5,
    initiatives: 1,
    totals: {
      ...NONE,
      // Approved rows: 2000 + 5000 + 12000 + 3000
      requested: 22000,
      // 2000 + 5000 + 10000 + 3000
      authorized: 20000,
      // 80 + 40 + 150 + 35
      leads: 305,
    },
    partner: {
      name: "Fabrikam",
      // 2000 + 5000 requested and approved; leads 80 + 40
      figures: { ...NONE, requested: 7000, authorized: 7000, leads: 120 },
    },
  },
};
