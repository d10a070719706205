/** @jest-environment jsdom */
/**
 * The merge preview and the merge log show a pack's amounts as the rest of the pane does: money
 * in its currency ($12,000.00, €4,934.18 for a partner in euros), counts grouped; IDs, text and
 * dates as they are. An outcome's Value, new or changed, is money for Revenue and Pipeline and a
 * count for the other metrics, in the preview and in the log once merged.
 */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import { eurPlanBytes, filledEurPack } from "../packs/eurPack";
import { day, edited, firstEmptyRow, packBytes, rowOf, samplePlanBytes, sheet, writeRow } from "../packs/packHelpers";
import { column } from "../packs/eurPack";
import { openedInBrowser, settled } from "./support/pane";

/** The text of the detail cells of the preview table `name`. */
function details(name: string): string[] {
  return within(screen.getByRole("table", { name }))
    .getAllByRole("row")
    .slice(1)
    .map((row) => row.textContent ?? "");
}

test("a pack of a partner in dollars: amounts as dollars, counts grouped, IDs and dates as typed", async () => {
  const plan = await samplePlanBytes();
  const { user, pane } = await openedInBrowser(plan, "plan.xlsx", "partners");
  const filled = await edited(await packBytes(plan, "P-103"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26013"), column(tactics, "MDF requested")).value = 12000;
    const claims = sheet(wb, "Claims");
    writeRow(claims, firstEmptyRow(claims), ["CL-NEW-1", "T-26013", 2500, null, day("2026-07-10"), "Submitted"]);
    const outcomes = sheet(wb, "Outcomes");
    const leads = ["O-NEW-1", "P-103", null, "T-26013", "Leads", 1250, day("2026-07-01")];
    const revenue = ["O-NEW-2", "P-103", null, "T-26013", "Revenue", 13750, day("2026-07-01")];
    writeRow(outcomes, firstEmptyRow(outcomes), leads);
    writeRow(outcomes, firstEmptyRow(outcomes), revenue);
    // Changed outcomes: OC-001 is Revenue (57,300), OC-078 Leads (271).
    outcomes.getCell(rowOf(outcomes, "OC-001"), column(outcomes, "Value")).value = 60000;
    outcomes.getCell(rowOf(outcomes, "OC-078"), column(outcomes, "Value")).value = 1250;
  });
  await user.upload(screen.getByLabelText("Choose a filled partner pack"), new File([filled as BlobPart], "filled.xlsx"));
  await settled(pane.session);

  const changed = details("Changed").join("\n");
  expect(changed).toMatch(/T-26013MDF requested: \$\d{1,3}(,\d{3})*\.\d\d → \$12,000\.00/);
  expect(changed).toContain("OC-001Value: $57,300.00 → $60,000.00");
  expect(changed).toContain("OC-078Value: 271 → 1,250");
  const added = details("Added").join("\n");
  expect(added).toContain('Claim ID "CL-NEW-1"; Tactic ID "T-26013"; Amount claimed $2,500.00; Submitted on "2026-07-10"');
  // An outcome's Value is money for Revenue and Pipeline, a count otherwise.
  expect(added).toContain('Metric "Leads"; Value 1,250');
  expect(added).toContain('Metric "Revenue"; Value $13,750.00');
});

test("a pack of a partner in euros: its amounts in euros, in the preview and in the merge log", async () => {
  const plan = await eurPlanBytes();
  const { user, pane } = await openedInBrowser(plan, "eur-plan.xlsx", "partners");
  const filled = await edited(await filledEurPack(plan), (wb) => {
    // A Revenue outcome's Value is in the partner's euros; a Leads outcome's stays a count.
    const outcomes = sheet(wb, "Outcomes");
    outcomes.getCell(rowOf(outcomes, "OC-001"), column(outcomes, "Value")).value = 60000;
    outcomes.getCell(rowOf(outcomes, "OC-078"), column(outcomes, "Value")).value = 1250;
  });
  await user.upload(screen.getByLabelText("Choose a filled partner pack"), new File([filled as BlobPart], "filled-de.xlsx"));
  await settled(pane.session);
  const changed = details("Changed").join("\n");
  expect(changed).toMatch(/MDF requested: €\d{1,3}(,\d{3})*\.\d\d → €4,934\.18/);
  expect(changed).toContain("OC-001Value: €57,300.00 → €60,000.00");
  expect(changed).toContain("OC-078Value: 271 → 1,250");
  expect(details("Added").join("\n")).toContain("Amount claimed €1,234.50");

  await user.click(screen.getByRole("button", { name: "Accept and write" }));
  await settled(pane.session);
  const log = await screen.findByRole("table", { name: "Merge log" });
  expect(within(log).getByText(/^€\d{1,3}(,\d{3})*\.\d\d -> €4,934\.18$/)).toBeTruthy();
  // The log words an outcome's Value as the preview did: a Revenue Value in euros, a Leads Value a count.
  const lines = within(log)
    .getAllByRole("row")
    .map((row) => row.textContent ?? "");
  expect(lines.find((l) => l.includes("Outcomes OC-001"))).toMatch(/Outcomes OC-001Value€57,300\.00 -> €60,000\.00applied/);
  expect(lines.find((l) => l.includes("Outcomes OC-078"))).toMatch(/Outcomes OC-078Value271 -> 1,250applied/);
});
