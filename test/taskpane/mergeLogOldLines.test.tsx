/** @jest-environment jsdom */
/**
 * A plan whose `JMP Log` was written before the log kept an outcome's Metric: the pane's Merge
 * log still shows its lines, an outcome's Value as money where the log's own earlier lines say
 * the outcome is Revenue or Pipeline (the row a merge added logs its Metric cell), a count where
 * they say another metric, and a plain number where the log never says.
 */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import { LOG_SHEET } from "../../src/engine/merge";
import { edited, samplePlanBytes } from "../packs/packHelpers";
import { openedInBrowser, settled } from "./support/pane";

const WHEN = "2026-05-01T08:00:00.000Z";
const MADE = "2026-04-30T08:00:00.000Z";
/** A line as logs before the Metric column wrote it: nine cells. */
const line = (id: string, column: string, old: unknown, value: unknown): unknown[] => [WHEN, "P-103", MADE, "Outcomes", id, column, old, value, "applied"];

test("an older log's outcome Values: money where its lines say Revenue, a count for Leads, a plain number where they say nothing", async () => {
  const plan = await edited(await samplePlanBytes(), (wb) => {
    const log = wb.addWorksheet(LOG_SHEET);
    log.addRow(["When", "Pack partner", "Pack made", "Table", "ID", "Column", "Old", "New", "Result"]);
    for (const row of [
      line("OC-001", "Value", 50000, 57300),
      line("O-NEW-2", "", "(cells below)", "(new row)"),
      line("O-NEW-2", "Metric", null, "Revenue"),
      line("O-NEW-2", "Value", null, 13750),
      line("O-NEW-1", "", "(cells below)", "(new row)"),
      line("O-NEW-1", "Metric", null, "Leads"),
      line("O-NEW-1", "Value", null, 1250),
    ])
      log.addRow(row);
  });
  const { pane } = await openedInBrowser(plan, "plan.xlsx", "partners");
  await settled(pane.session);
  const log = await screen.findByRole("table", { name: "Merge log" });
  const lines = within(log)
    .getAllByRole("row")
    .map((row) => row.textContent ?? "");
  const of = (id: string): string | undefined => lines.find((l) => l.includes(`Outcomes ${id}Value`));
  expect(of("O-NEW-2")).toContain("(blank) -> $13,750.00");
  expect(of("O-NEW-1")).toContain("(blank) -> 1,250");
  expect(of("OC-001")).toContain("50,000 -> 57,300");
});
