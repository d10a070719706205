/** @jest-environment jsdom */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyze } from "../../src/engine";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { fundingGaps, unbackedFunds } from "../../src/taskpane/views/fundingGaps";
import { cleanPlan, d, workbook } from "../helpers/tables";
import { eurPlan, lumpSum } from "../engine/currencies/currencyPlan";
import { excelPane, seriousViolations } from "./support/pane";
import { columnHeader, figure, rowsOf } from "./support/tables";

const firstColumn = (name: string): string[] => rowsOf(name).map((r) => r[0]);

describe("Funding view", () => {
  test("shows the plan's coverage and alignment with the engine's totals", async () => {
    await excelPane({ view: "funding" });
    expect(figure("Funding totals", "Coverage")).toBe("98.1%");
    expect(figure("Funding totals", "Alignment")).toBe("98.6%");
    expect(figure("Funding totals", "Requested")).toBe("$889,000.00");
    expect(figure("Funding totals", "Authorized")).toBe("$884,500.00");
  });

  test("a partner in another currency shows its own amounts beside the plan currency's", async () => {
    await excelPane({ view: "funding", tables: workbook(eurPlan([lumpSum("A1", 1000, d("2026-02-01"))])) });
    const rows = rowsOf("Funding by partner");
    // Requested: T1 10,000 EUR at 1.08 and T2 4,000 EUR at 1.10; authorized 1,000 EUR at 1.08.
    expect(rows[0][0]).toBe("NorthwindRequested $15,200.00 (€14,000.00), authorized $1,080.00 (€1,000.00)");
    expect(rows[1][0]).toBe("FabrikamRequested $3,000.00, authorized $0.00");
  });

  test("a tactic of a partner in another currency is short only when short in its currency, its euros beside", async () => {
    // T1 (10,000 EUR at 1.08) is funded by nothing; T2 asks 4,000 EUR at 1.10 (4,400 USD) and is funded
    // 3,000 EUR at 1.08 (3,240 USD): 1,000 EUR short, 1,100 USD at its request's rate. Fabrikam's T3, in dollars, has none.
    const plan = eurPlan([
      { "Allocation ID": "A2", "Partner ID": "P001", "Tactic ID": "T2", Amount: 3000, "Authorized on": d("2026-06-30") },
      { "Allocation ID": "A1", "Partner ID": "P001", "Tactic ID": "T1", Amount: 10000, "Authorized on": d("2026-02-01") },
    ]);
    await excelPane({ view: "funding", tables: workbook(plan) });
    expect(rowsOf("Approved tactics short of funding")).toEqual([
      ["T3 · FabrikamFunded $0.00 of $3,000.00", "$3,000.00"],
      ["T2 · NorthwindFunded $3,240.00 (€3,000.00) of $4,400.00 (€4,000.00)", "$1,100.00 (€1,000.00)"],
    ]);
  });

  test("lists every partner with coverage and alignment, undefined ratios as a dash", async () => {
    await excelPane({ view: "funding" });
    const rows = rowsOf("Funding by partner");
    expect(rows).toHaveLength(10);
    expect(rows[2]).toEqual(["Northwind SystemsRequested $128,750.00, authorized $111,750.00", "86.8%", "100%"]);
    expect(rows[9]).toEqual(["Wingtip IT PartnersRequested $0.00, authorized $0.00", "—", "—"]);
  });

  test("sorts the partner table by the column clicked, undefined values last", async () => {
    const user = userEvent.setup();
    await excelPane({ view: "funding" });
    const header = (name: string) => columnHeader("Funding by partner", name);
    await user.click(within(header("Coverage")).getByRole("button"));
    expect(header("Coverage").getAttribute("aria-sort")).toBe("descending");
    let names = firstColumn("Funding by partner").map((n) => n.split("Requested")[0]);
    expect(names.slice(-2)).toEqual(["Northwind Systems", "Wingtip IT Partners"]);
    await user.click(within(header("Coverage")).getByRole("button"));
    expect(header("Coverage").getAttribute("aria-sort")).toBe("ascending");
    names = firstColumn("Funding by partner").map((n) => n.split("Requested")[0]);
    expect(names[0]).toBe("Northwind Systems");
    expect(names[names.length - 1]).toBe("Wingtip IT Partners");
    await user.click(within(header("Partner")).getByRole("button"));
    names = firstColumn("Funding by partner").map((n) => n.split("Requested")[0]);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  test("sorts from the keyboard too", async () => {
    const user = userEvent.setup();
    await excelPane({ view: "funding" });
    within(columnHeader("Funding by partner", "Alignment")).getByRole("button").focus();
    await user.keyboard("{Enter}");
    expect(columnHeader("Funding by partner", "Alignment").getAttribute("aria-sort")).toBe("descending");
    await user.keyboard(" ");
    expect(columnHeader("Funding by partner", "Alignment").getAttribute("aria-sort")).toBe("ascending");
    expect(rowsOf("Funding by partner")[0][0]).toMatch(/^Adatum Corporation/);
  });

  test("draws one bar per partner with something requested, and switches to alignment", async () => {
    const user = userEvent.setup();
    await excelPane({ view: "funding" });
    const chart = () => screen.getByRole("figure", { name: /by partner/ });
    expect(chart().getAttribute("aria-label")).toBe("Coverage by partner");
    expect(within(chart()).getByText("Northwind Systems: 86.8%")).toBeTruthy();
    expect(within(chart()).queryByText(/Wingtip/)).toBeNull();
    await user.click(screen.getByRole("radio", { name: "Alignment" }));
    expect(chart().getAttribute("aria-label")).toBe("Alignment by partner");
    expect(within(chart()).getByText("Adatum Corporation: 95.4%")).toBeTruthy();
  });

  test("shows the approved tactics short of funding and the funds backing no approved tactic", async () => {
    await excelPane({ view: "funding" });
    expect(screen.getByText("1 tactic, short by $17,000.00 in all.")).toBeTruthy();
    expect(rowsOf("Approved tactics short of funding")).toEqual([["T-26073 · Northwind SystemsFunded $0.00 of $17,000.00", "$17,000.00"]]);
    expect(screen.getByText("1 allocation, $10,000.00 in all.")).toBeTruthy();
    expect(rowsOf("Funds backing no approved tactic")).toEqual([["AL-033 · Adatum Corporationlump sum", "$10,000.00"]]);
  });

  test("has no serious accessibility violations", async () => {
    const { container } = await excelPane({ view: "funding" });
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe("funding gaps", () => {
  test("agree with the coverage figure: requested - aligned is the sum of the gaps", () => {
    const analysis = analyze(samplePlanTables());
    const gaps = fundingGaps(analysis);
    expect(gaps.reduce((s, g) => s + g.gap, 0)).toBe(analysis.totals.requested - analysis.totals.aligned);
  });

  test("name every reason an allocation backs no approved tactic", () => {
    const plan = cleanPlan();
    plan.JmpTactics = [
      ...(plan.JmpTactics ?? []),
      { "Tactic ID": "T-DRAFT", "Partner ID": "P001", "Initiative ID": "I-CLOUD", "Tactic type": "Webinar", Start: d("2026-05-01"), End: d("2026-05-02"), "Total cost": 1000, "MDF requested": 500, Status: "Draft" },
    ];
    plan.JmpAllocations = [
      ...(plan.JmpAllocations ?? []),
      { "Allocation ID": "A-LUMP", "Partner ID": "P001", Amount: 700 },
      { "Allocation ID": "A-GONE", "Partner ID": "P001", "Tactic ID": "T-NONE", Amount: 600 },
      { "Allocation ID": "A-DRAFT", "Partner ID": "P001", "Tactic ID": "T-DRAFT", Amount: 500 },
      // T1 is Northwind's (P001): Fabrikam's money cannot fund it.
      { "Allocation ID": "A-OTHER", "Partner ID": "P002", "Tactic ID": "T1", Amount: 400 },
    ];
    const unbacked = unbackedFunds(analyze(workbook(plan)));
    expect(unbacked.map((u) => [u.allocationId, u.reason, u.amount])).toEqual([
      ["A-LUMP", "lump sum", 70000],
      ["A-GONE", "unknown tactic", 60000],
      ["A-DRAFT", "tactic not approved", 50000],
      ["A-OTHER", "other partner's tactic", 40000],
    ]);
  });
});
