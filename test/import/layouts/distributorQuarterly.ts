/**
 * A distributor's quarterly MDF tracker: two title rows and a blank row above the header, no
 * initiative column, activity types and statuses in the distributor's words, a bold "Total" row
 * of SUM formulas at the bottom. Coherent, but the missing initiative column is a warning.
 */
import ExcelJS from "exceljs";
import { bold, d, NONE, sum, widen, writeRows } from "../trackerKit";
import type { Cell, TrackerLayout } from "../trackerKit";

const HEADER = ["Reseller", "Activity Name", "Activity Type", "Start", "End", "Activity Cost", "Amount Requested", "Approved Funds", "Approval Status", "Claimed", "Payment Date", "Booked Revenue", "# Leads"];

// Sheet rows 5..12.
const ROWS: Cell[][] = [
  ["Adatum Corp", "Q2 Partner Webinar Series", "Webinar", d("2026-04-08"), d("2026-04-08"), 7000, 3500, 3500, "Done", 3500, d("2026-05-10"), 42000, 120],
  ["Adatum Corp", "Cloud Newsletter Blast", "Email", d("2026-04-15"), d("2026-04-30"), 4000, 2000, 2000, "Approved", 1800, null, null, 300],
  ["Bellows IT", "Customer Appreciation Night", "Field event", d("2026-05-06"), d("2026-05-06"), 15000, 7500, 6000, "Done", 6000, d("2026-06-12"), 55000, 45],
  ["Bellows IT", "Cisco Live Booth", "Trade Show Booth", d("2026-06-07"), d("2026-06-11"), 30000, 15000, 0, "Declined", null, null, null, null],
  ["Coho Systems", "Backup Webinar", "Webinar", d("2026-05-20"), d("2026-05-20"), 5000, 2500, 2500, "Approved", null, null, null, 60],
  ["Coho Systems", "Security Email Series", "Email", d("2026-06-01"), d("2026-06-21"), 3000, 1500, 1500, "Done", 1500, d("2026-07-15"), 9000, 210],
  ["Datum Group", "Lunch & Learn", "Field event", d("2026-06-18"), d("2026-06-18"), 2400, 1200, 1200, "Approved", 1200, null, null, 25],
  ["Datum Group", "Data Protection Webinar", "Webinar", d("2026-06-25"), d("2026-06-25"), 6000, 3000, 3000, "Done", 2800, d("2026-07-20"), 18000, 95],
];

// Row 13: 7000+4000+15000+30000+5000+3000+2400+6000 = 72400; requested 36200 (all rows);
// approved 3500+2000+6000+0+2500+1500+1200+3000 = 19700; claimed 3500+1800+6000+1500+1200+2800 = 16800;
// revenue 42000+55000+9000+18000 = 124000; leads 120+300+45+60+210+25+95 = 855.
const TOTAL: Cell[] = ["Total", null, null, null, null, sum("F", 5, 12, 72400), sum("G", 5, 12, 36200), sum("H", 5, 12, 19700), null, sum("J", 5, 12, 16800), null, sum("L", 5, 12, 124000), sum("M", 5, 12, 855)];

export const distributorQuarterly: TrackerLayout = {
  name: "distributor quarterly tracker",
  story: "a distributor's quarter: title rows, own words, a Total row of SUM formulas, no initiative column",
  build: () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Q2 FY26");
    writeRows(ws, [["Contoso Distribution - FY2026 Q2 MDF Tracker"], ["Vendor: Tailspin Networks    Updated 1 Jul 2026 by J. Park"], [], HEADER, ...ROWS, TOTAL]);
    ws.getCell("A1").font = { bold: true, size: 14 };
    bold(ws, 4);
    bold(ws, 13);
    widen(ws, HEADER.length);
    return wb;
  },
  exitCode: 1,
  // No initiative column: one initiative is made and the summary warns about it.
  review: [/initiative/i],
  consistent: true,
  // Requested, approved (authorized), claimed and each result; the cost total may be reconciled too.
  reconciled: ["Amount Requested", "Approved Funds", "Claimed", "Booked Revenue", "# Leads"],
  expected: {
    // Joint Plan pairs (partner x initiative used), allocations (approved amount > 0), claims
    // (claimed amount present), outcomes (one per non-blank result cell).
    rows: { jointPlan: 4, allocations: 7, claims: 6, outcomes: 11 },
    tactic: { activity: "Cloud Newsletter Blast", start: "2026-04-15", end: "2026-04-30", totalCost: 4000, requested: 2000, approved: true },
    partners: 4,
    tactics: 8,
    initiatives: 1,
    totals: {
      ...NONE,
      // Done/Approved rows (all but the Declined booth): 3500 + 2000 + 7500 + 2500 + 1500 + 1200 + 3000
      requested: 21200,
      // Approved Funds above zero: 3500 + 2000 + 6000 + 2500 + 1500 + 1200 + 3000
      authorized: 19700,
      // No claim status column: claims with a Payment Date are Paid (3500 + 6000 + 1500 + 2800), the others Submitted
      spend: 13800,
      paid: 13800,
      // 42000 + 55000 + 9000 + 18000
      revenue: 124000,
      // 120 + 300 + 45 + 60 + 210 + 25 + 95
      leads: 855,
    },
    partner: {
      name: "Adatum Corp",
      // requested 3500 + 2000; authorized the same; Paid 3500 (the 1800 claim has no payment date); leads 120 + 300
      figures: { ...NONE, requested: 5500, authorized: 5500, spend: 3500, paid: 3500, revenue: 42000, leads: 420 },
    },
  },
};
