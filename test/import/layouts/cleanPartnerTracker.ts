/**
 * A channel manager's tidy tracker: header in row 1, the template's own words for statuses and
 * types, a Partner ID and an initiative column, real numbers and dates. Nothing to review.
 */
import ExcelJS from "exceljs";
import { d, NONE, writeRows, bold, widen } from "../trackerKit";
import type { Cell, TrackerLayout } from "../trackerKit";

const HEADER = ["Partner ID", "Partner", "Initiative", "Activity", "Tactic Type", "Start Date", "End Date", "Total Cost", "MDF Requested", "MDF Approved", "Status", "Claim Amount", "Claim Status", "Paid On", "Revenue", "Pipeline", "Opportunities"];

const ROWS: Cell[][] = [
  ["P-100", "Northwind Traders", "Cloud Migration", "Azure Readiness Webinar", "Webinar", d("2026-02-10"), d("2026-02-10"), 10000, 5000, 5000, "Completed", 5000, "Paid", d("2026-03-20"), 60000, 150000, 4],
  ["P-100", "Northwind Traders", "Cloud Migration", "Spring Email Nurture", "Email campaign", d("2026-03-01"), d("2026-03-31"), 6000, 3000, 3000, "Approved", 2500, "Approved", null, null, 40000, 2],
  ["P-200", "Fabrikam Inc", "Security", "Security Roadshow", "Event", d("2026-04-14"), d("2026-04-16"), 24000, 12000, 10000, "Approved", null, null, null, null, null, null],
  ["P-200", "Fabrikam Inc", "Security", "RSA Booth", "Trade show", d("2026-05-04"), d("2026-05-07"), 40000, 20000, 20000, "Completed", 18000, "Paid", d("2026-06-15"), 120000, 300000, 9],
  ["P-300", "Litware LLC", "Cloud Migration", "Migration Workshop", "Training", d("2026-03-18"), d("2026-03-19"), 8000, 4000, null, "Rejected", null, null, null, null, null, null],
  ["P-300", "Litware LLC", "Security", "Zero Trust Telemarketing", "Telemarketing", d("2026-06-01"), d("2026-06-30"), 9000, 4500, 4500, "Approved", 4500, "Submitted", null, null, 25000, 3],
];

export const cleanPartnerTracker: TrackerLayout = {
  name: "clean partner tracker",
  story: "a channel manager's tidy list in the template's own words",
  build: () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Activities");
    writeRows(ws, [HEADER, ...ROWS]);
    bold(ws, 1);
    widen(ws, HEADER.length);
    return wb;
  },
  exitCode: 0,
  review: [],
  consistent: true,
  reconciled: [],
  expected: {
    // Joint Plan pairs (partner x initiative used), allocations (approved amount > 0), claims
    // (claimed amount present), outcomes (one per non-blank result cell).
    rows: { jointPlan: 4, allocations: 5, claims: 4, outcomes: 10 },
    tactic: { activity: "RSA Booth", start: "2026-05-04", end: "2026-05-07", totalCost: 40000, requested: 20000, approved: true },
    partners: 3,
    tactics: 6,
    initiatives: 2,
    partnerIds: ["P-100", "P-200", "P-300"],
    totals: {
      ...NONE,
      // Approved tactics are every row but the Rejected workshop: 5000 + 3000 + 12000 + 20000 + 4500
      requested: 44500,
      // MDF Approved above zero: 5000 + 3000 + 10000 + 20000 + 4500
      authorized: 42500,
      // Counted claims (Paid: webinar, booth; Approved: email): 5000 + 2500 + 18000; the Submitted one is not
      spend: 25500,
      // Paid claims: 5000 + 18000
      paid: 23000,
      // 60000 + 120000
      revenue: 180000,
      // 150000 + 40000 + 300000 + 25000
      pipeline: 515000,
      // 4 + 2 + 9 + 3
      opportunities: 18,
    },
    partner: {
      id: "P-200",
      name: "Fabrikam Inc",
      // requested 12000 + 20000; authorized 10000 + 20000; one Paid claim 18000
      figures: { ...NONE, requested: 32000, authorized: 30000, spend: 18000, paid: 18000, revenue: 120000, pipeline: 300000, opportunities: 9 },
    },
  },
};
