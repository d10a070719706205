/**
 * A synthetic MDF tracker as a user keeps one: a title, a header in the user's words, one row
 * per activity (a partner typed in varying case, amounts and dates, about a third of them as
 * text), a totals row and a note. Seeded, so every machine gets the same file.
 */
import { stream } from "exceljs";
import type { CellValue } from "exceljs";
import { Rng } from "./rng";

/** The tracker's header, in words a channel marketer would use. */
export const TRACKER_HEADER = ["Reseller", "Solution", "Activity", "Activity Type", "Start Date", "End Date", "Activity Cost", "Amount Requested", "Approved Funds", "Claimed", "Paid On", "Booked Revenue", "# Leads"];

const TYPES = ["Webinar", "Event", "Email", "Trade Show Booth", "Paid Social", "Digital campaign", "Telemarketing"];
const SOLUTIONS = ["Cloud", "Security", "Data", "Modern Work", "Infrastructure"];
const DAY_MS = 86_400_000;

/** Writes a tracker of `rows` activities of `partners` partners to `path` (ExcelJS's streaming writer). */
export async function writeTracker(path: string, rows: number, partners: number, seed: number): Promise<void> {
  const rng = new Rng(seed);
  const writer = new stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const sheet = writer.addWorksheet("MDF tracker");
  sheet.addRow(["Partner MDF tracker (synthetic)"]).commit();
  sheet.addRow([]).commit();
  sheet.addRow(TRACKER_HEADER).commit();
  const totals = { cost: 0, requested: 0, approved: 0, claimed: 0, revenue: 0, leads: 0 };
  const start2026 = Date.UTC(2026, 0, 1);
  for (let i = 0; i < rows; i++) {
    const partner = rng.int(1, partners);
    const name = rng.chance(0.1) ? `RESELLER ${partner} LTD.` : `Reseller ${partner} Ltd`;
    const startMs = start2026 + rng.int(0, 330) * DAY_MS;
    const endMs = startMs + rng.int(0, 20) * DAY_MS;
    const cost = rng.int(10, 400) * 100;
    const requested = cost / 2;
    const approved = rng.chance(0.8) ? requested : 0;
    const claimed = approved > 0 && rng.chance(0.6) ? approved : 0;
    const paid = claimed > 0 && rng.chance(0.5);
    const revenue = claimed > 0 ? rng.int(0, 50) * 1000 : 0;
    const leads = rng.int(0, 80);
    Object.assign(totals, { cost: totals.cost + cost, requested: totals.requested + requested, approved: totals.approved + approved, claimed: totals.claimed + claimed, revenue: totals.revenue + revenue, leads: totals.leads + leads });
    const asText = rng.chance(0.3);
    const cells: CellValue[] = [
      name,
      SOLUTIONS[rng.int(0, SOLUTIONS.length - 1)],
      `Activity ${i + 1}`,
      TYPES[rng.int(0, TYPES.length - 1)],
      asText ? new Date(startMs).toISOString().slice(0, 10) : new Date(startMs),
      new Date(endMs),
      asText ? `$${cost.toLocaleString("en-US")}` : cost,
      requested,
      approved > 0 ? approved : null,
      claimed > 0 ? claimed : null,
      paid ? new Date(endMs + 30 * DAY_MS) : null,
      revenue > 0 ? revenue : null,
      leads,
    ];
    sheet.addRow(cells).commit();
  }
  sheet.addRow(["Total", null, null, null, null, null, totals.cost, totals.requested, totals.approved, totals.claimed, null, totals.revenue, totals.leads]).commit();
  sheet.addRow(["Figures as of the end of the quarter."]).commit();
  sheet.commit();
  await writer.commit();
}
