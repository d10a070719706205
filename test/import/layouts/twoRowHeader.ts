/**
 * A field marketer's tracker with a two-row header: group words on top ("Partner", "Activity",
 * "MDF", "Claim", "Results") merged over short words below ("Name", "ID", "Start", "Amount",
 * "Status", "Paid"), and "Solution" merged down both rows. Money and dates typed as text in
 * several ways next to real numbers and dates. No tactic status column: a row with an approved
 * amount is an approved tactic.
 */
import ExcelJS from "exceljs";
import { bold, d, NONE, widen, writeRows } from "../trackerKit";
import type { Cell, TrackerLayout } from "../trackerKit";

const TOP: Cell[] = ["Solution", "Partner", null, "Activity", null, null, null, null, "MDF", null, "Claim", null, null, "Results", null];
const BOTTOM: Cell[] = [null, "Name", "ID", "Name", "Type", "Start", "End", "Cost", "Requested", "Approved", "Amount", "Status", "Paid", "Revenue", "Deals"];

const ROWS: Cell[][] = [
  ["Security", "Fourth Coffee", "FC-9", "SOC Webinar", "Webinar", "3/15/2026", "3/15/2026", "$12,500", "$6,250", "$6,250", "$6,000", "Approved", "4/20/2026", "$48,000", 3],
  ["Security", "Fourth Coffee", "FC-9", "Threat Briefing Breakfast", "Field event", "15 Apr 2026", "15 Apr 2026", "8,000.00 USD", "4,000.00 USD", "4,000.00 USD", "4,000.00 USD", "Approved", null, null, null],
  ["Infrastructure", "Trey Research", "TR-2", "Storage Email Series", "Email", "2026-03-02", "2026-03-27", 5000, 2500, 2500, 2500, "Pending", null, "$15,000", 1],
  ["Infrastructure", "Trey Research", "TR-2", "Datacenter Day", "Trade Show Booth", d("2026-05-19"), d("2026-05-20"), 30000, 15000, 12000, 12000, "Paid", d("2026-06-30"), 95000, 4],
  ["Security", "Trey Research", "TR-2", "LinkedIn Campaign", "Paid Social", "4/1/2026", "6/30/2026", "$9,000", "$4,500", null, null, null, null, null, null],
  ["Infrastructure", "Fourth Coffee", "FC-9", "Hybrid Cloud Workshop", "Field event", "22 May 2026", "22 May 2026", "$7,200", "$3,600", "$3,600", "$3,600", "Rejected", null, null, null],
  ["Infrastructure", "Alpine Ski House", "AS-5", "Backup Webinar", "Webinar", "2026-06-10", "2026-06-10", 4000, 2000, 2000, null, null, null, "$10,000.50", null],
];

export const twoRowHeader: TrackerLayout = {
  name: "two-row header",
  story: "a two-row header, money and dates as text, no tactic status column",
  build: () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tracker");
    writeRows(ws, [TOP, BOTTOM, ...ROWS]);
    ws.mergeCells("A1:A2");
    ws.mergeCells("B1:C1");
    ws.mergeCells("D1:H1");
    ws.mergeCells("I1:J1");
    ws.mergeCells("K1:M1");
    ws.mergeCells("N1:O1");
    bold(ws, 1);
    bold(ws, 2);
    widen(ws, BOTTOM.length);
    return wb;
  },
  exitCode: 1,
  // Types ("Field event", "Trade Show Booth", "Paid Social") and the claim status "Pending" are not the template's words.
  review: [],
  consistent: true,
  reconciled: [],
  expected: {
    // Joint Plan pairs (partner x initiative used), allocations (approved amount > 0), claims
    // (claimed amount present), outcomes (one per non-blank result cell).
    rows: { jointPlan: 5, allocations: 6, claims: 5, outcomes: 7 },
    tactic: { activity: "Threat Briefing Breakfast", start: "2026-04-15", end: "2026-04-15", totalCost: 8000, requested: 4000, approved: true },
    partners: 3,
    tactics: 7,
    initiatives: 2,
    partnerIds: ["FC-9", "TR-2", "AS-5"],
    totals: {
      ...NONE,
      // No status column: approved = an approved amount above zero (all rows but the LinkedIn one):
      // 6250 + 4000 + 2500 + 15000 + 3600 + 2000
      requested: 33350,
      // 6250 + 4000 + 2500 + 12000 + 3600 + 2000
      authorized: 30350,
      // Claims: 6000 Paid (has a paid date), 4000 Approved, 2500 Pending -> Submitted, 12000 Paid, 3600 Rejected.
      // Counted: 6000 + 4000 + 12000
      spend: 22000,
      // 6000 + 12000
      paid: 18000,
      // 48000 + 15000 + 95000 + 10000.50
      revenue: 168000.5,
      // 3 + 1 + 4
      deals: 8,
    },
    partner: {
      id: "TR-2",
      name: "Trey Research",
      // requested 2500 + 15000 (LinkedIn has no approved amount); authorized 2500 + 12000; Paid 12000;
      // revenue 15000 + 95000; deals 1 + 4
      figures: { ...NONE, requested: 17500, authorized: 14500, spend: 12000, paid: 12000, revenue: 110000, deals: 5 },
    },
  },
};
