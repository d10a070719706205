/**
 * A vendor's quarterly workbook: a "Summary" sheet of per-partner budgets first, then the
 * activity list under two title rows, with "Solution Area", "MDF Request", "Bookings" and a
 * "Grand Total" row of SUM formulas. The importer must pick the activity sheet by itself.
 */
import ExcelJS from "exceljs";
import { bold, d, NONE, sum, widen, writeRows } from "../trackerKit";
import type { Cell, TrackerLayout } from "../trackerKit";

const HEADER = ["Partner Name", "Partner ID", "Solution Area", "Activity", "Activity Type", "Start Date", "End Date", "Activity Cost", "MDF Request", "MDF Approved", "Status", "Claim Amount", "Payment Date", "Bookings", "Pipeline", "Leads", "Deals"];

// Sheet rows 4..8.
const ROWS: Cell[][] = [
  ["Blue Yonder Airlines", "BYA-1", "Cloud", "Migration webinar", "Webinar", d("2026-01-14"), d("2026-01-14"), 4000, 2000, 2000, "Done", 2000, "2/20/2026", 25000, 70000, 90, 1],
  ["Blue Yonder Airlines", "BYA-1", "Cloud", "Cloud summit booth", "Trade Show Booth", d("2026-02-03"), d("2026-02-05"), 50000, 25000, 20000, "Approved", 20000, null, null, 200000, 310, null],
  ["Woodgrove Bank", "WGB-7", "Security", "CISO dinner", "Field event", d("2026-02-19"), d("2026-02-19"), 10000, 5000, 5000, "Done", 4600, d("2026-03-30"), 80000, 120000, 12, 2],
  ["Woodgrove Bank", "WGB-7", "Cloud", "Email series", "Email", d("2026-03-02"), d("2026-03-20"), 2000, 1000, null, "Declined", null, null, null, null, null, null],
  ["Woodgrove Bank", "WGB-7", "Security", "Pen-test webinar", "Webinar", d("2026-03-24"), d("2026-03-24"), 3000, 1500, 1500, "Approved", null, null, null, 15000, 40, null],
];

// Row 9. Cost 4000+50000+10000+2000+3000 = 69000; request 2000+25000+5000+1000+1500 = 34500;
// approved 2000+20000+5000+1500 = 28500; claims 2000+20000+4600 = 26600; bookings 25000+80000 = 105000;
// pipeline 70000+200000+120000+15000 = 405000; leads 90+310+12+40 = 452; deals 1+2 = 3.
const TOTAL: Cell[] = ["Grand Total", null, null, null, null, null, null, sum("H", 4, 8, 69000), sum("I", 4, 8, 34500), sum("J", 4, 8, 28500), null, sum("L", 4, 8, 26600), null, sum("N", 4, 8, 105000), sum("O", 4, 8, 405000), sum("P", 4, 8, 452), sum("Q", 4, 8, 3)];

export const vendorQuarterly: TrackerLayout = {
  name: "vendor quarterly workbook",
  story: "a summary sheet before the activity sheet, title rows, a Grand Total row",
  build: () => {
    const wb = new ExcelJS.Workbook();
    const summary = wb.addWorksheet("Summary");
    writeRows(summary, [["FY26 MDF Summary"], [], ["Partner Name", "Budget", "Spent", "Remaining"], ["Blue Yonder Airlines", 60000, 2000, 58000], ["Woodgrove Bank", 30000, 4600, 25400]]);
    const ws = wb.addWorksheet("Q1 Activities");
    writeRows(ws, [["Q1 FY26 Partner Activities"], ["Source: partner portal export, 4 April 2026"], HEADER, ...ROWS, TOTAL]);
    bold(ws, 3);
    bold(ws, 9);
    widen(ws, HEADER.length);
    return wb;
  },
  exitCode: 1,
  // Statuses ("Done", "Declined") and types ("Trade Show Booth", "Field event") in the vendor's words.
  review: [],
  consistent: true,
  // Request, approved, claims and each result; the cost total may be reconciled too.
  reconciled: ["MDF Request", "MDF Approved", "Claim Amount", "Bookings", "Pipeline", "Leads", "Deals"],
  expected: {
    // Joint Plan pairs (partner x initiative used), allocations (approved amount > 0), claims
    // (claimed amount present), outcomes (one per non-blank result cell).
    rows: { jointPlan: 3, allocations: 4, claims: 3, outcomes: 12 },
    tactic: { activity: "Cloud summit booth", start: "2026-02-03", end: "2026-02-05", totalCost: 50000, requested: 25000, approved: true },
    partners: 2,
    tactics: 5,
    initiatives: 2,
    partnerIds: ["BYA-1", "WGB-7"],
    totals: {
      ...NONE,
      // Done/Approved: 2000 + 25000 + 5000 + 1500
      requested: 33500,
      // 2000 + 20000 + 5000 + 1500
      authorized: 28500,
      // Paid (with a payment date): 2000 + 4600; the 20000 claim is Submitted
      spend: 6600,
      paid: 6600,
      // Bookings: 25000 + 80000
      revenue: 105000,
      pipeline: 405000,
      leads: 452,
      deals: 3,
    },
    partner: {
      id: "WGB-7",
      name: "Woodgrove Bank",
      // requested 5000 + 1500 (email Declined); Paid 4600; pipeline 120000 + 15000; leads 12 + 40
      figures: { ...NONE, requested: 6500, authorized: 6500, spend: 4600, paid: 4600, revenue: 80000, pipeline: 135000, leads: 52, deals: 2 },
    },
  },
};
