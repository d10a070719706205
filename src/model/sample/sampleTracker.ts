/**
 * The built-in sample MDF tracker: a sheet as a channel marketer keeps one before the plan
 * exists (a title, merged group headings over a header in their own words, one row per
 * activity with partners typed several ways, amounts and dates partly as text, statuses and
 * types in their words, a totals row and a note). `npm run demo` writes it and imports it, and
 * the README shows the import. Dates are ISO text here and become date cells when written,
 * except where the tracker keeps them as text on purpose.
 */

/** A cell of the sample tracker: text, a number, an ISO date to write as a date cell, or blank. */
export type TrackerCell = string | number | { readonly date: string } | null;

const d = (iso: string): { date: string } => ({ date: iso });

/** The sheet's name. */
export const SAMPLE_TRACKER_SHEET = "MDF 2026";

/** Merged ranges of the group headings (A1 ranges). */
export const SAMPLE_TRACKER_MERGES = ["G3:I3", "J3:L3", "M3:N3"];

/** The sheet, row by row from A1. */
export const SAMPLE_TRACKER_ROWS: readonly (readonly TrackerCell[])[] = [
  ["Partner MDF tracker - FY2026 (channel team)"],
  [],
  [null, null, null, null, null, null, "Funding", null, null, "Claim", null, null, "Results", null],
  ["Reseller", "Solution", "Activity", "Activity Type", "Start Date", "End Date", "Amount Requested", "Approved Funds", "Activity Cost", "Amount", "Status", "Paid On", "Booked Revenue", "# Leads"],
  ["Northwind Systems", "Cloud Migration", "Spring cloud webinar", "Webinar", d("2026-03-12"), d("2026-03-12"), 6000, 6000, 12000, 5800, "Paid", d("2026-04-20"), 84000, 140],
  ["NORTHWIND SYSTEMS", "Cloud Migration", "Migration workshop roadshow", "Field event", "4/14/2026", "4/16/2026", "$15,000", "$15,000", "$30,000", "$15,000", "Approved", null, 120000, 65],
  ["Contoso Ltd", "Zero Trust Security", "Security email nurture", "Email", d("2026-02-02"), d("2026-03-27"), 2500, 2500, 5000, 2500, "Paid", d("2026-04-30"), null, 210],
  ["Contoso Ltd.", "Zero Trust Security", "Black Hat booth", "Trade Show Booth", d("2026-08-04"), d("2026-08-07"), 20000, 18000, 45000, null, null, null, null, null],
  ["Fabrikam Inc", "Data & AI", "Paid social: AI readiness", "Paid Social", "2026-05-01", "2026-06-30", 4000, 4000, 8000, 3900, "Submitted", null, 22000, 95],
  ["Fabrikam Inc", "Data & AI", "Analytics bootcamp", "Training", d("2026-06-09"), d("2026-06-11"), 7500, null, 15000, null, null, null, null, null],
  ["Adatum Corp", "Cloud Migration", "Partner summit sponsorship", "Event", d("2026-09-22"), d("2026-09-23"), 9000, 9000, 18000, null, null, null, null, null],
  ["Adatum Corp", "Zero Trust Security", "Telesales blitz", "Telemarketing", d("2026-04-06"), d("2026-04-24"), 3000, 3000, 6000, 3000, "Paid", d("2026-05-29"), 41000, 30],
  [],
  ["Total", null, null, null, null, null, 67000, 57500, 139000, 30200, null, null, 267000, 540],
  ["Amounts in USD. Claims are paid within 30 days of approval."],
];
