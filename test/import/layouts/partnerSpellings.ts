/**
 * A partner program manager's running list with no Partner ID: the same partner typed several
 * ways ("Contoso Ltd", "CONTOSO LTD.", " Contoso  Ltd"; "Margie's Travel", "MARGIES TRAVEL";
 * "relecloud"), blank cells, a claim status column but no payment date, and a totals row of SUM
 * formulas with no label under the data.
 */
import ExcelJS from "exceljs";
import { bold, d, NONE, sum, widen, writeRows } from "../trackerKit";
import type { Cell, TrackerLayout } from "../trackerKit";

const HEADER = ["Program", "Partner", "Activity", "Type", "Start Date", "End Date", "Total Cost", "MDF Requested", "MDF Approved", "Status", "Claim Amount", "Claim Status", "Leads", "Opportunities", "Pipeline"];

// Sheet rows 2..10.
const ROWS: Cell[][] = [
  ["Partner Growth", "Contoso Ltd", "Q1 Webinar", "Webinar", d("2026-01-15"), d("2026-01-15"), 6000, 3000, 3000, "Approved", 3000, "Paid", 150, 5, 80000],
  ["Partner Growth", "CONTOSO LTD.", "Email Nurture", "Email", d("2026-02-01"), d("2026-02-28"), 4000, 2000, 2000, "Completed", 2000, "Approved", 400, null, null],
  ["Partner Growth", " Contoso  Ltd", "Trade Show", "Trade Show Booth", d("2026-03-10"), d("2026-03-12"), 20000, 10000, 8000, "Approved", null, null, null, null, null],
  ["Partner Growth", "Relecloud", "Lunch and Learn", "Field event", d("2026-02-18"), d("2026-02-18"), 3000, 1500, 1500, "Approved", 1500, "Submitted", 30, 1, 20000],
  ["New Logos", "Relecloud", "Paid Social Push", "Paid Social", d("2026-03-01"), d("2026-03-31"), 8000, 4000, null, "Pending", null, null, null, null, null],
  ["New Logos", "relecloud", "Security Webinar", "Webinar", d("2026-04-07"), d("2026-04-07"), 5000, 2500, 2500, "Approved", 2500, "Rejected", 80, 2, 35000],
  ["New Logos", "Margie's Travel", "Roadshow", "Field event", d("2026-04-21"), d("2026-04-23"), 18000, 9000, 9000, "Approved", 8500, "Paid", 210, 7, 140000],
  ["New Logos", "Margie's Travel", "Booth at TravelExpo", "Trade Show Booth", d("2026-05-12"), d("2026-05-14"), 25000, 12500, null, "Cancelled", null, null, null, null, null],
  ["New Logos", "MARGIES TRAVEL", "Email Blast", "Email", d("2026-05-20"), d("2026-05-20"), 1200, 600, 600, "Approved", 600, "Paid", 95, null, null],
];

// Row 11, no label. Cost 6000+4000+20000+3000+8000+5000+18000+25000+1200 = 90200;
// requested 3000+2000+10000+1500+4000+2500+9000+12500+600 = 45100; approved 26600 (below);
// claimed 3000+2000+1500+2500+8500+600 = 18100; leads 965; opportunities 15; pipeline 275000 (below).
const TOTAL: Cell[] = [null, null, null, null, null, null, sum("G", 2, 10, 90200), sum("H", 2, 10, 45100), sum("I", 2, 10, 26600), null, sum("K", 2, 10, 18100), null, sum("M", 2, 10, 965), sum("N", 2, 10, 15), sum("O", 2, 10, 275000)];

export const partnerSpellings: TrackerLayout = {
  name: "partner spelled several ways",
  story: "no Partner ID, partners typed several ways, blank cells, an unlabelled SUM row",
  build: () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("2026");
    writeRows(ws, [HEADER, ...ROWS, TOTAL]);
    bold(ws, 1);
    bold(ws, 11);
    widen(ws, HEADER.length);
    return wb;
  },
  exitCode: 1,
  // Paid claims with no payment date (Paid on is required when Paid: a required fact the tracker
  // does not hold), and types in the tracker's words.
  review: [/paid on|payment date|paid date/i],
  consistent: false,
  // Requested, approved, claimed and each result; the cost total may be reconciled too.
  reconciled: ["MDF Requested", "MDF Approved", "Claim Amount", "Leads", "Opportunities", "Pipeline"],
  expected: {
    // Joint Plan pairs (partner x initiative used), allocations (approved amount > 0), claims
    // (claimed amount present), outcomes (one per non-blank result cell).
    rows: { jointPlan: 4, allocations: 7, claims: 6, outcomes: 14 },
    tactic: { activity: "Booth at TravelExpo", start: "2026-05-12", end: "2026-05-14", totalCost: 25000, requested: 12500, approved: false },
    partners: 3,
    tactics: 9,
    initiatives: 2,
    totals: {
      ...NONE,
      // Approved/Completed rows (not the Pending and Cancelled ones): 3000 + 2000 + 10000 + 1500 + 2500 + 9000 + 600
      requested: 28600,
      // MDF Approved above zero: 3000 + 2000 + 8000 + 1500 + 2500 + 9000 + 600
      authorized: 26600,
      // Claim Status column: Paid 3000, 8500, 600; Approved 2000; Submitted 1500 and Rejected 2500 do not count
      spend: 14100,
      // 3000 + 8500 + 600
      paid: 12100,
      // 80000 + 20000 + 35000 + 140000
      pipeline: 275000,
      // 5 + 1 + 2 + 7
      opportunities: 15,
      // 150 + 400 + 30 + 80 + 210 + 95
      leads: 965,
    },
    partner: {
      name: "Contoso Ltd",
      // Three rows: requested 3000 + 2000 + 10000; authorized 3000 + 2000 + 8000; counted 3000 (Paid) + 2000 (Approved);
      // leads 150 + 400
      figures: { ...NONE, requested: 15000, authorized: 13000, spend: 5000, paid: 3000, pipeline: 80000, opportunities: 5, leads: 550 },
    },
  },
};
