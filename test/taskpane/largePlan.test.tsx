/** @jest-environment jsdom */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RULES } from "../../src/model/findings";
import { barsToDraw } from "../../src/taskpane/charts/RatioBars";
import { d, workbook } from "../helpers/tables";
import type { RowData } from "../helpers/tables";
import { excelPane } from "./support/pane";
import { rowsOf } from "./support/tables";

const PARTNERS = 130;

/** A plan of many partners, each with one approved tactic funded to a different share. */
function manyPartners(count = PARTNERS) {
  const id = (i: number) => `P${String(i).padStart(3, "0")}`;
  const partners: RowData[] = [];
  const tactics: RowData[] = [];
  const allocations: RowData[] = [];
  const joint: RowData[] = [];
  for (let i = 1; i <= count; i++) {
    partners.push({ "Partner ID": id(i), Partner: `Partner ${i}`, "MDF budget": 100000, Active: "Yes" });
    joint.push({ "Partner ID": id(i), "Initiative ID": "I-1", "Forecast revenue": 1000 });
    tactics.push({ "Tactic ID": `T${i}`, "Partner ID": id(i), "Initiative ID": "I-1", "Tactic type": "Event", Start: d("2026-03-01"), End: d("2026-03-02"), "Total cost": 2000, "MDF requested": 1000, Status: "Approved" });
    // Partner i is funded i/count of its request: partner 1 has the lowest coverage.
    allocations.push({ "Allocation ID": `A${i}`, "Partner ID": id(i), "Tactic ID": `T${i}`, Amount: Math.round((1000 * i) / count) });
  }
  return workbook({
    JmpInitiatives: [{ "Initiative ID": "I-1", Initiative: "Growth", Active: "Yes" }],
    JmpPartners: partners,
    JmpJointPlan: joint,
    JmpTactics: tactics,
    JmpAllocations: allocations,
  });
}

describe("a plan of many partners", () => {
  test("tables show a page of rows at a time", async () => {
    const user = userEvent.setup();
    await excelPane({ view: "funding", tables: manyPartners() });
    const section = screen.getByRole("region", { name: "By partner" });
    expect(rowsOf("Funding by partner")).toHaveLength(100);
    await user.click(within(section).getByRole("button", { name: "Show 30 more of 30" }));
    expect(rowsOf("Funding by partner")).toHaveLength(PARTNERS);
    expect(within(section).queryByRole("button", { name: /more of/ })).toBeNull();
  });

  test("the chart draws the partners that need attention: the lowest coverage", async () => {
    await excelPane({ view: "funding", tables: manyPartners() });
    const chart = screen.getByRole("figure", { name: "Coverage by partner" });
    expect(within(chart).getByText("The 25 lowest of 130 are drawn; the table lists them all.")).toBeTruthy();
    const titles = within(chart).getAllByText(/^Partner \d+: /).map((t) => t.textContent);
    expect(titles).toHaveLength(25);
    expect(titles[0]).toBe("Partner 1: 0.8%");
    expect(titles[24]).toBe("Partner 25: 19.2%");
  });

  test("the findings list shows a page at a time", async () => {
    const user = userEvent.setup();
    // 210 partners: 209 tactics are under-funded (F03), among other warnings.
    const pane = await excelPane({ view: "check", tables: manyPartners(210) });
    const total = pane.session.getState().analysis?.findings.length ?? 0;
    // Role queries walk the whole tree; on lists this long plain selectors keep the test quick.
    const items = () => pane.container.querySelectorAll("li").length;
    expect(total).toBeGreaterThan(400);
    expect(total).toBeLessThan(1200);
    expect(items()).toBe(200);
    await user.click(screen.getByText(`Show 200 more of ${total - 200}`));
    expect(items()).toBe(400);
    await user.click(screen.getByText(`Show ${total - 400} more of ${total - 400}`));
    expect(items()).toBe(total);
  });

  test("counts of a thousand findings or more have their thousands grouped, as the heading's", async () => {
    const user = userEvent.setup();
    const pane = await excelPane({ view: "check", tables: manyPartners(600) });
    const findings = pane.session.getState().analysis?.findings ?? [];
    const warnings = findings.filter((f) => f.severity === "warning").length;
    const grouped = (n: number) => n.toLocaleString("en-US");
    expect(warnings).toBeGreaterThan(1000);
    const options = [...pane.container.querySelectorAll("option")].map((o) => o.textContent);
    expect(options.slice(0, 3)).toEqual([`All (${grouped(findings.length)})`, `Errors (${grouped(findings.length - warnings)})`, `Warnings (${grouped(warnings)})`]);
    expect(options).toContain(`F03 ${RULES.F03.title} (${grouped(findings.filter((f) => f.code === "F03").length)})`);
    const errors = findings.length - warnings;
    expect(screen.getByText(`${grouped(errors)} ${errors === 1 ? "error" : "errors"} and ${grouped(warnings)} warnings in the plan. Select one to go to its cell.`)).toBeTruthy();
    await user.click(screen.getByText(`Show 200 more of ${grouped(findings.length - 200)}`));
  });

  test("bars keep the given order and leave out rows with nothing to measure", () => {
    const row = (key: string, part: number, whole: number) => ({ key, label: key, part, whole, valueText: "", description: "" });
    const rows = [row("a", 9, 10), row("b", 1, 10), row("c", 0, 0), row("d", 5, 10)];
    expect(barsToDraw(rows, 5).map((r) => r.key)).toEqual(["a", "b", "d"]);
    expect(barsToDraw(rows, 2).map((r) => r.key)).toEqual(["b", "d"]);
  });
});
