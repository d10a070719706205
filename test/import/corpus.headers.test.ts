/**
 * Acceptance of `jmp import` on trackers whose header is not one plain row: merged group
 * headings above it (on the second sheet, after an instructions sheet), and a two-row header
 * with money and dates typed as text.
 */
import { describeLayout, importWorkbook } from "./acceptance";
import { fundingGroups } from "./layouts/fundingGroups";
import { twoRowHeader } from "./layouts/twoRowHeader";

describeLayout(fundingGroups);
describeLayout(twoRowHeader);

test("--json gives each column's mapping with its confidence; amount columns under a group heading stay amounts", async () => {
  const { json } = await importWorkbook(fundingGroups.build());
  const mapping = (json?.mapping ?? []) as { header: string; field: string | null; confidence: number }[];
  const headers = ["Partner ID", "Activity", "Program", "Activity Type", "Status", "Partner Name", "Total Cost", "Requested", "Approved", "Claimed", "Start Date", "End Date", "Paid On", "Pipeline $", "Opportunity Count", "Booked Revenue"];
  expect(mapping.map((m) => m.header).sort()).toEqual([...headers].sort());
  for (const m of mapping) expect(m.confidence).toBeGreaterThan(0);
  for (const m of mapping) expect(m.confidence).toBeLessThanOrEqual(1);
  // "Approved", "Requested" and "Claimed" hold amounts: never a status or a date.
  const amounts = mapping.filter((m) => ["Requested", "Approved", "Claimed"].includes(m.header)).map((m) => m.field ?? "");
  expect(amounts).toHaveLength(3);
  for (const field of amounts) expect(field).not.toMatch(/status|date|start|end|paid/i);
});
