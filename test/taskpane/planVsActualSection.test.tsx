/** @jest-environment jsdom */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import { excelPane } from "./support/pane";
import { rowsOf } from "./support/tables";

describe("Plan vs actual in the Results view", () => {
  test("shows each initiative's target, actual of its metric and attainment", async () => {
    await excelPane({ view: "results" });
    const targets = rowsOf("Targets by initiative");
    expect(targets[0]).toEqual(["Cloud Migration AcceleratorRevenue", "$4,000,000.00", "$982,550.50", "24.6%"]);
    expect(targets[3]).toEqual(["SMB Growth BundleDeals", "400", "66", "16.5%"]);
    const chart = screen.getByRole("figure", { name: "Progress to target by initiative" });
    expect(within(chart).getByText("Zero Trust Security: 47.9%")).toBeTruthy();
  });

  test("shows each tactic's expected against actual revenue and pipeline, and its claims", async () => {
    await excelPane({ view: "results" });
    const tactics = rowsOf("Plan vs actual by tactic");
    expect(tactics[1]).toEqual(["T-26002P-108 · Webinar", "$26,400.00120% of $22,000.00", "$45,000.0077.6% of $58,000.00", "1$4,209.19"]);
  });
});
