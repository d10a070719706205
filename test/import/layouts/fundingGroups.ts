/**
 * A vendor channel team's tracker on the second sheet of a workbook whose first sheet is
 * instructions. Merged group headings ("Funding", "Dates", "Results") sit above the header, whose
 * own words are short ("Requested", "Approved", "Claimed": amounts, not statuses). Columns in no
 * usual order, a Partner ID with the partner's name spelled three ways, statuses in the team's
 * words, two blank rows in the data and a note under it.
 */
import ExcelJS from "exceljs";
import { bold, d, NONE, widen, writeRows } from "../trackerKit";
import type { Cell, TrackerLayout } from "../trackerKit";

const GROUPS: Cell[] = [null, null, null, null, null, null, null, "Funding", null, null, "Dates", null, null, "Results", null, null];
const HEADER = ["Partner ID", "Activity", "Program", "Activity Type", "Status", "Partner Name", "Total Cost", "Requested", "Approved", "Claimed", "Start Date", "End Date", "Paid On", "Pipeline $", "Opportunity Count", "Booked Revenue"];

const ROWS: Cell[][] = [
  ["R-01", "Teams Rollout Webinar", "Modern Workplace", "Webinar", "OK'd", "Contoso Ltd", 8000, 4000, 4000, 4000, d("2026-01-20"), d("2026-01-20"), d("2026-03-02"), 90000, 6, 30000],
  ["R-01", "LinkedIn Ads Q1", "Modern Workplace", "Paid Social", "Done", "CONTOSO LTD.", 12000, 6000, 5000, 5000, d("2026-02-01"), d("2026-02-28"), null, 45000, 3, null],
  ["R-02", "Copilot Email Drip", "Data & AI", "Email", "Pending", "Proseware", 3000, 1500, null, null, d("2026-03-01"), d("2026-03-31"), null, null, null, null],
  [],
  ["R-02", "Fabric Hackathon", "Data & AI", "Field event", "OK'd", "Proseware", 20000, 10000, 10000, 9500, d("2026-03-12"), d("2026-03-13"), d("2026-04-30"), 160000, 11, 52000],
  ["R-03", "Analytics Webinar", "Data & AI", "Webinar", "Waiting on vendor", "Wide World Importers", 5000, 2500, null, null, d("2026-04-09"), d("2026-04-09"), null, null, null, null],
  ["R-03", "Security Summit Dinner", "Modern Workplace", "Field event", "Cancelled", "Wide World Importers", 9000, 4500, null, null, d("2026-05-05"), d("2026-05-05"), null, null, null, null],
  [],
  ["R-01", "Spring Webinar", "Modern Workplace", "Webinar", "Done", " Contoso  Ltd", 6000, 3000, 3000, 2800, d("2026-04-22"), d("2026-04-22"), d("2026-06-01"), 38000, 2, 12000],
  ["R-03", "Data Estate Email", "Data & AI", "Email", "OK'd", "Wide World Importers", 2000, 1000, 1000, null, d("2026-05-11"), d("2026-05-25"), null, null, null, null],
  [],
  ["Note: all amounts in USD. Claims are due within 45 days of the activity end; send proof of performance to mdf@tailspin.example."],
];

export const fundingGroups: TrackerLayout = {
  name: "funding group headings",
  story: "merged Funding/Dates/Results headings, odd column order, blank rows, a note, one partner spelled three ways",
  build: () => {
    const wb = new ExcelJS.Workbook();
    const help = wb.addWorksheet("Instructions");
    writeRows(help, [
      ["How to use this tracker"],
      ["1. Add one row per activity on the MDF 2026 sheet."],
      ["2. Statuses: OK'd once the vendor approves, Done when it ran, Pending until the vendor answers."],
      ["3. Enter the claimed amount when you send the claim, and the date when the money arrives."],
    ]);
    const ws = wb.addWorksheet("MDF 2026");
    writeRows(ws, [GROUPS, HEADER, ...ROWS]);
    ws.mergeCells("H1:J1");
    ws.mergeCells("K1:L1");
    ws.mergeCells("N1:P1");
    bold(ws, 1);
    bold(ws, 2);
    widen(ws, HEADER.length);
    return wb;
  },
  exitCode: 1,
  // Statuses and types not in the template's words ("OK'd", "Waiting on vendor", "Paid Social") are mapped by meaning.
  review: [/Waiting on vendor/],
  consistent: true,
  reconciled: [],
  expected: {
    // Joint Plan pairs (partner x initiative used), allocations (approved amount > 0), claims
    // (claimed amount present), outcomes (one per non-blank result cell).
    rows: { jointPlan: 4, allocations: 5, claims: 4, outcomes: 11 },
    tactic: { activity: "Fabric Hackathon", start: "2026-03-12", end: "2026-03-13", totalCost: 20000, requested: 10000, approved: true },
    partners: 3,
    tactics: 8,
    initiatives: 2,
    partnerIds: ["R-01", "R-02", "R-03"],
    totals: {
      ...NONE,
      // OK'd / Done rows: 4000 + 6000 + 10000 + 3000 + 1000
      requested: 24000,
      // Approved above zero: 4000 + 5000 + 10000 + 3000 + 1000
      authorized: 23000,
      // No claim status column: Paid when Paid On is set (4000 + 9500 + 2800); the 5000 LinkedIn claim is Submitted
      spend: 16300,
      paid: 16300,
      // 30000 + 52000 + 12000
      revenue: 94000,
      // 90000 + 45000 + 160000 + 38000
      pipeline: 333000,
      // 6 + 3 + 11 + 2
      opportunities: 22,
    },
    partner: {
      id: "R-01",
      name: "Contoso Ltd",
      // requested 4000 + 6000 + 3000; authorized 4000 + 5000 + 3000; Paid 4000 + 2800;
      // pipeline 90000 + 45000 + 38000; opportunities 6 + 3 + 2; revenue 30000 + 12000
      figures: { ...NONE, requested: 13000, authorized: 12000, spend: 6800, paid: 6800, revenue: 42000, pipeline: 173000, opportunities: 11 },
    },
  },
};
